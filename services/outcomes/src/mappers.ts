import type { AuditEventRecord } from '@reg/subgraph-kit';
import type { DeliveryRecord, OverrideRecord, PathRecord } from './store/delivery-store.ts';
import type { DueFollowUp } from './rules/follow-up-schedule.ts';
import type { CancellationRecord, EmployerServiceRecord } from './store/employer-service-store.ts';
import type { DossierEntryRecord, ExtensionRecord, InternshipRecord } from './store/internship-store.ts';
import type { FollowUpRecord, PlacementRecord } from './store/placement-store.ts';

export type ServiceDeliveryRow = DeliveryRecord;
export type PlacementRow = PlacementRecord;
export type EmployerServiceDeliveryRow = EmployerServiceRecord;
export type FollowUpRow = FollowUpRecord;
/** An internship is its one row; its project, tutors and attestation are read from its columns. */
export type InternshipRow = InternshipRecord;
export type InternshipDossierEntryRow = DossierEntryRecord;
export type InternshipExtensionRow = ExtensionRecord;
export type EmployerServiceCancellationRow = CancellationRecord;
/** A check due, with the placement it is for (already visible to the caller). */
export type FollowUpDueRow = DueFollowUp & { placement: PlacementRecord };
export type ServicePathRow = PathRecord;
export type RuleOverrideRow = OverrideRecord;
/** A batch row's result: errors already shaped for the client. */
export type BatchRowResultRow = {
  index: number;
  idempotencyKey: string;
  status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
  delivery: DeliveryRecord | null;
  errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
};
/** A row of the employer services' batch: errors already shaped for the client. */
export type EmployerServiceBatchRowResultRow = Omit<BatchRowResultRow, 'delivery'> & {
  delivery: EmployerServiceRecord | null;
};
/** Entities owned elsewhere: only their keys here. */
export type PersonRow = { id: string };
export type ProviderRow = { id: string };
export type EmployerRow = { id: string };
export type VacancyRow = { id: string };
export type ServiceStandardRow = { code: string };
/** A quota hire is a placement row read without its person. */
export type QuotaHireRow = PlacementRecord;
/** An indicator table is its request, encoded in its id; each family computes its cells when asked. */
export type IndicatorTableRow = { id: string };
export type IndicatorFamilyRow = import('@reg/indicators').PublishedFamily;
export type IndicatorCellRow = import('@reg/indicators').PublishedCell;

export type AuditEventRow = AuditEventRecord;
/** One row's outcome of recordPlacements (use-cases/record-placements.ts). */
export type PlacementBatchResultRow = {
  index: number;
  idempotencyKey: string;
  status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
  placement: import('./store/placement-store.ts').PlacementRecord | null;
  errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
};
/** One row's outcome of reportEmployerServiceDeliveries (use-cases/report-employer-services.ts). */
export type EmployerServiceBatchResultRow = {
  index: number;
  idempotencyKey: string;
  status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
  delivery: import('./store/employer-service-store.ts').EmployerServiceRecord | null;
  errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
};
