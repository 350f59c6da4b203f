import { sql } from 'drizzle-orm';
import { auditTable } from '@reg/db';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

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
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    list: text('list').$type<EnrolmentList>().notNull(),
    province: text('province').notNull(),
    status: text('status').$type<EnrolmentStatus>().notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    unemployed: boolean('unemployed').notNull().default(true),
    documents: jsonb('documents')
      .$type<Array<{ kind: string; reference: string; presentedOn: string }>>()
      .notNull()
      .default([]),
    decisionDueOn: date('decision_due_on', { mode: 'string' }),
    observationsDueOn: date('observations_due_on', { mode: 'string' }),
    /** An enrolment moved from another province's list (L. 68/1999 art. 8 c.1): the one it continues. */
    transferredFrom: text('transferred_from'),
    /** The day the seniority on the list runs from, when it is not the acceptance (a transfer keeps it). */
    seniorityFrom: date('seniority_from', { mode: 'string' }),
  },
  (t) => [
    index('enrolment_person_idx').on(t.personId),
    // One open application or enrolment per person and list (L. 68/1999 art. 8: one list per person).
    uniqueIndex('enrolment_open_uq')
      .on(t.personId, t.list)
      .where(sql`status in ('SUBMITTED', 'PRE_REJECTED', 'ACCEPTED')`),
  ],
);

/** Every status change of an enrolment, append-only: who, when, why. */
export const enrolmentTransitions = people.table(
  'enrolment_transition',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    fromStatus: text('from_status').$type<EnrolmentStatus>(),
    toStatus: text('to_status').$type<EnrolmentStatus>().notNull(),
    /** The legal date of the act (receipt, notice, decision), which deadlines count from; `at` is when it was recorded. */
    on: date('on', { mode: 'string' }),
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
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    providerId: text('provider_id').notNull(),
    programme: text('programme').notNull(),
    budgetCents: bigint('budget_cents', { mode: 'number' }),
    handedOverFrom: text('handed_over_from'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    /** CPI or ACCREDITED, as the catalogue gave it when the person was taken in charge: the indicators' provider kind. */
    providerKind: text('provider_kind').$type<'CPI' | 'ACCREDITED'>(),
  },
  (t) => [
    index('take_in_charge_person_idx').on(t.personId),
    index('take_in_charge_started_on_idx').on(t.startedOn),
    index('take_in_charge_provider_idx').on(t.providerId),
    uniqueIndex('take_in_charge_active_uq').on(t.personId, t.programme).where(sql`ended_on is null`),
  ],
);

/**
 * Health data (GDPR art. 9), kept apart from the rest so it can be protected field by field: the
 * assessment behind an enrolment and the clinical details. One row per person, the latest.
 */
export const disabilityProfiles = people.table('disability_profile', {
  personId: text('person_id')
    .primaryKey()
    .references(() => persons.id),
  category: text('category').notNull(),
  invalidityPercent: integer('invalidity_percent'),
  pensionCategory: integer('pension_category'),
  psychicOrIntellectual: boolean('psychic_or_intellectual').notNull().default(false),
  commissionReportDate: date('commission_report_date', { mode: 'string' }),
  commissionReportRef: text('commission_report_ref'),
  functionalDiagnosis: text('functional_diagnosis'),
  clinicalNotes: text('clinical_notes'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
});

/** The eligibility check made when an application was received (health data: it names thresholds). */
export const enrolmentEligibility = people.table('enrolment_eligibility', {
  enrolmentId: text('enrolment_id')
    .primaryKey()
    .references(() => enrolments.id),
  eligible: boolean('eligible').notNull(),
  failures: jsonb('failures').$type<Array<{ rule: string; message: string }>>().notNull(),
  checkedOn: date('checked_on', { mode: 'string' }).notNull(),
});

export const enrolmentObservations = people.table(
  'enrolment_observation',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('enrolment_observation_enrolment_idx').on(t.enrolmentId)],
);

/** Versioned: a new row per update, never overwritten. */
export const functionalProfiles = people.table(
  'functional_profile',
  {
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    version: integer('version').notNull(),
    residualCapacities: jsonb('residual_capacities').$type<string[]>().notNull(),
    tasksToAvoid: jsonb('tasks_to_avoid').$type<string[]>().notNull(),
    compatibleTasks: jsonb('compatible_tasks').$type<string[]>().notNull(),
    workplaceAdjustments: jsonb('workplace_adjustments').$type<string[]>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.version] })],
);

/** Patto di servizio personalizzato: one row per version. */
export const servicePacts = people.table(
  'service_pact',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    version: integer('version').notNull(),
    status: text('status').$type<'DRAFT' | 'SIGNED'>().notNull(),
    responsibleOperator: text('responsible_operator'),
    employabilityProfile: text('employability_profile'),
    searchActs: jsonb('search_acts').$type<Array<{ act: string; timing: string }>>().notNull(),
    contactFrequency: text('contact_frequency'),
    searchProof: text('search_proof'),
    availableForWorkshops: boolean('available_for_workshops').notNull(),
    availableForTraining: boolean('available_for_training').notNull(),
    availableForSuitableOffers: boolean('available_for_suitable_offers').notNull(),
    signedOn: date('signed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('service_pact_version_uq').on(t.personId, t.version)],
);

export const pactChecks = people.table(
  'pact_check',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pactId: text('pact_id')
      .notNull()
      .references(() => servicePacts.id),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    progress: text('progress').notNull(),
    correctiveActions: jsonb('corrective_actions').$type<string[]>().notNull(),
    by: text('by').notNull(),
  },
  (t) => [index('pact_check_pact_idx').on(t.pactId)],
);

