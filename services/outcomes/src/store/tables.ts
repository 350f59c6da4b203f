import { auditTable } from '@reg/db';
import { notRecordedKeys } from '@reg/indicators';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const outcomes = pgSchema('outcomes');

/** The target groups of a row whose person's groups were never recorded (@reg/indicators notRecordedKeys). */
export const NOT_RECORDED_SQL = `'${JSON.stringify(notRecordedKeys())}'::jsonb`;

/** The kind of organisation that reported a record (a CPI office or an accredited body). */
export type ProviderKind = 'CPI' | 'ACCREDITED';
/** Why a placement ended (documented in schema/outcomes.graphql, PlacementEndReason). */
export type PlacementEndReason =
  | 'END_OF_TERM'
  | 'RESIGNATION'
  | 'DISMISSAL'
  | 'PROBATION_NOT_PASSED'
  | 'MUTUAL_AGREEMENT'
  | 'RETIREMENT'
  | 'DEATH'
  | 'OTHER';

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
    /** Minutes of each session when the report stated them; null when it gave only the total. */
    sessionMinutes: jsonb('session_minutes').$type<number[]>(),
    /** Null only for reports stored before paths were tracked (migration 0001). */
    pathId: text('path_id'),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    reportedBy: text('reported_by').notNull(),
    /** CPI or ACCREDITED: the reporting organisation's kind, for the indicators; null on rows stored before it was. */
    providerKind: text('provider_kind').$type<ProviderKind>(),
    /**
     * Projection of people's facts as received when the report was checked: the date the person's enrolment on
     * the L. 68/1999 list was accepted, and the start of the reporting provider's take-in-charge of the person.
     * They let the indicators relate services and placements to enrolment and take-in-charge in one SQL statement
     * without reading people's tables.
     */
    enrolledOn: date('enrolled_on', { mode: 'string' }),
    takenInChargeOn: date('taken_in_charge_on', { mode: 'string' }),
    /**
     * The person's target groups on the day of the service as people decided them (Person.targetGroupsOn), as
     * `DIMENSION:VALUE` keys; null on rows reported before they were recorded (counted as NOT_RECORDED).
     */
    targetGroups: jsonb('target_groups').$type<string[]>(),
  },
  (t) => [
    uniqueIndex('service_delivery_idempotency_uq').on(t.providerId, t.idempotencyKey),
    index('service_delivery_delivered_on_idx').on(t.deliveredOn),
    index('service_delivery_person_idx').on(t.personId, t.deliveredOn),
    index('service_delivery_provider_idx').on(t.providerId, t.deliveredOn),
    index('service_delivery_path_idx').on(t.pathId),
  ],
);

/**
 * Percorso: one provider, one person, one service, one modality, from the first report until closed. The
 * running totals are kept on the row so that each report checks the maximum bounds without summing history.
 */
export const servicePaths = outcomes.table(
  'service_path',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    personId: text('person_id').notNull(),
    personProvince: text('person_province').notNull(),
    serviceCode: text('service_code').notNull(),
    modality: text('modality').notNull(),
    status: text('status').$type<'OPEN' | 'CLOSED'>().notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    firstDeliveredOn: date('first_delivered_on', { mode: 'string' }),
    lastDeliveredOn: date('last_delivered_on', { mode: 'string' }),
    totalMinutes: integer('total_minutes').notNull().default(0),
    totalSessions: integer('total_sessions').notNull().default(0),
    closedOn: date('closed_on', { mode: 'string' }),
    closedBy: text('closed_by'),
    providerKind: text('provider_kind').$type<ProviderKind>(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // At most one path in progress per provider, person, service and modality: reports join it.
    uniqueIndex('service_path_open_uq')
      .on(t.providerId, t.personId, t.serviceCode, t.modality)
      .where(sql`status = 'OPEN'`),
    index('service_path_person_idx').on(t.personId),
    index('service_path_closed_on_idx').on(t.closedOn),
  ],
);

