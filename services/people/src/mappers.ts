import type { AuditEventRecord } from '@reg/subgraph-kit';
import type {
  EligibilityRecord,
  EnrolmentRecord,
  EnrolmentTransitionRecord,
  ObservationRecord,
} from './store/enrolment-store.ts';
import type { PersonRecord } from './store/person-store.ts';
import type { ActionPlanRecord, PactCheckRecord, ServicePactRecord } from './store/plan-store.ts';
import type { DisabilityProfileRecord, FunctionalProfileRecord } from './store/profile-store.ts';
import type { TakeInChargeRecord } from './store/take-in-charge-store.ts';
import type { UnemploymentEventRecord } from './store/unemployment-store.ts';

export type PersonRow = PersonRecord;
export type EnrolmentRow = EnrolmentRecord;
export type EnrolmentTransitionRow = EnrolmentTransitionRecord;
export type EnrolmentObservationRow = ObservationRecord;
export type EligibilityRow = EligibilityRecord;
export type TakeInChargeRow = TakeInChargeRecord;
export type DisabilityProfileRow = DisabilityProfileRecord;
export type FunctionalProfileRow = FunctionalProfileRecord;
export type ServicePactRow = ServicePactRecord;
export type PactCheckRow = PactCheckRecord;
export type ActionPlanRow = ActionPlanRecord;
export type PlannedServiceRow = ActionPlanRecord['services'][number];
/** Provider is owned by the catalogue: here only its key. */
export type ProviderRow = { id: string };
export type AuditEventRow = AuditEventRecord;
export type UnemploymentEventRow = UnemploymentEventRecord;
export type EnrolmentTransferRow = import('./store/transfer-store.ts').EnrolmentTransferRecord;
/** Computed by rules/unemployment-status.ts for the day asked. */
export type UnemploymentStatusRow = import('./rules/unemployment-status.ts').UnemploymentStatus & { on: string };
/** An indicator table is its request, encoded in its id; each family computes its cells when asked. */
export type IndicatorTableRow = { id: string };
export type IndicatorFamilyRow = import('@reg/indicators').PublishedFamily;
export type IndicatorCellRow = import('@reg/indicators').PublishedCell;
/** One row's outcome of importPeople (use-cases/import-people.ts). */
export type PersonImportResultRow = {
  index: number;
  status: 'CREATED' | 'REJECTED';
  person: PersonRecord | null;
  enrolment: EnrolmentRecord | null;
  takeInCharges: TakeInChargeRecord[];
  errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
};
/** One row's outcome of importServicePacts (use-cases/import-service-pacts.ts). */
export type ServicePactImportResultRow = {
  index: number;
  status: 'CREATED' | 'REJECTED';
  pact: import('./store/plan-store.ts').ServicePactRecord | null;
  actionPlan: import('./store/plan-store.ts').ActionPlanRecord | null;
  errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
};
