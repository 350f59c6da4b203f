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
import { byIdLoader, loadersOnDemand, manyByKey, oneByKey, type AuditLog } from '@reg/subgraph-kit';
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

/** One DataLoader per entity type and relation, made per request on first use: one statement per type per request. */
export const createLoaders = loadersOnDemand<PeopleStores>()({
  /** An importer resolves a batch's fiscal codes in one request of aliased fields: one statement for them all. */
  personByFiscalCode: (stores) =>
    oneByKey<PersonRecord>(
      (codes) => stores.persons.byFiscalCodes(codes),
      (r) => r.fiscalCode,
    ),
  eligibilityByEnrolment: (stores) =>
    oneByKey<EligibilityRecord>(
      (ids) => stores.enrolments.eligibilityOf(ids),
      (r) => r.enrolmentId,
    ),
  observationsByEnrolment: (stores) =>
    manyByKey<ObservationRecord>(
      (ids) => stores.enrolments.observationsOf(ids),
      (r) => r.enrolmentId,
    ),
  disabilityByPerson: (stores) =>
    oneByKey<DisabilityProfileRecord>(
      (ids) => stores.profiles.disabilityOf(ids),
      (r) => r.personId,
    ),
  functionalProfilesByPerson: (stores) =>
    manyByKey<FunctionalProfileRecord>(
      (ids) => stores.profiles.functionalProfilesOf(ids),
      (r) => r.personId,
    ),
  certificationsByPerson: (stores) =>
    manyByKey<DisadvantageCertificationRecord>(
      (ids) => stores.profiles.disadvantageCertificationsOf(ids),
      (r) => r.personId,
    ),
  profilingsByPerson: (stores) =>
    manyByKey<ProfilingRecord>(
      (ids) => stores.profiles.profilingsOf(ids),
      (r) => r.personId,
    ),
  professionalRecordsByPerson: (stores) =>
    manyByKey<ProfessionalRecordRecord>(
      (ids) => stores.profiles.professionalRecordsOf(ids),
      (r) => r.personId,
    ),
  pactsByPerson: (stores) =>
    manyByKey<ServicePactRecord>(
      (ids) => stores.plans.pactsOf(ids),
      (r) => r.personId,
    ),
  pactById: (stores) =>
    oneByKey<ServicePactRecord>(
      (ids) => stores.plans.pactsById(ids),
      (r) => r.id,
    ),
  checksByPact: (stores) =>
    manyByKey<PactCheckRecord>(
      (ids) => stores.plans.checksOf(ids),
      (r) => r.pactId,
    ),
  plansByPerson: (stores) =>
    manyByKey<ActionPlanRecord>(
      (ids) => stores.plans.plansOf(ids),
      (r) => r.personId,
    ),
  planById: (stores) =>
    oneByKey<ActionPlanRecord>(
      (ids) => stores.plans.plansById(ids),
      (r) => r.id,
    ),
  unemploymentEventsByPerson: (stores) =>
    manyByKey<UnemploymentEventRecord>(
      (ids) => stores.unemployment.eventsOf(ids),
      (r) => r.personId,
    ),
  transferById: (stores) => byIdLoader<EnrolmentTransferRecord>((ids) => stores.transfers.byIds(ids)),
  transfersByPerson: (stores) =>
    manyByKey<EnrolmentTransferRecord>(
      (ids) => stores.transfers.byPersons(ids),
      (r) => r.personId,
    ),
  /** By targetGroupAsk (person and day): every person and day a request asks, in one pass of the rules. */
  targetGroupsByPersonDay: (stores) =>
    new DataLoader<string, TargetGroupsOfDay | null>(async (keys) => {
      const asks = keys.map((k) => ({ personId: k.slice(0, k.indexOf('|')), on: k.slice(k.indexOf('|') + 1) }));
      const found = await stores.indicators.targetGroupsOf(asks);
      return keys.map((k) => found.get(k) ?? null);
    }),
  personById: (stores) => byIdLoader<PersonRecord>((ids) => stores.persons.byIds(ids)),
  enrolmentById: (stores) => byIdLoader<EnrolmentRecord>((ids) => stores.enrolments.byIds(ids)),
  enrolmentsByPerson: (stores) =>
    manyByKey<EnrolmentRecord>(
      (ids) => stores.enrolments.byPersons(ids),
      (r) => r.personId,
    ),
  transitionsByEnrolment: (stores) =>
    manyByKey<EnrolmentTransitionRecord>(
      (ids) => stores.enrolments.transitionsOf(ids),
      (r) => r.enrolmentId,
    ),
  takeInChargeById: (stores) => byIdLoader<TakeInChargeRecord>((ids) => stores.takeInCharges.byIds(ids)),
  takeInChargesByPerson: (stores) =>
    manyByKey<TakeInChargeRecord>(
      (ids) => stores.takeInCharges.byPersons(ids),
      (r) => r.personId,
    ),
  takeInChargesByProvider: (stores) =>
    manyByKey<TakeInChargeRecord & { personProvince: string }>(
      (ids) => stores.takeInCharges.byProviders(ids),
      (r) => r.providerId,
    ),
});

export type Loaders = ReturnType<typeof createLoaders>;
