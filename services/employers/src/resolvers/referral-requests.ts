import { forbidden } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import { referralListScope } from '../rules/access.ts';
import { requestProgress } from '../rules/referrals/progress.ts';

export const referralRequests: QueryResolvers['referralRequests'] = async (_, { employerId, status }, ctx) => {
  const scope = referralListScope(ctx.identity, employerId ?? null);
  if (!scope) throw forbidden('Referral requests are listed to the employer (its own) and the CPI of the province');
  const rows = await ctx.stores.referrals.requests(scope);
  if (!status) return rows;
  const progress = await Promise.all(
    rows.map(async (r) => requestProgress(r.positions, await ctx.loaders.referralsByRequest.load(r.id)).status),
  );
  return rows.filter((_, i) => progress[i] === status);
};
