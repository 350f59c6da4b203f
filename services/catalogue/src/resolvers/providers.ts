import { todayInRome } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const providers: QueryResolvers['providers'] = (_, { province, kind, serviceCode }, { stores }) =>
  stores.providers.list({ province, kind, serviceCode, on: todayInRome() });
