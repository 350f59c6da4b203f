import type { Identity } from '@reg/auth';
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
import type {
  AgreementRecord,
  ExemptionRecord,
  SuspensionRecord,
  WorkforceReportRecord,
} from './store/obligation-store.ts';

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
import type { JobProfile } from './rules/matching/job-profile.ts';
import type { Exclusion } from './rules/matching/shortlist.ts';
import type { ShortlistFeedbackRecord, ShortlistRecord } from './store/shortlist-store.ts';
import type { StoredCandidate } from './store/tables.ts';

export type ShortlistRow = ShortlistRecord;
/** A kept candidate with the shortlist it belongs to, for its feedback. */
export type ShortlistCandidateRow = StoredCandidate & { shortlistId: string };
export type CandidateFeedbackRow = ShortlistFeedbackRecord;
export type CandidateExclusionRow = { personId: string; exclusions: Exclusion[] };
/** The stored profile with the employer it belongs to, for its site. */
export type JobProfileRow = JobProfile & { employerId: string };
/** Person is owned by the people subgraph: here only its key. */
export type PersonRow = { id: string };
/** A person's place on a kept shortlist. */
export type CandidacyRow = { shortlist: ShortlistRecord; candidate: StoredCandidate };

export type AuditEventRow = AuditEventRecord;
/** The caller: answered from the verified identity, never from anything the request names. */
export type ViewerRow = Identity;
import type { ReferralRecord, ReferralRequestRecord } from './store/referral-store.ts';

export type ReferralRequestRow = ReferralRequestRecord;
export type ReferralRow = ReferralRecord;

/** The indicator table (its id is the request) and the published L. 68/1999 family (@reg/indicators). */
export type IndicatorTableRow = { id: string };
export type IndicatorFamilyRow = import('@reg/indicators').PublishedFamily;
export type IndicatorCellRow = import('@reg/indicators').PublishedCell;
/** One row's outcome of importWorkforceReports (use-cases/workforce-report-import.ts). */
export type WorkforceReportImportResultRow = {
  index: number;
  status: 'CREATED' | 'REJECTED';
  report: WorkforceReportRecord | null;
  errors: Array<{ code: string; message: string; field: string | null; rule: string | null }>;
};
