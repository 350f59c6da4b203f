import { auditTable } from '@reg/db';
import { boolean, date, index, integer, jsonb, pgSchema, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { ScheduledHires } from '../rules/agreement-schedule.ts';
import type { L68Obligation, WorkforceInput } from '../rules/l68-quota/index.ts';
import type { OccupationCodeSystem } from '../rules/vacancy-opening.ts';

/** Everything the employers subgraph stores lives in its own PostgreSQL schema. */
export const employersSchema = pgSchema('employers');

export type EmployerKind = 'PRIVATE' | 'PUBLIC';
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
  (t) => [index('employer_name_idx').on(t.name, t.id), index('employer_province_name_idx').on(t.province, t.name, t.id)],
);

export const employerSites = employersSchema.table(
  'employer_site',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id').notNull().references(() => employers.id),
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
    employerId: text('employer_id').notNull().references(() => employers.id),
    title: text('title').notNull(),
    occupationCode: text('occupation_code'),
    occupationCodeSystem: text('occupation_code_system').$type<OccupationCodeSystem>(),
    province: text('province').notNull(),
    positions: integer('positions').notNull(),
    reservedFor: text('reserved_for').$type<ProtectedCategory>(),
    status: text('status').$type<VacancyStatus>().notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('vacancy_employer_idx').on(t.employerId), index('vacancy_province_status_idx').on(t.province, t.status)],
);

/**
 * Prospetto informativo: one row per version of one year's report. A correction is a new version of the same
 * year; a version is never updated, so what was submitted, and the obligation computed then, stay on record.
 */
export const workforceReports = employersSchema.table(
  'workforce_report',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id').notNull().references(() => employers.id),
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
  (t) => [unique('workforce_report_version_key').on(t.employerId, t.year, t.version), index('workforce_report_year_idx').on(t.year)],
);

/** Esonero parziale (L. 68/1999 art. 5 c.3), authorised by a CPI for one province. */
export const exemptions = employersSchema.table(
  'exemption',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id').notNull().references(() => employers.id),
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
    employerId: text('employer_id').notNull().references(() => employers.id),
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
    employerId: text('employer_id').notNull().references(() => employers.id),
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

/** Append-only audit of every write (a trigger in the migration refuses update, delete and truncate). */
export const auditEvents = auditTable(employersSchema);

export const tables = { auditEvents, employers, employerSites, vacancies, workforceReports, exemptions, agreements, suspensions };
