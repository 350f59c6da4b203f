import DataLoader from 'dataloader';
import type { CatalogueStore, CatalogueVersionRecord, LepServiceRecord } from './store/catalogue-store.ts';
import type { AccreditationRecord, ProviderRecord, ProviderStore } from './store/provider-store.ts';
import type { ServiceStandardRow } from './mappers.ts';

/** Keys that carry a date are "<id>@<YYYY-MM-DD>"; one statement per date per entity type. */
const splitDated = (key: string) => {
  const at = key.lastIndexOf('@');
  return { id: key.slice(0, at), date: key.slice(at + 1) };
};

function groupByDate(keys: readonly string[]): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const key of keys) {
    const { id, date } = splitDated(key);
    byDate.set(date, [...(byDate.get(date) ?? []), id]);
  }
  return byDate;
}

export function createLoaders(stores: { catalogue: CatalogueStore; providers: ProviderStore }) {
  return {
    /** key: "<code>@<date>" */
    standardOn: new DataLoader<string, ServiceStandardRow | null>(async (keys) => {
      const found = new Map<string, ServiceStandardRow>();
      for (const [date, codes] of groupByDate(keys)) {
        for (const row of await stores.catalogue.standardsOn(date, codes)) found.set(`${row.code}@${date}`, { ...row, askedOn: date });
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
    versionById: new DataLoader<string, CatalogueVersionRecord | null>(async (ids) => {
      const rows = await stores.catalogue.versionsById(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    lepByCode: new DataLoader<string, LepServiceRecord | null>(async (codes) => {
      const rows = await stores.catalogue.lepServices(codes);
      return codes.map((code) => rows.find((r) => r.code === code) ?? null);
    }),
    providerById: new DataLoader<string, ProviderRecord | null>(async (ids) => {
      const rows = await stores.providers.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    /** key: "<providerId>@<date>" */
    accreditationsOn: new DataLoader<string, AccreditationRecord[]>(async (keys) => {
      const found = new Map<string, AccreditationRecord[]>();
      for (const [date, ids] of groupByDate(keys)) {
        for (const row of await stores.providers.accreditationsOn(ids, date)) {
          const key = `${row.providerId}@${date}`;
          found.set(key, [...(found.get(key) ?? []), row]);
        }
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
