import { DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Employer, Person, Placement, Provider, ServiceDelivery, ServiceStandard, Vacancy } from './entities.ts';
import { Query } from './query.ts';
import { recordPlacement } from './record-placement.ts';
import { reportServiceDelivery } from './report-service-delivery.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: { reportServiceDelivery, recordPlacement },
  ServiceDelivery, Placement, Person, Provider, Employer, Vacancy, ServiceStandard,
};
