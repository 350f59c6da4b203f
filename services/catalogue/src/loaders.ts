import { datedKey, groupBy, idsByDate, oneByKey } from '@reg/subgraph-kit';
import DataLoader from 'dataloader';
import type { CatalogueStore, CatalogueVersionRecord, LepServiceRecord } from './store/catalogue-store.ts';
import type { AccreditationRecord, ProviderRecord, ProviderStore } from './store/provider-store.ts';
import type { ServiceStandardRow } from './mappers.ts';

// Keys that carry a date are "<id>@<YYYY-MM-DD>" (datedKey); one statement per date per entity type.

export function createLoaders(stores: { catalogue: CatalogueStore; providers: ProviderStore }) {
  return {
    /** key: "<code>@<date>" */
    standardOn: new DataLoader<string, ServiceStandardRow | null>(async (keys) => {
      const found = new Map<string, ServiceStandardRow>();
      for (const [date, codes] of idsByDate(keys)) {
        for (const row of await stores.catalogue.standardsOn(date, codes))
          found.set(datedKey(row.code, date), { ...row, askedOn: date });
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
    versionById: oneByKey<CatalogueVersionRecord>(
      (ids) => stores.catalogue.versionsById(ids),
      (r) => r.id,
    ),
    lepByCode: oneByKey<LepServiceRecord>(
      (codes) => stores.catalogue.lepServices(codes),
      (r) => r.code,
    ),
    providerById: oneByKey<ProviderRecord>(
      (ids) => stores.providers.byIds(ids),
      (r) => r.id,
    ),
    /** key: "<providerId>@<date>" */
    accreditationsOn: new DataLoader<string, AccreditationRecord[]>(async (keys) => {
      const found = new Map<string, AccreditationRecord[]>();
      for (const [date, ids] of idsByDate(keys)) {
        for (const [providerId, rows] of groupBy(
          await stores.providers.accreditationsOn(ids, date),
          (r) => r.providerId,
        ))
          found.set(datedKey(providerId, date), rows);
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
