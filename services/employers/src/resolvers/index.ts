import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Employer } from './employer.ts';
import { Mutation } from './mutation.ts';
import {
  Agreement,
  Exemption,
  LateWorkforceReport,
  ObligationStatus,
  ReportedProtectedStatus,
  ReportedWorker,
  Suspension,
  WorkforceReport,
} from './obligation-records.ts';
import { Query } from './query.ts';
import { fileReferralRequest } from './file-referral-request.ts';
import { recordReferralOutcome } from './record-referral-outcome.ts';
import { referFromRankingList } from './refer-from-ranking-list.ts';
import { personReferrals, Referral, ReferralRequest } from './referral.ts';
import { referralRequest, referralRequests } from './referral-request-queries.ts';
import { Candidacy, CandidateExclusion, JobProfile, Person, Shortlist, ShortlistCandidate } from './shortlist.ts';
import { Vacancy } from './vacancy.ts';
import { Viewer } from './viewer.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, referralRequest, referralRequests },
  Mutation: auditedMutations({ ...Mutation, fileReferralRequest, referFromRankingList, recordReferralOutcome }),
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
};
