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
import { Candidacy, CandidateExclusion, JobProfile, Person, Shortlist, ShortlistCandidate } from './shortlist.ts';
import { Vacancy } from './vacancy.ts';
import { Viewer } from './viewer.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: auditedMutations(Mutation),
  Employer,
  Vacancy,
  JobProfile,
  Shortlist,
  ShortlistCandidate,
  CandidateExclusion,
  Person,
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
