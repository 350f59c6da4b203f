import type { PersonResolvers, ReferralRequestResolvers, ReferralResolvers } from '../../generated/graphql.ts';
import type { Context } from '../../context.ts';
import { isCpiOfProvince } from '../../rules/access.ts';
import type { NotHiredReason } from '../../rules/referrals/outcome.ts';
import { requestProgress } from '../../rules/referrals/progress.ts';
import type { ReferralRequestRecord } from '../../store/referral-store.ts';

const progressOf = async (request: ReferralRequestRecord, ctx: Context) =>
  requestProgress(request.positions, await ctx.loaders.referralsByRequest.load(request.id));

export const ReferralRequest: ReferralRequestResolvers = {
  employer: async (request, _, ctx) => (await ctx.loaders.employerById.load(request.employerId))!,
  vacancy: (request, _, ctx) => (request.vacancyId ? ctx.loaders.vacancyById.load(request.vacancyId) : null),
  withinTerm: (request) => (request.termEndsOn === null ? null : request.filedOn <= request.termEndsOn),
  hired: async (request, _, ctx) => (await progressOf(request, ctx)).hired,
  awaitingOutcome: async (request, _, ctx) => (await progressOf(request, ctx)).awaitingOutcome,
  openPositions: async (request, _, ctx) => (await progressOf(request, ctx)).openPositions,
  status: async (request, _, ctx) => (await progressOf(request, ctx)).status,
  referrals: (request, _, ctx) => ctx.loaders.referralsByRequest.load(request.id),
};

export const Referral: ReferralResolvers = {
  request: async (referral, _, ctx) => (await ctx.loaders.referralRequestById.load(referral.requestId))!,
  person: (referral) => ({ id: referral.personId }),
  notHiredReason: (referral) => referral.notHiredReason as NotHiredReason | null,
};

/** A person's referrals: a CPI sees those of requests of its province; anyone else none. */
export const personReferrals: PersonResolvers['referrals'] = async (person, _, ctx) => {
  if (ctx.identity.orgKind !== 'cpi') return null;
  const rows = await ctx.loaders.referralsByPerson.load(person.id);
  const requests = await Promise.all(rows.map((r) => ctx.loaders.referralRequestById.load(r.requestId)));
  return rows.filter((_, i) => requests[i] && isCpiOfProvince(ctx.identity, requests[i].province));
};
