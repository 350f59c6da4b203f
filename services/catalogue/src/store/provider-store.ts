import { anyOf, preparedByKeys } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { CatalogueDb } from './catalogue-store.ts';
import { providerAccreditations, providers } from './tables.ts';

export type ProviderRecord = typeof providers.$inferSelect;
export type AccreditationRecord = typeof providerAccreditations.$inferSelect;

const accreditedOn = (date: string): SQL =>
  and(
    lte(providerAccreditations.validFrom, date),
    or(isNull(providerAccreditations.validTo), gte(providerAccreditations.validTo, date)),
  )!;

export interface NewProvider {
  id?: string;
  name: string;
  kind: 'CPI' | 'ACCREDITED';
  province: string;
  municipality: string | null;
  serviceCodes: readonly string[];
  accreditedFrom: string;
  createdBy: string;
}

export function createProviderStore(db: CatalogueDb) {
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byIds = preparedByKeys('catalogue_providers_by_ids', (keys) =>
    db.select().from(providers).where(anyOf(providers.id, keys)),
  );
  return {
    byIds: (ids: readonly string[]): Promise<ProviderRecord[]> => byIds(ids),

    async list(filter: {
      province?: string | null;
      kind?: 'CPI' | 'ACCREDITED' | null;
      serviceCode?: string | null;
      on: string;
    }): Promise<ProviderRecord[]> {
      const conditions: SQL[] = [eq(providers.active, true)];
      if (filter.province) conditions.push(eq(providers.province, filter.province));
      if (filter.kind) conditions.push(eq(providers.kind, filter.kind));
      if (filter.serviceCode) {
        const accredited = db
          .select({ id: providerAccreditations.providerId })
          .from(providerAccreditations)
          .where(and(eq(providerAccreditations.serviceCode, filter.serviceCode), accreditedOn(filter.on)));
        conditions.push(inArray(providers.id, accredited));
      }
      return db
        .select()
        .from(providers)
        .where(and(...conditions))
        .orderBy(asc(providers.province), asc(providers.name));
    },

    /** Accreditations of many providers valid on a date, in one statement. */
    async accreditationsOn(providerIds: readonly string[], date: string): Promise<AccreditationRecord[]> {
      return db
        .select()
        .from(providerAccreditations)
        .where(and(anyOf(providerAccreditations.providerId, providerIds), accreditedOn(date)))
        .orderBy(asc(providerAccreditations.serviceCode));
    },

    /** The providers' accreditations valid on some day from `from` to `to`: one statement for many dates. */
    async accreditationsBetween(
      providerIds: readonly string[],
      from: string,
      to: string,
    ): Promise<AccreditationRecord[]> {
      return db
        .select()
        .from(providerAccreditations)
        .where(
          and(
            anyOf(providerAccreditations.providerId, providerIds),
            lte(providerAccreditations.validFrom, to),
            or(isNull(providerAccreditations.validTo), gte(providerAccreditations.validTo, from)),
          ),
        )
        .orderBy(asc(providerAccreditations.serviceCode));
    },

    /** Creates the provider and its accreditation scope in one transaction. */
    async register(input: NewProvider): Promise<ProviderRecord> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(providers)
          .values({
            id: input.id ?? randomUUID(),
            name: input.name,
            kind: input.kind,
            province: input.province,
            municipality: input.municipality,
            createdBy: input.createdBy,
          })
          .returning();
        if (input.serviceCodes.length > 0) {
          await tx.insert(providerAccreditations).values(
            input.serviceCodes.map((serviceCode) => ({
              providerId: row!.id,
              serviceCode,
              validFrom: input.accreditedFrom,
            })),
          );
        }
        return row!;
      });
    },
  };
}

export type ProviderStore = ReturnType<typeof createProviderStore>;
