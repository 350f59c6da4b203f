import { badInput, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canRecordReferralOutcome } from '../rules/access.ts';
import { placementProblem } from '../rules/referrals/outcome.ts';
import { recordReferralOutcome as record } from '../use-cases/record-referral-outcome.ts';

/**
 * The employer (or the CPI of the province on its behalf) records the outcome of a referral. A hire names the
 * placement recorded in outcomes, read there with the caller's token; the quota counts it once confirmed there.
 */
export const recordReferralOutcome: MutationResolvers['recordReferralOutcome'] = async (_, { input }, ctx) => {
  const referral = await ctx.loaders.referralById.load(input.referralId);
  const request = referral ? await ctx.loaders.referralRequestById.load(referral.requestId) : null;
  if (!referral || !request || !canRecordReferralOutcome(ctx.identity, request))
    throw notFound('Referral', input.referralId);
  const today = todayInRome();
  const on = input.on ?? today;
  if (on > today) throw badInput('input.on', 'An outcome is not recorded for a future day');
  if (on < referral.referredOn) throw badInput('input.on', 'The outcome cannot precede the referral');
  const reason = input.reason ?? null;
  const placementId = input.placementId?.trim() || null;
  if (input.outcome === 'HIRED') {
    if (reason) throw badInput('input.reason', 'A hire has no reason for not hiring');
    if (!placementId) throw badInput('input.placementId', 'A hire names the placement recorded in outcomes');
    const placement = await ctx.remote.placementFacts(ctx.identity, placementId);
    if (!placement) throw notFound('Placement', placementId);
    const problem = placementProblem(placement, {
      personId: referral.personId,
      employerId: request.employerId,
      referredOn: referral.referredOn,
    });
    if (problem) throw badInput('input.placementId', problem);
  } else {
    if (!reason) throw badInput('input.reason', 'Not hiring states a reason from the list');
    if (placementId) throw badInput('input.placementId', 'Only a hire names a placement');
  }
  const row = await record(ctx.stores.referrals, {
    referralId: referral.id,
    outcome: input.outcome,
    reason,
    placementId,
    on,
    recordedBy: ctx.identity.subject,
    recordedByOrg: ctx.identity.organisation ?? ctx.identity.subject,
  });
  ctx.loaders.referralsByRequest.clear(request.id);
  ctx.loaders.referralById.clear(referral.id);
  return row;
};
