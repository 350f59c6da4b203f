import type { AuditLog } from '@reg/subgraph-kit';
import DataLoader from 'dataloader';
import type { DeliveryRecord, DeliveryStore, OverrideRecord, PathRecord } from './store/delivery-store.ts';
import type { IndicatorSnapshots } from './store/indicator-snapshots.ts';
import type { IndicatorStore } from './store/indicator-store.ts';
import type { FollowUpRecord, PlacementRecord, PlacementStore } from './store/placement-store.ts';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export interface OutcomesStores { deliveries: DeliveryStore; placements: PlacementStore; audit: AuditLog; indicators: IndicatorStore; indicatorSnapshots: IndicatorSnapshots }

const byIdLoader = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const rows = await load(ids);
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

const placementsBy = (stores: OutcomesStores, column: 'personId' | 'employerId' | 'vacancyId') =>
  new DataLoader<string, PlacementRecord[]>(async (ids) => {
    const groups = groupBy(await stores.placements.by(column, ids), (r) => r[column] ?? '');
    return ids.map((id) => groups.get(id) ?? []);
  });

const overridesBy = (stores: OutcomesStores, column: 'pathId' | 'deliveryId') =>
  new DataLoader<string, OverrideRecord[]>(async (ids) => {
    const groups = groupBy(await stores.deliveries.overridesBy(column, ids), (r) => r[column] ?? '');
    return ids.map((id) => groups.get(id) ?? []);
  });

const pathsBy = (stores: OutcomesStores, column: 'personId' | 'providerId') =>
  new DataLoader<string, PathRecord[]>(async (ids) => {
    const groups = groupBy(await stores.deliveries.pathsBy(column, ids), (r) => r[column]);
    return ids.map((id) => groups.get(id) ?? []);
  });

export function createLoaders(stores: OutcomesStores) {
  return {
    deliveryById: byIdLoader((ids) => stores.deliveries.byIds(ids)),
    placementById: byIdLoader((ids) => stores.placements.byIds(ids)),
    pathById: byIdLoader((ids) => stores.deliveries.pathsByIds(ids)),
    deliveriesByPath: new DataLoader<string, DeliveryRecord[]>(async (ids) => {
      const groups = groupBy(await stores.deliveries.byPaths(ids), (r) => r.pathId ?? '');
      return ids.map((id) => groups.get(id) ?? []);
    }),
    pathsByPerson: pathsBy(stores, 'personId'),
    pathsByProvider: pathsBy(stores, 'providerId'),
    overridesByDelivery: overridesBy(stores, 'deliveryId'),
    overridesByPath: overridesBy(stores, 'pathId'),
    deliveriesByPerson: new DataLoader<string, DeliveryRecord[]>(async (ids) => {
      const groups = groupBy(await stores.deliveries.byPersons(ids), (r) => r.personId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** key: JSON [providerId, from, to]; one statement per distinct date range. */
    deliveriesByProvider: new DataLoader<string, DeliveryRecord[]>(async (keys) => {
      const parsed = keys.map((k) => JSON.parse(k) as [string, string | null, string | null]);
      const results = new Map<string, DeliveryRecord[]>();
      const ranges = groupBy(parsed, ([, from, to]) => `${from}|${to}`);
      for (const group of ranges.values()) {
        const [, from, to] = group[0]!;
        const rows = groupBy(await stores.deliveries.byProviders(group.map(([id]) => id), from, to), (r) => r.providerId);
        for (const [id] of group) results.set(JSON.stringify([id, from, to]), rows.get(id) ?? []);
      }
      return keys.map((k) => results.get(k) ?? []);
    }),
    followUpById: byIdLoader((ids) => stores.placements.followUpsByIds(ids)),
    followUpsByPlacement: new DataLoader<string, FollowUpRecord[]>(async (ids) => {
      const groups = groupBy(await stores.placements.followUpsOf(ids), (r) => r.placementId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    placementsByPerson: placementsBy(stores, 'personId'),
    placementsByEmployer: placementsBy(stores, 'employerId'),
    placementsByVacancy: placementsBy(stores, 'vacancyId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
