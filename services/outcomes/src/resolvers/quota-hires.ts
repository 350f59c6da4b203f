import type { QueryResolvers } from '../generated/graphql.ts';
import { badInput, forbidden } from '@reg/errors';
import { quotaHireScope } from '../rules/access.ts';

/** Bounds one request's work: a province's employers fit in one call. */
const MAX_QUOTA_HIRE_EMPLOYERS = 1000;

export const quotaHires: QueryResolvers['quotaHires'] = async (_, { employerIds }, { identity, stores }) => {
  if (employerIds.length > MAX_QUOTA_HIRE_EMPLOYERS)
    throw badInput('employerIds', `at most ${MAX_QUOTA_HIRE_EMPLOYERS} employers at a time, got ${employerIds.length}`);
  const scope = quotaHireScope(identity);
  if (!scope)
    throw forbidden('Quota hires are answered to the employer, the CPI of its province and the employers subgraph');
  return employerIds.length === 0 ? [] : stores.placements.quotaHiresOf([...new Set(employerIds)], scope);
};
