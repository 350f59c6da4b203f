import DataLoader from 'dataloader';
import type { EnrolmentRecord, EnrolmentStore, EnrolmentTransitionRecord } from './store/enrolment-store.ts';
import type { PersonRecord, PersonStore } from './store/person-store.ts';
import type { TakeInChargeRecord, TakeInChargeStore } from './store/take-in-charge-store.ts';

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export interface PeopleStores { persons: PersonStore; enrolments: EnrolmentStore; takeInCharges: TakeInChargeStore }

/** One DataLoader per entity type and relation, created per request: one statement per type per request. */
export function createLoaders(stores: PeopleStores) {
  return {
    personById: new DataLoader<string, PersonRecord | null>(async (ids) => {
      const rows = await stores.persons.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    enrolmentById: new DataLoader<string, EnrolmentRecord | null>(async (ids) => {
      const rows = await stores.enrolments.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    enrolmentsByPerson: new DataLoader<string, EnrolmentRecord[]>(async (ids) => {
      const groups = groupBy(await stores.enrolments.byPersons(ids), (r) => r.personId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    transitionsByEnrolment: new DataLoader<string, EnrolmentTransitionRecord[]>(async (ids) => {
      const groups = groupBy(await stores.enrolments.transitionsOf(ids), (r) => r.enrolmentId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    takeInChargeById: new DataLoader<string, TakeInChargeRecord | null>(async (ids) => {
      const rows = await stores.takeInCharges.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    takeInChargesByPerson: new DataLoader<string, TakeInChargeRecord[]>(async (ids) => {
      const groups = groupBy(await stores.takeInCharges.byPersons(ids), (r) => r.personId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    takeInChargesByProvider: new DataLoader<string, Array<TakeInChargeRecord & { personProvince: string }>>(async (ids) => {
      const groups = groupBy(await stores.takeInCharges.byProviders(ids), (r) => r.providerId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
