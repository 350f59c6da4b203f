import { anyOf, preparedWith } from '@reg/db';
import { and, eq, gte, inArray, isNull, lte, or, asc, type SQL } from 'drizzle-orm';
import type { Database } from '@reg/db';
import { catalogueVersions, lepServices, serviceStandards, type tables } from './tables.ts';

export type CatalogueDb = Database<typeof tables>;
export type ServiceStandardRecord = typeof serviceStandards.$inferSelect;
export type CatalogueVersionRecord = typeof catalogueVersions.$inferSelect;
export type LepServiceRecord = typeof lepServices.$inferSelect;

/** Versions valid on a date: validFrom <= date <= validTo (open-ended when validTo is null). */
const validOn = (date: string): SQL =>
  and(
    lte(catalogueVersions.validFrom, date),
    or(isNull(catalogueVersions.validTo), gte(catalogueVersions.validTo, date)),
  )!;

export function createCatalogueStore(db: CatalogueDb) {
  /**
   * Each published version's standards by code, read from the database once. Exact, not a cache that can go stale: a
   * version and its standards are written in one transaction and never changed (store/reference-data.ts), so a
   * version this process can see has all its standards, for good. The versions themselves are read per batch.
   */
  const standardsOfVersion = new Map<string, Map<string, ServiceStandardRecord>>();
  /** The versions valid on some day between two dates, oldest first: asked by every batch of standards. */
  const versionsBetween = preparedWith<Array<{ id: string; validFrom: string; validTo: string | null }>, 'from' | 'to'>(
    'catalogue_versions_between',
    ['from', 'to'],
    ({ from, to }) =>
      db
        .select({
          id: catalogueVersions.id,
          validFrom: catalogueVersions.validFrom,
          validTo: catalogueVersions.validTo,
        })
        .from(catalogueVersions)
        .where(
          and(
            lte(catalogueVersions.validFrom, to),
            or(isNull(catalogueVersions.validTo), gte(catalogueVersions.validTo, from)),
          ),
        )
        .orderBy(asc(catalogueVersions.validFrom)),
  );
  return {
    async versions(): Promise<CatalogueVersionRecord[]> {
      return db.select().from(catalogueVersions).orderBy(asc(catalogueVersions.validFrom));
    },

    async versionsById(ids: readonly string[]): Promise<CatalogueVersionRecord[]> {
      return db.select().from(catalogueVersions).where(anyOf(catalogueVersions.id, ids));
    },

    /** The standards with the given codes in the version valid on the date (one statement for any number of codes). */
    async standardsOn(
      date: string,
      codes?: readonly string[],
      filter: { area?: number | null; targetGroup?: string | null } = {},
    ): Promise<ServiceStandardRecord[]> {
      const conditions: SQL[] = [validOn(date)];
      if (codes) conditions.push(anyOf(serviceStandards.code, codes));
      if (filter.area != null) conditions.push(eq(serviceStandards.area, filter.area));
      if (filter.targetGroup != null)
        conditions.push(eq(serviceStandards.targetGroup, filter.targetGroup as ServiceStandardRecord['targetGroup']));
      const rows = await db
        .select({ standard: serviceStandards })
        .from(serviceStandards)
        .innerJoin(catalogueVersions, eq(catalogueVersions.id, serviceStandards.versionId))
        .where(and(...conditions))
        .orderBy(asc(serviceStandards.area), asc(serviceStandards.code));
      return rows.map((r) => r.standard);
    },

    /**
     * The standards with the given codes in every version valid on some day from `from` to `to`, with the
     * version's validity: one statement for a batch asking many dates (each picks its version in memory), on the
     * versions only; each version's standards are read once, the first time it is asked (a second statement).
     */
    async standardsBetween(
      from: string,
      to: string,
      codes: readonly string[],
    ): Promise<Array<{ standard: ServiceStandardRecord; validFrom: string; validTo: string | null }>> {
      const versions = await versionsBetween({ from, to });
      const missing = versions.filter((v) => !standardsOfVersion.has(v.id)).map((v) => v.id);
      if (missing.length > 0) {
        const rows = await db.select().from(serviceStandards).where(inArray(serviceStandards.versionId, missing));
        for (const id of missing) standardsOfVersion.set(id, new Map());
        for (const row of rows) standardsOfVersion.get(row.versionId)!.set(row.code, row);
      }
      const sortedCodes = [...new Set(codes)].sort();
      const found: Array<{ standard: ServiceStandardRecord; validFrom: string; validTo: string | null }> = [];
      for (const version of versions) {
        const standards = standardsOfVersion.get(version.id)!;
        for (const code of sortedCodes) {
          const standard = standards.get(code);
          if (standard) found.push({ standard, validFrom: version.validFrom, validTo: version.validTo });
        }
      }
      return found;
    },

    async lepServices(codes?: readonly string[]): Promise<LepServiceRecord[]> {
      const query = db.select().from(lepServices);
      return codes
        ? query.where(anyOf(lepServices.code, codes)).orderBy(asc(lepServices.code))
        : query.orderBy(asc(lepServices.code));
    },
  };
}

export type CatalogueStore = ReturnType<typeof createCatalogueStore>;
