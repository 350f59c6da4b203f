import { auditTable } from '@reg/db';
import { boolean, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { ModalityStandard, OutputStandard, TargetGroup } from '../reference/types.ts';

/** Everything the catalogue subgraph stores lives in its own PostgreSQL schema. */
export const catalogue = pgSchema('catalogue');

export const catalogueVersions = catalogue.table('catalogue_version', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  source: text('source').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One row per service per catalogue version; modalities and outputs are part of the standard's text, kept whole. */
export const serviceStandards = catalogue.table(
  'service_standard',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => catalogueVersions.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    area: integer('area').notNull(),
    areaTitle: text('area_title').notNull(),
    groupCode: text('group_code'),
    groupTitle: text('group_title'),
    targetGroup: text('target_group').$type<TargetGroup>().notNull(),
    purpose: jsonb('purpose').$type<string[]>().notNull(),
    activities: jsonb('activities').$type<string[]>().notNull(),
    modalities: jsonb('modalities').$type<ModalityStandard[]>().notNull(),
    outputs: jsonb('outputs').$type<OutputStandard[]>().notNull(),
    competences: jsonb('competences').$type<string[]>().notNull(),
    lepCodes: jsonb('lep_codes').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.code] }), index('service_standard_code_idx').on(t.code)],
);

export const lepServices = catalogue.table('lep_service', {
  code: text('code').primaryKey(),
  letter: text('letter'),
  title: text('title').notNull(),
  description: text('description').notNull(),
  activities: jsonb('activities').$type<string[]>().notNull(),
  source: text('source').notNull(),
  standardCodes: jsonb('standard_codes').$type<string[]>().notNull(),
});

export const providers = catalogue.table(
  'provider',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').$type<'CPI' | 'ACCREDITED'>().notNull(),
    province: text('province').notNull(),
    municipality: text('municipality'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('provider_province_idx').on(t.province, t.kind)],
);

/** Accreditation scope: which services a provider may deliver, over which dates. */
export const providerAccreditations = catalogue.table(
  'provider_accreditation',
  {
    providerId: text('provider_id')
      .notNull()
      .references(() => providers.id),
    serviceCode: text('service_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.serviceCode, t.validFrom] }),
    index('accreditation_service_idx').on(t.serviceCode),
  ],
);

/** Append-only audit of every write (a trigger in the migration refuses update, delete and truncate). */
export const auditEvents = auditTable(catalogue);

export const tables = {
  auditEvents,
  catalogueVersions,
  serviceStandards,
  lepServices,
  providers,
  providerAccreditations,
};