/** A catalogue rule overridden by a CPI supervisor: append-only (a trigger refuses updates and deletes). */
export const ruleOverrides = outcomes.table(
  'rule_override',
  {
    id: text('id').primaryKey(),
    pathId: text('path_id').notNull(),
    /** The report that broke the rule; null when the rule was overridden at the path's closing. */
    deliveryId: text('delivery_id'),
    rule: text('rule').notNull(),
    bound: integer('bound'),
    actual: integer('actual'),
    reason: text('reason').notNull(),
    overriddenBy: text('overridden_by').notNull(),
    overriddenByOrg: text('overridden_by_org').notNull(),
    overriddenAt: timestamp('overridden_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('rule_override_path_idx').on(t.pathId), index('rule_override_delivery_idx').on(t.deliveryId)],
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
    /** The contract's full-time week, against which weeklyHours makes a part-time share (quota units). */
    fullTimeWeeklyHours: real('full_time_weekly_hours'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    /** Last day of the contract: the hire still counts toward the quota that day, not after. */
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason').$type<PlacementEndReason>(),
    endNote: text('end_note'),
    endedBy: text('ended_by'),
    endedByOrg: text('ended_by_org'),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }),
    countsTowardQuota: boolean('counts_toward_quota').notNull(),
    /** Province of the employer's registered office when the placement was recorded (checked with employers then). */
    employerProvince: text('employer_province'),
    /** Province whose quota the hire counts in: the vacancy's, else the registered office's. */
    quotaProvince: text('quota_province'),
    /**
     * For a hire counting toward the quota: PENDING until the employer or a CPI of its province confirms it
     * (CONFIRMED at once when such a CPI records it); only CONFIRMED hires count. Null when it does not count.
     */
    quotaStatus: text('quota_status').$type<'PENDING' | 'CONFIRMED'>(),
    quotaConfirmedBy: text('quota_confirmed_by'),
    quotaConfirmedByOrg: text('quota_confirmed_by_org'),
    quotaConfirmedAt: timestamp('quota_confirmed_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    providerKind: text('provider_kind').$type<ProviderKind>(),
    /** The internship the hire followed from (same person, host employer), when recorded with it. */
    internshipId: text('internship_id'),
    /** The person's target groups on the start day (as on a delivery); null on placements recorded before. */
    targetGroups: jsonb('target_groups').$type<string[]>(),
  },
  (t) => [
    index('placement_internship_idx').on(t.internshipId),
    index('placement_started_on_idx').on(t.startedOn),
    uniqueIndex('placement_idempotency_uq').on(t.reportedByOrg, t.idempotencyKey),
    index('placement_person_idx').on(t.personId),
    index('placement_employer_idx').on(t.employerId),
    index('placement_vacancy_idx').on(t.vacancyId),
    index('placement_quota_province_idx').on(t.quotaProvince),
  ],
);

/**
 * Erogazione a un datore di lavoro: a service of area 4 (seed 003, 4A-4E) delivered to an employer, one row per
 * whole service as delivered. Append-only like the deliveries to people (a trigger in the migration refuses UPDATE
 * and DELETE): a correction is a new report.
 */
export const employerServiceDeliveries = outcomes.table(
  'employer_service_delivery',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id').notNull(),
    providerKind: text('provider_kind').$type<ProviderKind>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    payloadHash: text('payload_hash').notNull(),
    employerId: text('employer_id').notNull(),
    /** The registered office's province when reported (checked with employers then): the CPI's row rule, the indicators' province. */
    employerProvince: text('employer_province').notNull(),
    serviceCode: text('service_code').notNull(),
    catalogueVersionId: text('catalogue_version_id').notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    sessions: integer('sessions').notNull(),
    sessionMinutes: jsonb('session_minutes').$type<number[]>(),
    modality: text('modality').notNull(),
    outputs: jsonb('outputs').$type<string[]>().notNull(),
    /** 4E: the employer's references of the redundant workers served; empty for 4A-4D. */
    redundantWorkers: jsonb('redundant_workers').$type<string[]>().notNull(),
    operator: text('operator'),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    reportedBy: text('reported_by').notNull(),
  },
  (t) => [
    uniqueIndex('employer_service_delivery_idempotency_uq').on(t.providerId, t.idempotencyKey),
    index('employer_service_delivery_employer_idx').on(t.employerId, t.deliveredOn),
    index('employer_service_delivery_delivered_on_idx').on(t.deliveredOn),
  ],
);

/**
 * Post-placement follow-up (monitoraggio post-inserimento) at 3, 6 and 12 months: whether the person is still
 * employed, and by the same employer. One per placement and milestone. Other code (indicators) reads these
 * column names: keep them.
 */
export const placementFollowUps = outcomes.table(
  'placement_follow_up',
  {
    id: text('id').primaryKey(),
    placementId: text('placement_id').notNull(),
    milestoneMonths: integer('milestone_months').$type<3 | 6 | 12>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    stillEmployed: boolean('still_employed').notNull(),
    /** False when the person is not employed at all. */
    sameEmployer: boolean('same_employer').notNull(),
    note: text('note'),
    recordedBy: text('recorded_by').notNull(),
    recordedByOrg: text('recorded_by_org').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('placement_follow_up_milestone_uq').on(t.placementId, t.milestoneMonths),
    check('placement_follow_up_milestone_ck', sql`${t.milestoneMonths} in (3, 6, 12)`),
  ],
);

