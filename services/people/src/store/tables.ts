import { sql } from 'drizzle-orm';
import { bigserial, date, index, pgSchema, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const people = pgSchema('people');

export type EnrolmentStatus = 'SUBMITTED' | 'ACCEPTED' | 'PRE_REJECTED' | 'REJECTED' | 'CANCELLED';
export type EnrolmentList = 'DISABILITY' | 'ART18';

export const persons = people.table(
  'person',
  {
    id: text('id').primaryKey(),
    fiscalCode: text('fiscal_code').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex').$type<'F' | 'M'>().notNull(),
    residenceProvince: text('residence_province').notNull(),
    residenceMunicipality: text('residence_municipality').notNull(),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    createdByOrg: text('created_by_org'),
  },
  (t) => [
    uniqueIndex('person_fiscal_code_uq').on(t.fiscalCode),
    index('person_province_name_idx').on(t.residenceProvince, t.familyName, t.givenName, t.id),
    index('person_name_idx').on(t.familyName, t.givenName, t.id),
  ],
);

/** Iscrizione al collocamento mirato. */
export const enrolments = people.table(
  'enrolment',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull().references(() => persons.id),
    list: text('list').$type<EnrolmentList>().notNull(),
    province: text('province').notNull(),
    status: text('status').$type<EnrolmentStatus>().notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('enrolment_person_idx').on(t.personId),
    // One open application or enrolment per person and list (L. 68/1999 art. 8: one list per person).
    uniqueIndex('enrolment_open_uq').on(t.personId, t.list).where(sql`status in ('SUBMITTED', 'PRE_REJECTED', 'ACCEPTED')`),
  ],
);

/** Every status change of an enrolment, append-only: who, when, why. */
export const enrolmentTransitions = people.table(
  'enrolment_transition',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enrolmentId: text('enrolment_id').notNull().references(() => enrolments.id),
    fromStatus: text('from_status').$type<EnrolmentStatus>(),
    toStatus: text('to_status').$type<EnrolmentStatus>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    bySubject: text('by_subject').notNull(),
    byOrganisation: text('by_organisation'),
    reason: text('reason'),
  },
  (t) => [index('enrolment_transition_enrolment_idx').on(t.enrolmentId, t.id)],
);

/** Presa in carico: at most one active per person and programme. */
export const takeInCharges = people.table(
  'take_in_charge',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull().references(() => persons.id),
    providerId: text('provider_id').notNull(),
    programme: text('programme').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('take_in_charge_person_idx').on(t.personId),
    index('take_in_charge_provider_idx').on(t.providerId),
    uniqueIndex('take_in_charge_active_uq').on(t.personId, t.programme).where(sql`ended_on is null`),
  ],
);

export const tables = { persons, enrolments, enrolmentTransitions, takeInCharges };
