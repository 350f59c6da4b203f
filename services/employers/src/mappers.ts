import type { AuditEventRecord } from '@reg/subgraph-kit';
import type { L68Obligation } from './rules/l68-quota/index.ts';
import type { EmployerRecord, EmployerSiteRecord } from './store/employer-store.ts';
import type { VacancyRecord } from './store/vacancy-store.ts';

export type EmployerRow = EmployerRecord;
export type EmployerSiteRow = EmployerSiteRecord;
export type VacancyRow = VacancyRecord;
/** The calculator's own result: it maps 1:1 onto the GraphQL type (its arrays are readonly). */
export type L68ObligationRow = L68Obligation;
import type { ObligationStatus } from './rules/obligation-status.ts';
import type { LateReport } from './rules/late-report.ts';
import type { ProtectedStatusInput, WorkerInput } from './rules/l68-quota/index.ts';
import type { AgreementRecord, ExemptionRecord, SuspensionRecord, WorkforceReportRecord } from './store/obligation-store.ts';

export type WorkforceReportRow = WorkforceReportRecord;
/** A worker row as submitted: optional fields keep their absence, the resolvers apply the SDL defaults. */
export type ReportedWorkerRow = WorkerInput;
export type ReportedProtectedStatusRow = ProtectedStatusInput;
export type ExemptionRow = ExemptionRecord;
export type AgreementRow = AgreementRecord;
export type SuspensionRow = SuspensionRecord;
/** The pure rule's answer, with the employer it is about. */
export type ObligationStatusRow = ObligationStatus & { employerId: string };
export type LateWorkforceReportRow = LateReport & { employerId: string };

export type AuditEventRow = AuditEventRecord;
