import { forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const lateEnrolments: QueryResolvers['lateEnrolments'] = async (_, __, { identity, stores }) => {
  if (identity.orgKind !== 'cpi' || !identity.province)
    throw forbidden('The list of late applications is for the CPI of the province');
  return stores.enrolments.late(identity.province, todayInRome());
};
