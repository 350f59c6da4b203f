import DataLoader from 'dataloader';
import type { IndicatorStore } from './store/indicator-store.ts';
import type { EligibilityRecord, EnrolmentRecord, EnrolmentStore, EnrolmentTransitionRecord, ObservationRecord } from './store/enrolment-store.ts';
import type { ActionPlanRecord, PactCheckRecord, PlanStore, ServicePactRecord } from './store/plan-store.ts';
import type { DisabilityProfileRecord, FunctionalProfileRecord, ProfessionalRecordRecord, ProfileStore, ProfilingRecord, DisadvantageCertificationRecord } from './store/profile-store.ts';
import type { AuditLog } from '@reg/subgraph-kit';
import type { PersonRecord, PersonStore } from './store/person-store.ts';
import type { TakeInChargeRecord, TakeInChargeStore } from './store/take-in-charge-store.ts';

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export interface PeopleStores { persons: PersonStore; enrolments: EnrolmentStore; takeInCharges: TakeInChargeStore; profiles: ProfileStore; plans: PlanStore; audit: AuditLog; indicators: IndicatorStore }

const oneByKey = <T>(load: (keys: readonly string[]) => Promise<T[]>, key: (row: T) => string) =>
  new DataLoader<string, T | null>(async (keys) => {
    const rows = new Map((await load(keys)).map((r) => [key(r), r]));
    return keys.map((k) => rows.get(k) ?? null);
  });

const manyByKey = <T>(load: (keys: readonly string[]) => Promise<T[]>, key: (row: T) => string) =>
  new DataLoader<string, T[]>(async (keys) => {
    const groups = groupBy(await load(keys), key);
    return keys.map((k) => groups.get(k) ?? []);
  });

/** One DataLoader per entity type and relation, created per request: one statement per type per request. */
export function createLoaders(stores: PeopleStores) {
  return {
    eligibilityByEnrolment: oneByKey<EligibilityRecord>((ids) => stores.enrolments.eligibilityOf(ids), (r) => r.enrolmentId),
    observationsByEnrolment: manyByKey<ObservationRecord>((ids) => stores.enrolments.observationsOf(ids), (r) => r.enrolmentId),
    disabilityByPerson: oneByKey<DisabilityProfileRecord>((ids) => stores.profiles.disabilityOf(ids), (r) => r.personId),
    functionalProfilesByPerson: manyByKey<FunctionalProfileRecord>((ids) => stores.profiles.functionalProfilesOf(ids), (r) => r.personId),
    certificationsByPerson: manyByKey<DisadvantageCertificationRecord>((ids) => stores.profiles.disadvantageCertificationsOf(ids), (r) => r.personId),
    profilingsByPerson: manyByKey<ProfilingRecord>((ids) => stores.profiles.profilingsOf(ids), (r) => r.personId),
    professionalRecordsByPerson: manyByKey<ProfessionalRecordRecord>((ids) => stores.profiles.professionalRecordsOf(ids), (r) => r.personId),
    pactsByPerson: manyByKey<ServicePactRecord>((ids) => stores.plans.pactsOf(ids), (r) => r.personId),
    pactById: oneByKey<ServicePactRecord>((ids) => stores.plans.pactsById(ids), (r) => r.id),
    checksByPact: manyByKey<PactCheckRecord>((ids) => stores.plans.checksOf(ids), (r) => r.pactId),
    plansByPerson: manyByKey<ActionPlanRecord>((ids) => stores.plans.plansOf(ids), (r) => r.personId),
    planById: oneByKey<ActionPlanRecord>((ids) => stores.plans.plansById(ids), (r) => r.id),
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
