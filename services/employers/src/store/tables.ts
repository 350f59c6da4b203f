import { date, index, integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
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

export const tables = { employers, employerSites, vacancies };
