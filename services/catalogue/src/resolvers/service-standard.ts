import { todayInRome } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const serviceStandard: QueryResolvers['serviceStandard'] = (_, { code, on }, { loaders }) =>
  loaders.standardOn.load(`${code}@${on ?? todayInRome()}`);
