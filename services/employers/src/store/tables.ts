import { auditTable } from '@reg/db';
import { boolean, date, index, integer, jsonb, pgSchema, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { ScheduledHires } from '../rules/agreement-schedule.ts';
import type { L68Obligation, WorkforceInput } from '../rules/l68-quota/index.ts';
import type { JobProfile } from '../rules/matching/job-profile.ts';
import type { Exclusion, RankedCandidate } from '../rules/matching/shortlist.ts';
import type { OccupationCodeSystem } from '../rules/vacancy-opening.ts';

/** Everything the employers subgraph stores lives in its own PostgreSQL schema. */
export const employersSchema = pgSchema('employers');

export type EmployerKind = 'PRIVATE' | 'PUBLIC_ECONOMIC' | 'PUBLIC';
export type VacancyStatus = 'OPEN' | 'CLOSED';
export type ProtectedCategory = 'DISABLED' | 'ART18';

/** Datore di lavoro. The fiscal code is stored normalised (trimmed, upper case), so uniqueness holds across spellings. */
export const employers = employersSchema.table(
  'employer',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    fiscalCode: text('fiscal_code').notNull().unique('employer_fiscal_code_key'),
    kind: text('kind').$type<EmployerKind>().notNull(),
    atecoCode: text('ateco_code').notNull(),
    province: text('province').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  // Keyset pages walk (name, id), across all provinces or within one.
  (t) => [
    index('employer_name_idx').on(t.name, t.id),
    index('employer_province_name_idx').on(t.province, t.name, t.id),
  ],
);

export const employerSites = employersSchema.table(
  'employer_site',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    province: text('province').notNull(),
    municipality: text('municipality').notNull(),
    address: text('address'),
  },
  (t) => [index('employer_site_employer_idx').on(t.employerId)],
);

export const vacancies = employersSchema.table(
  'vacancy',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    occupationCode: text('occupation_code'),
    occupationCodeSystem: text('occupation_code_system').$type<OccupationCodeSystem>(),
    province: text('province').notNull(),
    positions: integer('positions').notNull(),
    reservedFor: text('reserved_for').$type<ProtectedCategory>(),
    status: text('status').$type<VacancyStatus>().notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    /** Tasks with ICF demands, adjustments, skills, hours, shifts, contract, site: what matching reads. */
    jobProfile: jsonb('job_profile').$type<JobProfile>(),
    siteId: text('site_id').references(() => employerSites.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('vacancy_employer_idx').on(t.employerId),
    index('vacancy_province_status_idx').on(t.province, t.status),
  ],
);

/** A candidate as kept in a shortlist: the rule's result and what the employer is sent to reach the person. */
export interface StoredCandidate extends RankedCandidate {
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}

/**
 * A shortlist as built: the candidates and the exclusions are the rule's result at that moment and are never
 * recomputed (the facts in people may change later). Sending sets sent_at once; the UPDATE's condition on a null
 * sent_at settles a race between two sendings.
 */
export const shortlists = employersSchema.table(
  'shortlist',
  {
    id: text('id').primaryKey(),
    vacancyId: text('vacancy_id')
      .notNull()
      .references(() => vacancies.id),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    weightsVersion: text('weights_version').notNull(),
    candidates: jsonb('candidates').$type<StoredCandidate[]>().notNull(),
    exclusions: jsonb('exclusions').$type<Array<{ personId: string; exclusions: Exclusion[] }>>().notNull(),
    consideredCount: integer('considered_count').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    builtByOrg: text('built_by_org').notNull(),
    builtBy: text('built_by').notNull(),
    builtAt: timestamp('built_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    sentBy: text('sent_by'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    index('shortlist_vacancy_idx').on(t.vacancyId),
    unique('shortlist_idempotency_key').on(t.builtByOrg, t.idempotencyKey),
  ],
);

/** The employer's answers about candidates: append-only, the latest per person is the one in force. */
export const shortlistFeedback = employersSchema.table(
  'shortlist_feedback',
  {
    id: text('id').primaryKey(),
    shortlistId: text('shortlist_id')
      .notNull()
      .references(() => shortlists.id),
    personId: text('person_id').notNull(),
    outcome: text('outcome').$type<'SELECTED' | 'REJECTED'>().notNull(),
    reason: text('reason'),
    idempotencyKey: text('idempotency_key').notNull(),
    recordedByOrg: text('recorded_by_org').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedByKind: text('recorded_by_kind').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('shortlist_feedback_shortlist_idx').on(t.shortlistId),
    unique('shortlist_feedback_idempotency_key').on(t.recordedByOrg, t.idempotencyKey),
  ],
);

/**
 * Prospetto informativo: one row per version of one year's report. A correction is a new version of the same
 * year; a version is never updated, so what was submitted, and the obligation computed then, stay on record.
 */
export const workforceReports = employersSchema.table(
  'workforce_report',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    /** The workforce exactly as submitted (the calculator's WorkforceInput). */
    workforce: jsonb('workforce').$type<WorkforceInput>().notNull(),
    /** The calculator's result at submission, explanation included. */
    obligation: jsonb('obligation').$type<L68Obligation>().notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    submittedBy: text('submitted_by').notNull(),
    submittedByKind: text('submitted_by_kind').notNull(),
  },
  // Two concurrent corrections cannot both become version n+1.
  (t) => [
    unique('workforce_report_version_key').on(t.employerId, t.year, t.version),
    index('workforce_report_year_idx').on(t.year),
  ],
);

