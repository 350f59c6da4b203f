import { conflict, forbidden, notFound } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { isCpiOfProvince } from '../rules/access.ts';
import { visibleShortlist } from './visibility.ts';

export const sendShortlist: MutationResolvers['sendShortlist'] = async (_, { id }, ctx) => {
  const found = await visibleShortlist(ctx, id);
  if (!found) throw notFound('Shortlist', id);
  if (!isCpiOfProvince(ctx.identity, found.vacancy.province))
    throw forbidden("Only the CPI of the vacancy's province sends its shortlists");
  const sent = await ctx.stores.shortlists.markSent(id, ctx.identity.subject);
  if (!sent) throw conflict('The shortlist was already sent');
  ctx.logger.info({ shortlistId: id }, 'shortlist sent');
  return sent;
};
