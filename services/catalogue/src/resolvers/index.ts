import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './mutation.ts';
import { Provider } from './provider.ts';
import { Query } from './query.ts';
import { LepService, ServiceStandard } from './service-standard.ts';
import { Viewer } from './viewer.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: auditedMutations(Mutation),
  ServiceStandard,
  LepService,
  Provider,
  Viewer,
};
