import { badInput, conflict, forbidden, notFound } from '@reg/errors';
import { idempotencyKeyOf, todayInRome } from '@reg/subgraph-kit';
import type { Context } from '../context.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReadReferralRequest, canReferFor } from '../rules/access.ts';
import { referFromRankingList as refer } from '../use-cases/refer-from-ranking-list.ts';

/** The ranking list a request draws from (L. 68/1999 art. 8 for the disability quota, art. 18 c.2). */
const listFor = { DISABLED: 'DISABILITY', ART18: 'ART18' } as const;

/**
 * Avviamento: the CPI of the request's province refers people from its ranking list (asked to people with the
 * CPI's own token, in one call), then decides and writes in one transaction (use-cases/refer-from-ranking-list.ts).
 */
export const referFromRankingList: MutationResolvers['referFromRankingList'] = async (_, { input }, ctx) => {
  const key = idempotencyKeyOf(input.idempotencyKey);
  const request = await ctx.loaders.referralRequestById.load(input.requestId);
  if (!request || !canReadReferralRequest(ctx.identity, request)) throw notFound('ReferralRequest', input.requestId);
  if (!canReferFor(ctx.identity, request)) throw forbidden("Only the CPI of the request's province refers");
  const today = todayInRome();
  if (input.referenceDate > today)
    throw badInput('input.referenceDate', 'The ranking list cannot be read for a future date');
  const referredByOrg = ctx.identity.organisation ?? ctx.identity.subject;
  const replayed = await ctx.stores.referrals.referralsOfAct(referredByOrg, key);
  if (replayed.length > 0) {
    if (replayed.some((r) => r.requestId !== request.id || r.referenceDate !== input.referenceDate))
      throw conflict('This idempotency key was already used for another referral', { field: 'input.idempotencyKey' });
    return request;
  }
  const ranking = await ctx.remote.rankingOrder(ctx.identity, listFor[request.category], input.referenceDate);
  const placementEnds = await hiresEnds(
    ctx,
    ranking.map((p) => p.personId),
  );
  const { referred } = await refer(ctx.stores.referrals, {
    requestId: request.id,
    referenceDate: input.referenceDate,
    referredOn: today,
    idempotencyKey: key,
    referredByOrg,
    referredBy: ctx.identity.subject,
    ranking,
    placementEnds,
  });
  ctx.loaders.referralsByRequest.clear(request.id);
  ctx.logger.info({ requestId: request.id, referred: referred.length }, 'people referred');
  return request;
};

/**
 * When the hires through earlier referrals of the people on the list end, read in outcomes with the CPI's token
 * (one call per hire: few people on a list were hired through a referral). A placement the CPI cannot read stays
 * out of the map, and the rule counts its hire as running.
 */
async function hiresEnds(ctx: Context, personIds: readonly string[]): Promise<Map<string, string | null>> {
  const hires = (await ctx.stores.referrals.referralsOfPeople(personIds)).flatMap((r) =>
    r.outcome === 'HIRED' && r.placementId ? [r.placementId] : [],
  );
  const ends = new Map<string, string | null>();
  await Promise.all(
    [...new Set(hires)].map(async (id) => {
      const placement = await ctx.remote.placementFacts(ctx.identity, id);
      if (placement) ends.set(id, placement.endedOn ?? null);
    }),
  );
  return ends;
}
