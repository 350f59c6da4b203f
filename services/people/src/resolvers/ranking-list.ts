import { forbidden } from '@reg/errors';
import { requireScope } from '@reg/subgraph-kit';
import type { Identity } from '@reg/auth';
import type { QueryResolvers } from '../generated/graphql.ts';
import { rankedList } from '../use-cases/ranked-list.ts';

/** The ranking list of the caller's province; it names people with health-related data, hence CPI only with health:read. */
export const rankingList: QueryResolvers['rankingList'] = async (_, { list, referenceDate }, ctx) => {
  const province = cpiProvinceWithHealthRead(ctx.identity);
  const { weights, entries } = await rankedList(ctx, province, list, referenceDate);
  return { province, list, referenceDate, criteriaVersion: weights.id, entries };
};

export function cpiProvinceWithHealthRead(identity: Identity): string {
  requireScope(identity, 'health:read');
  if (identity.orgKind !== 'cpi' || !identity.province)
    throw forbidden('The ranking list is kept by the CPI of the province');
  return identity.province;
}
