import { byIdLoader, groupBy, loadersOnDemand, manyByKey, type AuditLog } from '@reg/subgraph-kit';
import DataLoader from 'dataloader';
import type { DeliveryRecord, DeliveryStore, OverrideRecord, PathRecord } from './store/delivery-store.ts';
import type {
  CancellationRecord,
  EmployerServiceRecord,
  EmployerServiceStore,
} from './store/employer-service-store.ts';
import type { IndicatorSnapshots } from './store/indicator-snapshots.ts';
import type { IndicatorStore } from './store/indicator-store.ts';
import type {
  DossierEntryRecord,
  ExtensionRecord,
  InternshipRecord,
  InternshipStore,
} from './store/internship-store.ts';
import type { FollowUpRecord, PlacementRecord, PlacementStore } from './store/placement-store.ts';

export interface OutcomesStores {
  deliveries: DeliveryStore;
  placements: PlacementStore;
  employerServices: EmployerServiceStore;
  internships: InternshipStore;
  audit: AuditLog;
  indicators: IndicatorStore;
  indicatorSnapshots: IndicatorSnapshots;
}

const placementsBy = (stores: OutcomesStores, column: 'personId' | 'employerId' | 'vacancyId' | 'internshipId') =>
  manyByKey<PlacementRecord>(
    (ids) => stores.placements.by(column, ids),
    (r) => r[column] ?? '',
  );

const internshipsBy = (stores: OutcomesStores, column: 'personId' | 'hostEmployerId') =>
  manyByKey<InternshipRecord>(
    (ids) => stores.internships.by(column, ids),
    (r) => r[column],
  );

const overridesBy = (stores: OutcomesStores, column: 'pathId' | 'deliveryId') =>
  manyByKey<OverrideRecord>(
    (ids) => stores.deliveries.overridesBy(column, ids),
    (r) => r[column] ?? '',
  );

const pathsBy = (stores: OutcomesStores, column: 'personId' | 'providerId') =>
  manyByKey<PathRecord>(
    (ids) => stores.deliveries.pathsBy(column, ids),
    (r) => r[column],
  );

export const createLoaders = loadersOnDemand<OutcomesStores>()({
  deliveryById: (stores) => byIdLoader((ids) => stores.deliveries.byIds(ids)),
  placementById: (stores) => byIdLoader((ids) => stores.placements.byIds(ids)),
  pathById: (stores) => byIdLoader((ids) => stores.deliveries.pathsByIds(ids)),
  deliveriesByPath: (stores) =>
    manyByKey<DeliveryRecord>(
      (ids) => stores.deliveries.byPaths(ids),
      (r) => r.pathId ?? '',
    ),
  pathsByPerson: (stores) => pathsBy(stores, 'personId'),
  pathsByProvider: (stores) => pathsBy(stores, 'providerId'),
  overridesByDelivery: (stores) => overridesBy(stores, 'deliveryId'),
  overridesByPath: (stores) => overridesBy(stores, 'pathId'),
  deliveriesByPerson: (stores) =>
    manyByKey<DeliveryRecord>(
      (ids) => stores.deliveries.byPersons(ids),
      (r) => r.personId,
    ),
  /** key: JSON [providerId, from, to]; one statement per distinct date range. */
  deliveriesByProvider: (stores) =>
    new DataLoader<string, DeliveryRecord[]>(async (keys) => {
      const parsed = keys.map((k) => JSON.parse(k) as [string, string | null, string | null]);
      const results = new Map<string, DeliveryRecord[]>();
      const ranges = groupBy(parsed, ([, from, to]) => `${from}|${to}`);
      for (const group of ranges.values()) {
        const [, from, to] = group[0]!;
        const rows = groupBy(
          await stores.deliveries.byProviders(
            group.map(([id]) => id),
            from,
            to,
          ),
          (r) => r.providerId,
        );
        for (const [id] of group) results.set(JSON.stringify([id, from, to]), rows.get(id) ?? []);
      }
      return keys.map((k) => results.get(k) ?? []);
    }),
  followUpById: (stores) => byIdLoader((ids) => stores.placements.followUpsByIds(ids)),
  followUpsByPlacement: (stores) =>
    manyByKey<FollowUpRecord>(
      (ids) => stores.placements.followUpsOf(ids),
      (r) => r.placementId,
    ),
  placementsByPerson: (stores) => placementsBy(stores, 'personId'),
  placementsByEmployer: (stores) => placementsBy(stores, 'employerId'),
  placementsByVacancy: (stores) => placementsBy(stores, 'vacancyId'),
  employerServiceById: (stores) => byIdLoader((ids) => stores.employerServices.byIds(ids)),
  employerServicesByEmployer: (stores) =>
    manyByKey<EmployerServiceRecord>(
      (ids) => stores.employerServices.byEmployers(ids),
      (r) => r.employerId,
    ),
  placementsByInternship: (stores) => placementsBy(stores, 'internshipId'),
  internshipById: (stores) => byIdLoader((ids) => stores.internships.byIds(ids)),
  internshipsByPerson: (stores) => internshipsBy(stores, 'personId'),
  internshipsByHost: (stores) => internshipsBy(stores, 'hostEmployerId'),
  extensionsByInternship: (stores) =>
    manyByKey<ExtensionRecord>(
      (ids) => stores.internships.extensionsOf(ids),
      (r) => r.internshipId,
    ),
  cancellationByEmployerService: (stores) =>
    new DataLoader<string, CancellationRecord | null>(async (ids) => {
      const rows = new Map((await stores.employerServices.cancellationsOf(ids)).map((r) => [r.deliveryId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  dossierByInternship: (stores) =>
    manyByKey<DossierEntryRecord>(
      (ids) => stores.internships.dossierOf(ids),
      (r) => r.internshipId,
    ),
});

export type Loaders = ReturnType<typeof createLoaders>;