/** Esonero parziale (L. 68/1999 art. 5 c.3), authorised by a CPI for one province. */
export const exemptions = employersSchema.table(
  'exemption',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    province: text('province').notNull(),
    percentage: integer('percentage').notNull(),
    securityOrTransportSector: boolean('security_or_transport_sector').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    /** The quota the percentage was applied to, from the report valid at validFrom. */
    quota: integer('quota').notNull(),
    positions: integer('positions').notNull(),
    reportYear: integer('report_year').notNull(),
    reportVersion: integer('report_version').notNull(),
    authorisedBy: text('authorised_by').notNull(),
    authorisedByOrg: text('authorised_by_org'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('exemption_employer_idx').on(t.employerId)],
);

/** Convenzione (L. 68/1999 art. 11) with its hiring schedule, for one province. */
export const agreements = employersSchema.table(
  'agreement',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    province: text('province').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    schedule: jsonb('schedule').$type<ScheduledHires[]>().notNull(),
    authorisedBy: text('authorised_by').notNull(),
    authorisedByOrg: text('authorised_by_org'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('agreement_employer_idx').on(t.employerId)],
);

/** Sospensione degli obblighi (L. 68/1999 art. 3 c.5), for one province, with its legal basis. */
export const suspensions = employersSchema.table(
  'suspension',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    province: text('province').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    legalBasis: text('legal_basis').notNull(),
    authorisedBy: text('authorised_by').notNull(),
    authorisedByOrg: text('authorised_by_org'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('suspension_employer_idx').on(t.employerId)],
);

export type ReferralKind = 'NOMINATIVE' | 'NUMERIC';
export type ReferralOrigin = 'EMPLOYER' | 'CPI_AFTER_TERM';
export type ReferralOutcome = 'HIRED' | 'NOT_HIRED';

/**
 * Richiesta di avviamento (L. 68/1999 arts. 7 and 9): the employer's request to the CPI of a province, nominative or
 * numeric, possibly for a vacancy; or the CPI's own numeric one after the 60-day term (art. 7 c.1-bis). What the
 * rules said when it was filed (the term, the nominative rule) is kept with it.
 */
export const referralRequests = employersSchema.table(
  'referral_request',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id),
    province: text('province').notNull(),
    category: text('category').$type<ProtectedCategory>().notNull(),
    kind: text('kind').$type<ReferralKind>().notNull(),
    origin: text('origin').$type<ReferralOrigin>().notNull(),
    vacancyId: text('vacancy_id').references(() => vacancies.id),
    qualification: text('qualification').notNull(),
    positions: integer('positions').notNull(),
    /** NOMINATIVE: the fiscal codes the employer named, normalised. */
    nominees: jsonb('nominees').$type<string[]>().notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    obligationArisenOn: date('obligation_arisen_on', { mode: 'string' }),
    termEndsOn: date('term_ends_on', { mode: 'string' }),
    nominativeRule: text('nominative_rule').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    filedByOrg: text('filed_by_org').notNull(),
    filedBy: text('filed_by').notNull(),
    filedByKind: text('filed_by_kind').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('referral_request_employer_idx').on(t.employerId),
    index('referral_request_province_idx').on(t.province, t.filedOn),
    unique('referral_request_idempotency_key').on(t.filedByOrg, t.idempotencyKey),
  ],
);

/**
 * Avviamento: one person the CPI referred for a request, and the employer's outcome, recorded once. A person is
 * referred at most once per request; the names are kept as referred, for the employer, who never reads people.
 */
export const referrals = employersSchema.table(
  'referral',
  {
    id: text('id').primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => referralRequests.id),
    personId: text('person_id').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /** The place on the ranking list on the reference date (numeric and nominative alike, for the record). */
    rankingPosition: integer('ranking_position').notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    referredByOrg: text('referred_by_org').notNull(),
    referredBy: text('referred_by').notNull(),
    referredAt: timestamp('referred_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    outcome: text('outcome').$type<ReferralOutcome>(),
    notHiredReason: text('not_hired_reason'),
    placementId: text('placement_id'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    unjustifiedRefusalByPerson: boolean('unjustified_refusal_by_person'),
    unjustifiedRefusalByEmployer: boolean('unjustified_refusal_by_employer'),
    outcomeRecordedBy: text('outcome_recorded_by'),
    outcomeRecordedByOrg: text('outcome_recorded_by_org'),
    outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    index('referral_request_idx').on(t.requestId),
    index('referral_person_idx').on(t.personId),
    unique('referral_request_person').on(t.requestId, t.personId),
    index('referral_act_idx').on(t.referredByOrg, t.idempotencyKey),
  ],
);

/** Append-only audit of every write (a trigger in the migration refuses update, delete and truncate). */
export const auditEvents = auditTable(employersSchema);

export const tables = {
  auditEvents,
  employers,
  employerSites,
  vacancies,
  shortlists,
  shortlistFeedback,
  workforceReports,
  exemptions,
  agreements,
  suspensions,
  referralRequests,
  referrals,
};
