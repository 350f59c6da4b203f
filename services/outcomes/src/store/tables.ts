import { boolean, date, index, integer, jsonb, pgSchema, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const outcomes = pgSchema('outcomes');

/** Erogazione: a service delivered to a person, as reported by the provider. */
export const serviceDeliveries = outcomes.table(
  'service_delivery',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the report's content: a retry with the same key must carry the same report. */
    payloadHash: text('payload_hash').notNull(),
    personId: text('person_id').notNull(),
    /** The person's province when reported: the row rule for CPI callers, without asking people at read time. */
    personProvince: text('person_province').notNull(),
    serviceCode: text('service_code').notNull(),
    catalogueVersionId: text('catalogue_version_id').notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    sessions: integer('sessions').notNull(),
    modality: text('modality').notNull(),
    outputs: jsonb('outputs').$type<string[]>().notNull(),
    operator: text('operator'),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    reportedBy: text('reported_by').notNull(),
  },
  (t) => [
    uniqueIndex('service_delivery_idempotency_uq').on(t.providerId, t.idempotencyKey),
    index('service_delivery_person_idx').on(t.personId, t.deliveredOn),
    index('service_delivery_provider_idx').on(t.providerId, t.deliveredOn),
  ],
);

/** Inserimento lavorativo. Ending a contract is recorded (endedOn), never deleted. */
export const placements = outcomes.table(
  'placement',
  {
    id: text('id').primaryKey(),
    reportedByOrg: text('reported_by_org').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    payloadHash: text('payload_hash').notNull(),
    personId: text('person_id').notNull(),
    personProvince: text('person_province').notNull(),
    employerId: text('employer_id').notNull(),
    vacancyId: text('vacancy_id'),
    contract: text('contract').$type<'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'AGENCY'>().notNull(),
    termMonths: integer('term_months'),
    weeklyHours: real('weekly_hours'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    countsTowardQuota: boolean('counts_toward_quota').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('placement_idempotency_uq').on(t.reportedByOrg, t.idempotencyKey),
    index('placement_person_idx').on(t.personId),
    index('placement_employer_idx').on(t.employerId),
    index('placement_vacancy_idx').on(t.vacancyId),
  ],
);

export const tables = { serviceDeliveries, placements };