/** Piano di azione individuale: one row per version. */
export const actionPlans = people.table(
  'action_plan',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    version: integer('version').notNull(),
    goals: jsonb('goals').$type<string[]>().notNull(),
    services: jsonb('services')
      .$type<Array<{ serviceCode: string; providerId: string; plannedFrom: string; plannedTo: string | null }>>()
      .notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('action_plan_version_uq').on(t.personId, t.version)],
);

/** What the ranking criteria need besides the enrolment: declared income and dependants, dated. */
export const rankingFacts = people.table(
  'ranking_facts',
  {
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    annualIncomeCents: bigint('annual_income_cents', { mode: 'number' }).notNull(),
    dependants: integer('dependants').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.declaredOn] })],
);

/** Quantitative and qualitative profiling, one row per version of each kind. */
export const profilings = people.table(
  'profiling',
  {
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind').$type<'QUANTITATIVE' | 'QUALITATIVE'>().notNull(),
    version: integer('version').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    score: doublePrecision('score'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind, t.version] })],
);

/** Scheda anagrafica professionale: one document per version (its parts are read and replaced together). */
export const professionalRecords = people.table(
  'professional_record',
  {
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.version] })],
);

/** Append-only audit of health reads and of every write (GDPR art. 9 and 30). */
export const auditEvents = auditTable(people);

/**
 * A disadvantage certified as the Region's Documento degli Interventi defines it (e.g. L. 381/1991 art. 4), which
 * opens area 3 and closes 2Cb (seed 003) to people not on an L. 68/1999 list. The basis names the kind of
 * disadvantage: health data, read only with health:read.
 */
export const disadvantageCertifications = people.table(
  'disadvantage_certification',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    basis: text('basis').notNull(),
    reference: text('reference').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('disadvantage_certification_person_idx').on(t.personId)],
);

/**
 * The facts of a person's unemployment status (D.Lgs. 150/2015 arts. 19-21), append-only: the DID, the work that
 * keeps, suspends or ends it, the losses the CPI records. The status on a date is computed from them
 * (rules/unemployment-status.ts), never stored.
 */
export const unemploymentEvents = people.table(
  'unemployment_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind').$type<'DECLARATION' | 'WORK' | 'LOSS'>().notNull(),
    /** DECLARATION: the DID's day; WORK: the first day of work; LOSS: the day the status is lost. */
    on: date('on', { mode: 'string' }).notNull(),
    /** WORK: the contract's last day (null when open-ended). */
    endsOn: date('ends_on', { mode: 'string' }),
    employment: text('employment').$type<'EMPLOYEE' | 'SELF_EMPLOYED'>(),
    expectedIncomeCents: bigint('expected_income_cents', { mode: 'number' }),
    /** LOSS: the reason code. */
    reason: text('reason'),
    /** The act or communication it rests on (DID protocol, comunicazione obbligatoria, sanction notice). */
    reference: text('reference').notNull(),
    /** The province of the CPI that recorded it. */
    province: text('province').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('unemployment_event_person_idx').on(t.personId, t.on)],
);

/**
 * A move of an L. 68/1999 enrolment to another province's list (art. 8 c.1 as amended by D.Lgs. 151/2015): asked by
 * the receiving CPI, completed by the CPI that keeps the list (cancellation there, enrolment at the destination).
 */
export const enrolmentTransfers = people.table(
  'enrolment_transfer',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    list: text('list').$type<EnrolmentList>().notNull(),
    fromEnrolmentId: text('from_enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    fromProvince: text('from_province').notNull(),
    toProvince: text('to_province').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    requestedBy: text('requested_by').notNull(),
    status: text('status').$type<'PENDING' | 'COMPLETED' | 'REFUSED' | 'WITHDRAWN'>().notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    completedBy: text('completed_by'),
    /** A pending move refused by the receiving CPI or withdrawn by the keeping one: when, why and by whom. */
    closedOn: date('closed_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    closedBy: text('closed_by'),
    closedByOrg: text('closed_by_org'),
    toEnrolmentId: text('to_enrolment_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('enrolment_transfer_person_idx').on(t.personId),
    // One pending move per enrolment: a second request waits for the first to complete.
    uniqueIndex('enrolment_transfer_pending_uq').on(t.fromEnrolmentId).where(sql`status = 'PENDING'`),
  ],
);

export const tables = {
  auditEvents,
  enrolmentTransfers,
  unemploymentEvents,
  profilings,
  professionalRecords,
  disadvantageCertifications,
  persons,
  enrolments,
  enrolmentTransitions,
  takeInCharges,
  disabilityProfiles,
  enrolmentEligibility,
  enrolmentObservations,
  functionalProfiles,
  servicePacts,
  pactChecks,
  actionPlans,
  rankingFacts,
};
