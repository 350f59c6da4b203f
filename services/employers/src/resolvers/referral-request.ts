import type { QueryResolvers } from '../generated/graphql.ts';
import { canReadReferralRequest } from '../rules/access.ts';

export const referralRequest: QueryResolvers['referralRequest'] = async (_, { id }, ctx) => {
  const row = await ctx.loaders.referralRequestById.load(id);
  return row && canReadReferralRequest(ctx.identity, row) ? row : null;
};
