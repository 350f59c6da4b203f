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
      const rows = groupBy(
        await stores.catalogue.standardsBetween(dates[0]!, dates.at(-1)!, codes),
        (row) => row.standard.code,
      );
      const found = new Map<string, ServiceStandardRow>();
      // Each key looks only at its code's versions; the last version that covers the date wins, as in the rows' order.
      for (const [date, ids] of asked)
        for (const code of ids)
          for (const row of rows.get(code) ?? [])
            if (covers(row, date)) found.set(datedKey(code, date), { ...row.standard, askedOn: date });
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
      const rows = groupBy(
        await stores.providers.accreditationsBetween(
          [...new Set(asked.flatMap(([, ids]) => ids))],
          dates[0]!,
          dates.at(-1)!,
        ),
        (r) => r.providerId,
      );
      const found = new Map<string, AccreditationRecord[]>();
      // Each key filters only its provider's rows (in the store's order), not every row of the batch.
      for (const [date, ids] of asked)
        for (const providerId of ids) {
          const valid = (rows.get(providerId) ?? []).filter((r) => covers(r, date));
          if (valid.length > 0) found.set(datedKey(providerId, date), valid);
        }
      return keys.map((key) => found.get(key) ?? []);
    }),
});

export type Loaders = ReturnType<typeof createLoaders>;
