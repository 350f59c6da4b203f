import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { authorisePartialExemption } from './authorise-partial-exemption.ts';
import { buildShortlist } from './build-shortlist.ts';
import { closeVacancy } from './close-vacancy.ts';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import { employer } from './employer.ts';
import { employers } from './employers.ts';
import { employersAuditEvents } from './employers-audit-events.ts';
import { l68Amounts } from './l68-amounts.ts';
import { lateWorkforceReports } from './late-workforce-reports.ts';
import { obligationRanking } from './obligation-ranking.ts';
import { obligationStatus } from './obligation-status.ts';
import { importEmployers } from './import-employers.ts';
import { importWorkforceReports } from './import-workforce-reports.ts';
import { importVacancies } from './import-vacancies.ts';
import { openVacancy } from './open-vacancy.ts';
import { recordShortlistFeedback } from './record-shortlist-feedback.ts';
import { registerEmployer } from './register-employer.ts';
import { sendShortlist } from './send-shortlist.ts';
import { setVacancyJobProfile } from './set-vacancy-job-profile.ts';
import { shortlist } from './shortlist.ts';
import { signAgreement } from './sign-agreement.ts';
import { submitWorkforceReport } from './submit-workforce-report.ts';
import { suspendObligation } from './suspend-obligation.ts';
import { Employer } from './types/employer.ts';
import {
  Agreement,
  Exemption,
  LateWorkforceReport,
  ObligationStatus,
  ReportedProtectedStatus,
  ReportedWorker,
  Suspension,
  WorkforceReport,
} from './types/obligation-records.ts';
import { Candidacy, CandidateExclusion, JobProfile, Person, Shortlist, ShortlistCandidate } from './types/shortlist.ts';
import { Vacancy } from './types/vacancy.ts';
import { Viewer } from './types/viewer.ts';
import { vacancies } from './vacancies.ts';
import { vacancy } from './vacancy.ts';
import { fileReferralRequest } from './file-referral-request.ts';
import { recordReferralOutcome } from './record-referral-outcome.ts';
import { referFromRankingList } from './refer-from-ranking-list.ts';
import { referralRequest } from './referral-request.ts';
import { referralRequests } from './referral-requests.ts';
import { personReferrals, Referral, ReferralRequest } from './types/referral.ts';
import { IndicatorCell, IndicatorFamily, IndicatorTable } from './types/indicators.ts';

/** One file per root field (named after it), one per type or group of types under `types/`. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    employersAuditEvents,
    employer,
    employers,
    vacancy,
    vacancies,
    shortlist,
    computeL68Obligation,
    l68Amounts,
    obligationStatus,
    obligationRanking,
    lateWorkforceReports,
    referralRequest,
    referralRequests,
  },
  Mutation: auditedMutations({
    registerEmployer,
    openVacancy,
    importEmployers,
    importWorkforceReports,
    importVacancies,
    setVacancyJobProfile,
    closeVacancy,
    submitWorkforceReport,
    authorisePartialExemption,
    signAgreement,
    suspendObligation,
    buildShortlist,
    sendShortlist,
    recordShortlistFeedback,
    fileReferralRequest,
    referFromRankingList,
    recordReferralOutcome,
  }),
  Employer,
  Vacancy,
  JobProfile,
  Shortlist,
  ShortlistCandidate,
  CandidateExclusion,
  Person: { ...Person, referrals: personReferrals },
  ReferralRequest,
  Referral,
  Candidacy,
  WorkforceReport,
  ReportedWorker,
  ReportedProtectedStatus,
  Exemption,
  Agreement,
  Suspension,
  ObligationStatus,
  LateWorkforceReport,
  Viewer,
  IndicatorTable,
  IndicatorFamily,
  IndicatorCell,
};
