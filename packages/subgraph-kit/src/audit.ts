import type { ApolloServerPlugin } from '@apollo/server';
import type { Identity } from '@reg/auth';
import type { auditTable, Database } from '@reg/db';
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { requireScope } from './guards.ts';
import { pageSize } from './pagination.ts';
import type { GraphQLResolveInfo } from 'graphql';

/** One audit row: who (subject, organisation), what (entity, id, fields), when, under which operation. */
export interface AuditEvent {
  /** ATTEMPT is written before a mutation runs, WRITE after it succeeded (see auditedMutations). */
  action: 'READ' | 'WRITE' | 'ATTEMPT';
  entity: string;
  entityId: string | null;
  fields: string[];
  /** The person the data is about, so a DPO can ask "who touched this person's data". */
  personId: string | null;
  subject: string;
  organisation: string | null;
  orgKind: string;
  /** The operation's name as this subgraph parsed it from the document it executed. */
  operationName: string | null;
  /** The gateway-issued request id. */
  requestId: string;
  /** What the caller sent (its operationName, its x-request-id): recorded apart, never taken as attribution. */
  claimedOperationName: string | null;
  claimedRequestId: string | null;
  at: Date;
}

/** The caller's own words about a request, as the gateway forwards them (or as a direct caller sent them). */
export interface RequestClaims {
  claimedOperationName: string | null;
  claimedRequestId: string | null;
}

export type AuditSink = (events: readonly AuditEvent[]) => Promise<void>;

export interface AuditRecorder {
  read(entity: string, entityId: string, fields: string[], personId?: string | null): void;
  write(entity: string, entityId: string | null, fields: string[], personId?: string | null): void;
  /** Written at once, before the mutation touches anything: durable even if the process dies mid-request. */
  attempt(entity: string, fields: string[], personId: string | null, operationName: string | null): Promise<void>;
  /** Written once per request, in one statement; nothing is recorded for a request without events. */
  flush(operationName: string | null): Promise<void>;
}

/**
 * Per-request audit recorder. Health reads are recorded by the resolvers that serve them (one event per
 * entity and field set, deduplicated within the request); writes are recorded for every mutation root
 * field by the plugin below, so no write path can forget it.
 */
export function createAuditRecorder(
  sink: AuditSink,
  identity: Identity,
  requestId: string,
  claims: RequestClaims = { claimedOperationName: null, claimedRequestId: null },
): AuditRecorder {
  const pending = new Map<string, Omit<AuditEvent, 'operationName'>>();
  const add = (
    action: AuditEvent['action'],
    entity: string,
    entityId: string | null,
    fields: string[],
    personId: string | null | undefined,
  ) => {
    // The person is part of the key: one entity read for many people (a ranking list) is one event per person.
    const key = `${action}|${entity}|${entityId}|${fields.join(',')}|${personId ?? ''}`;
    if (pending.has(key)) return;
    pending.set(key, {
      action,
      entity,
      entityId,
      fields,
      personId: personId ?? null,
      subject: identity.subject,
      organisation: identity.organisation,
      orgKind: identity.orgKind,
      requestId,
      ...claims,
      at: new Date(),
    });
  };
  return {
    attempt: (entity, fields, personId, operationName) =>
      sink([
        {
          action: 'ATTEMPT',
          entity,
          entityId: null,
          fields,
          personId,
          subject: identity.subject,
          organisation: identity.organisation,
          orgKind: identity.orgKind,
          requestId,
          ...claims,
          at: new Date(),
          operationName,
        },
      ]),
    read: (entity, entityId, fields, personId) => add('READ', entity, entityId, fields, personId),
    write: (entity, entityId, fields, personId) => add('WRITE', entity, entityId, fields, personId),
    async flush(operationName) {
      if (pending.size === 0) return;
      const events = [...pending.values()].map((e) => ({ ...e, operationName }));
      pending.clear();
      await sink(events);
    },
  };
}

interface AuditedContext {
  audit: AuditRecorder;
}

/** Flushes the request's audit events before the response leaves. */
export function auditPlugin(): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation }) {
          // A failed audit write fails the response: an unrecorded access must not look like a success.
          // The name is the parsed document's, not the request's operationName field (that is a claim).
          await contextValue.audit.flush(operation?.name?.value ?? null);
        },
      };
    },
  };
}

type Resolver = (
  parent: unknown,
  args: Record<string, unknown>,
  context: AuditedContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Wraps every mutation of a subgraph so each write is audited twice: an ATTEMPT row committed before the
 * mutation runs (who, which mutation, which input fields, the person), so no write can ever exist without
 * an audit row even if the process dies between the mutation's commit and the end of the request, and
 * refused attempts are visible to the DPO; then a WRITE row with the id of what it returned. Applied to
 * the whole Mutation map, so no write path can forget it.
 */
export function auditedMutations<T extends object>(mutations: T): T {
  const wrapped: Record<string, Resolver> = {};
  for (const [name, resolve] of Object.entries(mutations as Record<string, Resolver>)) {
    wrapped[name] = async (parent, args, context, info) => {
      const input = (args['input'] ?? args) as Record<string, unknown>;
      const intendedPerson = typeof input['personId'] === 'string' ? input['personId'] : null;
      await context.audit.attempt(name, Object.keys(input), intendedPerson, info.operation.name?.value ?? null);
      const result = await resolve(parent, args, context, info);
      const row = (result ?? {}) as Record<string, unknown>;
      // By name, not instanceof: test runners may load a second copy of graphql-js.
      const returnsPerson = String(info.returnType).replace(/[[\]!]/g, '') === 'Person';
      const personId = (input['personId'] ?? row['personId'] ?? (returnsPerson ? row['id'] : null)) as string | null;
      context.audit.write(name, row['id'] == null ? null : String(row['id']), Object.keys(input), personId);
      return result;
    };
  }
  return wrapped as T;
}

type AuditTable = ReturnType<typeof auditTable>;
export type AuditEventRecord = AuditTable['$inferSelect'];

/** The sink that appends a request's events to a service's audit table (see @reg/db auditTable). */
export function tableAuditSink<S extends Record<string, unknown>>(db: Database<S>, table: AuditTable): AuditSink {
  return async (events) => {
    await db.insert(table).values(events.map((e) => ({ ...e, fields: [...e.fields] })));
  };
}

/** The DPO's reading of a service's audit table: events about a person (or all) in a period, oldest first. */
export function tableAuditLog<S extends Record<string, unknown>>(db: Database<S>, table: AuditTable) {
  return {
    sink: tableAuditSink(db, table),
    async find(filter: { personId?: string | null; from: Date; to: Date }, limit: number): Promise<AuditEventRecord[]> {
      const conditions: SQL[] = [gte(table.at, filter.from), lte(table.at, filter.to)];
      if (filter.personId) conditions.push(eq(table.personId, filter.personId));
      return db
        .select()
        .from(table)
        .where(and(...conditions))
        .orderBy(asc(table.at), asc(table.id))
        .limit(limit);
    },
  };
}

export type AuditLog = ReturnType<typeof tableAuditLog>;

/** The resolver of a subgraph's DPO audit query (scope audit:read; pages of at most 5000). */
export async function findAuditEvents(
  identity: Identity,
  log: AuditLog,
  args: { personId?: string | null; from: string; to: string; first?: number | null },
): Promise<AuditEventRecord[]> {
  requireScope(identity, 'audit:read');
  const size = pageSize(args.first, { default: 500, max: 5000 });
  return log.find({ personId: args.personId, from: new Date(args.from), to: new Date(args.to) }, size);
}
