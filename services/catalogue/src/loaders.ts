import { datedKey, groupBy, idsByDate, loadersOnDemand, oneByKey } from '@reg/subgraph-kit';
import DataLoader from 'dataloader';
import type { CatalogueStore, CatalogueVersionRecord, LepServiceRecord } from './store/catalogue-store.ts';
import type { AccreditationRecord, ProviderRecord, ProviderStore } from './store/provider-store.ts';
import type { ServiceStandardRow } from './mappers.ts';

// Keys that carry a date are "<id>@<YYYY-MM-DD>" (datedKey); one statement per entity type for all the dates of a
// batch (the rows valid on some day between the first and the last), each date picking its rows in memory.

/** Valid on the date: validFrom <= date <= validTo (open-ended when validTo is null), as the stores' SQL says. */
const covers = (row: { validFrom: string; validTo: string | null }, date: string) =>
  row.validFrom <= date && (row.validTo === null || date <= row.validTo);

export const createLoaders = loadersOnDemand<{ catalogue: CatalogueStore; providers: ProviderStore }>()({
  /** key: "<code>@<date>" */
  standardOn: (stores) =>
    new DataLoader<string, ServiceStandardRow | null>(async (keys) => {
      const asked = [...idsByDate(keys)];
      const dates = asked.map(([date]) => date).sort();
      const codes = [...new Set(asked.flatMap(([, ids]) => ids))];
      const rows = await stores.catalogue.standardsBetween(dates[0]!, dates.at(-1)!, codes);
      const found = new Map<string, ServiceStandardRow>();
      for (const [date, ids] of asked)
        for (const row of rows)
          if (ids.includes(row.standard.code) && covers(row, date))
            found.set(datedKey(row.standard.code, date), { ...row.standard, askedOn: date });
      return keys.map((key) => found.get(key) ?? null);
    }),
  versionById: (stores) =>
    oneByKey<CatalogueVersionRecord>(
      (ids) => stores.catalogue.versionsById(ids),
      (r) => r.id,
    ),
  lepByCode: (stores) =>
    oneByKey<LepServiceRecord>(
      (codes) => stores.catalogue.lepServices(codes),
      (r) => r.code,
    ),
  providerById: (stores) =>
    oneByKey<ProviderRecord>(
      (ids) => stores.providers.byIds(ids),
      (r) => r.id,
    ),
  /** key: "<providerId>@<date>" */
  accreditationsOn: (stores) =>
    new DataLoader<string, AccreditationRecord[]>(async (keys) => {
      const asked = [...idsByDate(keys)];
      const dates = asked.map(([date]) => date).sort();
      const rows = await stores.providers.accreditationsBetween(
        [...new Set(asked.flatMap(([, ids]) => ids))],
        dates[0]!,
        dates.at(-1)!,
      );
      const found = new Map<string, AccreditationRecord[]>();
      for (const [date, ids] of asked)
        for (const [providerId, ofProvider] of groupBy(
          rows.filter((r) => ids.includes(r.providerId) && covers(r, date)),
          (r) => r.providerId,
        ))
          found.set(datedKey(providerId, date), ofProvider);
      return keys.map((key) => found.get(key) ?? []);
    }),
});

export type Loaders = ReturnType<typeof createLoaders>;
