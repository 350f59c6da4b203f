import { bigserial, index, jsonb, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * The append-only audit table every subgraph keeps in its own schema (same shape everywhere). No API
 * updates or deletes it, and a trigger in each service's migration refuses UPDATE, DELETE and TRUNCATE.
 */
export function auditTable(schema: PgSchema) {
  return schema.table(
    'audit_event',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
      action: text('action').$type<'READ' | 'WRITE' | 'ATTEMPT'>().notNull(),
      entity: text('entity').notNull(),
      entityId: text('entity_id'),
      fields: jsonb('fields').$type<string[]>().notNull(),
      personId: text('person_id'),
      subject: text('subject').notNull(),
      organisation: text('organisation'),
      orgKind: text('org_kind').notNull(),
      /** The name of the operation the subgraph parsed from the document it executed. */
      operationName: text('operation_name'),
      /** The gateway-issued request id (the gateway ignores a client's). */
      requestId: text('request_id').notNull(),
      /** What the caller said about itself, recorded apart and never trusted: its operationName and x-request-id. */
      claimedOperationName: text('claimed_operation_name'),
      claimedRequestId: text('claimed_request_id'),
    },
    (t) => [
      index(`${schema.schemaName}_audit_person_idx`).on(t.personId, t.at),
      index(`${schema.schemaName}_audit_at_idx`).on(t.at),
    ],
  );
}
