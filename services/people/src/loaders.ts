import DataLoader from 'dataloader';
import type { TargetGroupsOfDay } from './rules/target-groups.ts';
import type { ImportStore } from './store/import-store.ts';
import type { IndicatorStore } from './store/indicator-store.ts';
import type {
  EligibilityRecord,
  EnrolmentRecord,
  EnrolmentStore,
  EnrolmentTransitionRecord,
  ObservationRecord,
} from './store/enrolment-store.ts';
import type { ActionPlanRecord, PactCheckRecord, PlanStore, ServicePactRecord } from './store/plan-store.ts';
import type {
  DisabilityProfileRecord,
  DisadvantageCertificationRecord,
  FunctionalProfileRecord,
  ProfessionalRecordRecord,
  ProfileStore,
  ProfilingRecord,
} from './store/profile-store.ts';
import { byIdLoader, manyByKey, oneByKey, type AuditLog } from '@reg/subgraph-kit';
import type { PersonRecord, PersonStore } from './store/person-store.ts';
import type { TakeInChargeRecord, TakeInChargeStore } from './store/take-in-charge-store.ts';
import type { EnrolmentTransferRecord, TransferStore } from './store/transfer-store.ts';
import type { UnemploymentEventRecord, UnemploymentStore } from './store/unemployment-store.ts';

export interface PeopleStores {
  persons: PersonStore;
  enrolments: EnrolmentStore;
  takeInCharges: TakeInChargeStore;
  imports: ImportStore;
  profiles: ProfileStore;
  plans: PlanStore;
  audit: AuditLog;
  indicators: IndicatorStore;
  unemployment: UnemploymentStore;
  transfers: TransferStore;
}

/** One DataLoader per entity type and relation, created per request: one statement per type per request. */
export function createLoaders(stores: PeopleStores) {
  return {
    /** An importer resolves a batch's fiscal codes in one request of aliased fields: one statement for them all. */
    personByFiscalCode: oneByKey<PersonRecord>(
      (codes) => stores.persons.byFiscalCodes(codes),
      (r) => r.fiscalCode,
    ),
    eligibilityByEnrolment: oneByKey<EligibilityRecord>(
      (ids) => stores.enrolments.eligibilityOf(ids),
      (r) => r.enrolmentId,
    ),
    observationsByEnrolment: manyByKey<ObservationRecord>(
      (ids) => stores.enrolments.observationsOf(ids),
      (r) => r.enrolmentId,
    ),
    disabilityByPerson: oneByKey<DisabilityProfileRecord>(
      (ids) => stores.profiles.disabilityOf(ids),
      (r) => r.personId,
    ),
    functionalProfilesByPerson: manyByKey<FunctionalProfileRecord>(
      (ids) => stores.profiles.functionalProfilesOf(ids),
      (r) => r.personId,
    ),
    certificationsByPerson: manyByKey<DisadvantageCertificationRecord>(
      (ids) => stores.profiles.disadvantageCertificationsOf(ids),
      (r) => r.personId,
    ),
    profilingsByPerson: manyByKey<ProfilingRecord>(
      (ids) => stores.profiles.profilingsOf(ids),
      (r) => r.personId,
    ),
    professionalRecordsByPerson: manyByKey<ProfessionalRecordRecord>(
      (ids) => stores.profiles.professionalRecordsOf(ids),
      (r) => r.personId,
    ),
    pactsByPerson: manyByKey<ServicePactRecord>(
      (ids) => stores.plans.pactsOf(ids),
      (r) => r.personId,
    ),
    pactById: oneByKey<ServicePactRecord>(
      (ids) => stores.plans.pactsById(ids),
      (r) => r.id,
    ),
    checksByPact: manyByKey<PactCheckRecord>(
      (ids) => stores.plans.checksOf(ids),
      (r) => r.pactId,
    ),
    plansByPerson: manyByKey<ActionPlanRecord>(
      (ids) => stores.plans.plansOf(ids),
      (r) => r.personId,
    ),
    planById: oneByKey<ActionPlanRecord>(
      (ids) => stores.plans.plansById(ids),
      (r) => r.id,
    ),
    unemploymentEventsByPerson: manyByKey<UnemploymentEventRecord>(
      (ids) => stores.unemployment.eventsOf(ids),
      (r) => r.personId,
    ),
    transferById: byIdLoader<EnrolmentTransferRecord>((ids) => stores.transfers.byIds(ids)),
    transfersByPerson: manyByKey<EnrolmentTransferRecord>(
      (ids) => stores.transfers.byPersons(ids),
      (r) => r.personId,
    ),
    /** By targetGroupAsk (person and day): every person and day a request asks, in one pass of the rules. */
    targetGroupsByPersonDay: new DataLoader<string, TargetGroupsOfDay | null>(async (keys) => {
      const asks = keys.map((k) => ({ personId: k.slice(0, k.indexOf('|')), on: k.slice(k.indexOf('|') + 1) }));
      const found = await stores.indicators.targetGroupsOf(asks);
      return keys.map((k) => found.get(k) ?? null);
    }),
    personById: byIdLoader<PersonRecord>((ids) => stores.persons.byIds(ids)),
    enrolmentById: byIdLoader<EnrolmentRecord>((ids) => stores.enrolments.byIds(ids)),
    enrolmentsByPerson: manyByKey<EnrolmentRecord>(
      (ids) => stores.enrolments.byPersons(ids),
      (r) => r.personId,
    ),
    transitionsByEnrolment: manyByKey<EnrolmentTransitionRecord>(
      (ids) => stores.enrolments.transitionsOf(ids),
      (r) => r.enrolmentId,
    ),
    takeInChargeById: byIdLoader<TakeInChargeRecord>((ids) => stores.takeInCharges.byIds(ids)),
    takeInChargesByPerson: manyByKey<TakeInChargeRecord>(
      (ids) => stores.takeInCharges.byPersons(ids),
      (r) => r.personId,
    ),
    takeInChargesByProvider: manyByKey<TakeInChargeRecord & { personProvince: string }>(
      (ids) => stores.takeInCharges.byProviders(ids),
      (r) => r.providerId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