/**
 * Tirocinio: the agreement, the training project, the start, the end and the attestation of one internship, one row
 * moving through its lifecycle (rules/internship.ts); each step is written once (the resolvers compare a retry).
 */
export const internships = outcomes.table(
  'internship',
  {
    id: text('id').primaryKey(),
    /** The promoter: the CPI or accredited body that recorded the agreement. */
    promoterId: text('promoter_id').notNull(),
    promoterKind: text('promoter_kind').$type<ProviderKind>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    payloadHash: text('payload_hash').notNull(),
    personId: text('person_id').notNull(),
    /** The person's province when the agreement was recorded: the CPI row rule, without asking people at read time. */
    personProvince: text('person_province').notNull(),
    hostEmployerId: text('host_employer_id').notNull(),
    serviceCode: text('service_code').notNull(),
    agreementReference: text('agreement_reference').notNull(),
    agreementSignedOn: date('agreement_signed_on', { mode: 'string' }).notNull(),
    /** 12, or 24 for a person on the disability list when the agreement was recorded. */
    maxDurationMonths: integer('max_duration_months').notNull(),
    status: text('status').$type<'AGREED' | 'PROJECT_APPROVED' | 'STARTED' | 'COMPLETED' | 'INTERRUPTED'>().notNull(),
    objectives: jsonb('objectives').$type<string[]>(),
    plannedStartOn: date('planned_start_on', { mode: 'string' }),
    plannedEndOn: date('planned_end_on', { mode: 'string' }),
    weeklyHours: real('weekly_hours'),
    promoterTutorName: text('promoter_tutor_name'),
    promoterTutorRole: text('promoter_tutor_role'),
    hostTutorName: text('host_tutor_name'),
    hostTutorRole: text('host_tutor_role'),
    projectApprovedOn: date('project_approved_on', { mode: 'string' }),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason').$type<'COMPLETED' | 'INTERRUPTED'>(),
    endNote: text('end_note'),
    attestationIssuedOn: date('attestation_issued_on', { mode: 'string' }),
    attestationActivities: text('attestation_activities'),
    attestationResults: text('attestation_results'),
    attestationIssuedBy: text('attestation_issued_by'),
    /**
     * The end after the last extension (proroga, internship_extension): the project's planned end stays as approved,
     * so the current end is this or, with no extension, the planned end. Only moves later (trigger in the migration).
     */
    extendedEndOn: date('extended_end_on', { mode: 'string' }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('internship_idempotency_uq').on(t.promoterId, t.idempotencyKey),
    index('internship_person_idx').on(t.personId),
    index('internship_host_idx').on(t.hostEmployerId),
    index('internship_signed_on_idx').on(t.agreementSignedOn),
    check('internship_service_ck', sql`${t.serviceCode} in ('2Cc', '3Bc')`),
  ],
);

/** Dossier individuale del tirocinante: entries appended while the internship runs, never changed. */
export const internshipDossierEntries = outcomes.table(
  'internship_dossier_entry',
  {
    id: text('id').primaryKey(),
    internshipId: text('internship_id').notNull(),
    entryOn: date('entry_on', { mode: 'string' }).notNull(),
    activity: text('activity').notNull(),
    competences: jsonb('competences').$type<string[]>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedByOrg: text('recorded_by_org').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // The same entry sent again is the same entry (a retry), not a second one.
  (t) => [uniqueIndex('internship_dossier_entry_uq').on(t.internshipId, t.entryOn, t.activity)],
);

/**
 * Proroga di un tirocinio: the promoter moves a started internship's end later, with the reason, within the maximum
 * duration (rules/internship.ts). One row per extension, never changed (trigger): the history of the end dates.
 */
export const internshipExtensions = outcomes.table(
  'internship_extension',
  {
    id: text('id').primaryKey(),
    internshipId: text('internship_id').notNull(),
    previousEndOn: date('previous_end_on', { mode: 'string' }).notNull(),
    newEndOn: date('new_end_on', { mode: 'string' }).notNull(),
    /** The day promoter, host and intern agreed the extension: on or before the end it extends. */
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedByOrg: text('recorded_by_org').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // An end date is reached once: the same extension sent again is a retry, not a second one.
  (t) => [uniqueIndex('internship_extension_uq').on(t.internshipId, t.newEndOn)],
);

/**
 * The withdrawal of a service to an employer reported in error (by the reporter or the CPI of the employer's
 * province), with the reason. The report stays for the audit; a cancelled report no longer counts (indicators, the
 * 4E per-worker bound). One per report, never changed (trigger).
 */
export const employerServiceCancellations = outcomes.table(
  'employer_service_cancellation',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id').notNull(),
    reason: text('reason').notNull(),
    cancelledBy: text('cancelled_by').notNull(),
    cancelledByOrg: text('cancelled_by_org').notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('employer_service_cancellation_uq').on(t.deliveryId)],
);

/*
 * Aggregates of the append-only deliveries for the indicators, maintained in the inserting statement's own
 * transaction by a statement-level trigger on service_delivery (migration 0008, which also backfills them): only
 * rows actually inserted reach it, so a retried report (ON CONFLICT DO NOTHING) or a rolled-back row never counts.
 * Columns are the lattice's dimensions as the indicators read them (provider kind coalesced to UNKNOWN).
 */

/** Deliveries, minutes and outputs per month and finest cell: the additive measures of the services family. */
export const deliveryMonthTotals = outcomes.table(
  'delivery_month_total',
  {
    month: date('month', { mode: 'string' }).notNull(),
    province: text('province').notNull(),
    providerKind: text('provider_kind').notNull(),
    providerId: text('provider_id').notNull(),
    serviceCode: text('service_code').notNull(),
    /** The deliveries' target groups, NOT_RECORDED on each dimension for rows reported before they were. */
    targetGroups: jsonb('target_groups')
      .$type<string[]>()
      .notNull()
      .default(sql`${sql.raw(NOT_RECORDED_SQL)}`),
    deliveries: integer('deliveries').notNull(),
    minutes: bigint('minutes', { mode: 'number' }).notNull(),
    outputs: bigint('outputs', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({
      name: 'delivery_month_total_pk',
      columns: [t.month, t.province, t.providerKind, t.providerId, t.serviceCode, t.targetGroups],
    }),
  ],
);

/**
 * Person-period membership for the distinct counts: one row per person, year and finest cell, with the months of
 * that year the person was served in it as a bit mask (bit 0 = January). Distinct people of any cell of the lattice
 * are the people whose masks, OR-ed over the cell's finest cells, meet the cell's months.
 */
export const deliveryPersonYears = outcomes.table(
  'delivery_person_year',
  {
    year: integer('year').notNull(),
    personId: text('person_id').notNull(),
    province: text('province').notNull(),
    providerKind: text('provider_kind').notNull(),
    providerId: text('provider_id').notNull(),
    serviceCode: text('service_code').notNull(),
    /** The deliveries' target groups, NOT_RECORDED on each dimension for rows reported before they were. */
    targetGroups: jsonb('target_groups')
      .$type<string[]>()
      .notNull()
      .default(sql`${sql.raw(NOT_RECORDED_SQL)}`),
    months: integer('months').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'delivery_person_year_pk',
      columns: [t.year, t.personId, t.province, t.providerKind, t.providerId, t.serviceCode, t.targetGroups],
    }),
  ],
);

/**
 * Each person's first service on or after the acceptance of the enrolment, per province and provider: the first
 * one within any scope (the region, a province, a provider) is the earliest of these (by date, then delivery id).
 */
export const firstServices = outcomes.table(
  'first_service',
  {
    personId: text('person_id').notNull(),
    province: text('province').notNull(),
    providerId: text('provider_id').notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    deliveryId: text('delivery_id').notNull(),
    providerKind: text('provider_kind').notNull(),
    days: integer('days').notNull(),
  },
  (t) => [primaryKey({ name: 'first_service_pk', columns: [t.personId, t.province, t.providerId] })],
);

/** The take-in-charge cohorts the deliveries carry: distinct person, provider and start. */
export const takeInChargeCohorts = outcomes.table(
  'take_in_charge_cohort',
  {
    personId: text('person_id').notNull(),
    providerId: text('provider_id').notNull(),
    providerKind: text('provider_kind').notNull(),
    province: text('province').notNull(),
    takenInChargeOn: date('taken_in_charge_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({
      name: 'take_in_charge_cohort_pk',
      columns: [t.personId, t.providerId, t.providerKind, t.province, t.takenInChargeOn],
    }),
    index('take_in_charge_cohort_on_idx').on(t.takenInChargeOn),
  ],
);

/** Append-only audit of every write (a trigger in the migration refuses update, delete and truncate). */
export const auditEvents = auditTable(outcomes);

export const tables = {
  auditEvents,
  serviceDeliveries,
  servicePaths,
  ruleOverrides,
  placements,
  placementFollowUps,
  employerServiceDeliveries,
  internships,
  internshipDossierEntries,
  internshipExtensions,
  employerServiceCancellations,
  deliveryMonthTotals,
  deliveryPersonYears,
  firstServices,
  takeInChargeCohorts,
};
