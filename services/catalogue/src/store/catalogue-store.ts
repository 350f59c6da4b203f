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
  return {
    async versions(): Promise<CatalogueVersionRecord[]> {
      return db.select().from(catalogueVersions).orderBy(asc(catalogueVersions.validFrom));
    },

    async versionsById(ids: readonly string[]): Promise<CatalogueVersionRecord[]> {
      return db
        .select()
        .from(catalogueVersions)
        .where(inArray(catalogueVersions.id, [...ids]));
    },

    /** The standards with the given codes in the version valid on the date (one statement for any number of codes). */
    async standardsOn(
      date: string,
      codes?: readonly string[],
      filter: { area?: number | null; targetGroup?: string | null } = {},
    ): Promise<ServiceStandardRecord[]> {
      const conditions: SQL[] = [validOn(date)];
      if (codes) conditions.push(inArray(serviceStandards.code, [...codes]));
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
     * version's validity: one statement for a batch asking many dates (each picks its version in memory).
     */
    async standardsBetween(
      from: string,
      to: string,
      codes: readonly string[],
    ): Promise<Array<{ standard: ServiceStandardRecord; validFrom: string; validTo: string | null }>> {
      return db
        .select({
          standard: serviceStandards,
          validFrom: catalogueVersions.validFrom,
          validTo: catalogueVersions.validTo,
        })
        .from(serviceStandards)
        .innerJoin(catalogueVersions, eq(catalogueVersions.id, serviceStandards.versionId))
        .where(
          and(
            inArray(serviceStandards.code, [...codes]),
            lte(catalogueVersions.validFrom, to),
            or(isNull(catalogueVersions.validTo), gte(catalogueVersions.validTo, from)),
          ),
        )
        .orderBy(asc(catalogueVersions.validFrom), asc(serviceStandards.code));
    },

    async lepServices(codes?: readonly string[]): Promise<LepServiceRecord[]> {
      const query = db.select().from(lepServices);
      return codes
        ? query.where(inArray(lepServices.code, [...codes])).orderBy(asc(lepServices.code))
        : query.orderBy(asc(lepServices.code));
    },
  };
}

export type CatalogueStore = ReturnType<typeof createCatalogueStore>;
