import { notFound } from '@reg/errors';
import { forbiddenByRule } from '@reg/subgraph-kit';
import type { Context } from '../../context.ts';
import type {
  CandidacyResolvers,
  CandidateExclusionResolvers,
  JobProfileResolvers,
  PersonResolvers,
  ShortlistCandidateResolvers,
  ShortlistResolvers,
} from '../../generated/graphql.ts';
import { canReadShortlist, isCpiOfProvince } from '../../rules/access.ts';
import { demandsOf } from '../../rules/matching/job-profile.ts';
import type { ShortlistRecord } from '../../store/shortlist-store.ts';

/** What only the CPI may read about a shortlist: who was considered and why some were left out. */
async function requireCpiOf(ctx: Context, shortlist: ShortlistRecord): Promise<void> {
  const vacancy = await ctx.loaders.vacancyById.load(shortlist.vacancyId);
  if (!vacancy || !isCpiOfProvince(ctx.identity, vacancy.province))
    throw forbiddenByRule(
      'SHORTLIST_CPI_ONLY',
      "Only the CPI of the vacancy's province sees who was considered and why anyone was excluded",
    );
}

export const Shortlist: ShortlistResolvers = {
  vacancy: async (shortlist, _, ctx) => {
    const vacancy = await ctx.loaders.vacancyById.load(shortlist.vacancyId);
    if (!vacancy) throw notFound('Vacancy', shortlist.vacancyId);
    return vacancy;
  },
  candidates: (shortlist) => shortlist.candidates.map((c) => ({ ...c, shortlistId: shortlist.id })),
  consideredCount: async (shortlist, _, ctx) => {
    await requireCpiOf(ctx, shortlist);
    return shortlist.consideredCount;
  },
  exclusions: async (shortlist, _, ctx) => {
    await requireCpiOf(ctx, shortlist);
    return shortlist.exclusions;
  },
};

const feedbackOf = async (candidate: { shortlistId: string; personId: string }, ctx: Context) =>
  (await ctx.loaders.feedbackByShortlist.load(candidate.shortlistId)).filter((f) => f.personId === candidate.personId);

export const ShortlistCandidate: ShortlistCandidateResolvers = {
  person: (candidate) => ({ id: candidate.personId }),
  feedback: async (candidate, _, ctx) => (await feedbackOf(candidate, ctx)).at(-1) ?? null,
  feedbackHistory: (candidate, _, ctx) => feedbackOf(candidate, ctx),
};

export const CandidateExclusion: CandidateExclusionResolvers = {
  person: (exclusion) => ({ id: exclusion.personId }),
  reasons: (exclusion) => exclusion.exclusions.map((e) => e.reason),
  explanation: (exclusion) => exclusion.exclusions.map((e) => e.explanation),
};

export const JobProfile: JobProfileResolvers = {
  demands: (profile) => demandsOf(profile),
  site: async (profile, _, ctx) => {
    const site = (await ctx.loaders.sitesByEmployer.load(profile.employerId)).find((s) => s.id === profile.siteId);
    if (!site) throw notFound('EmployerSite', profile.siteId);
    return site;
  },
};

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // Filtered shortlist by shortlist with the same rule as the shortlists themselves.
  candidacies: async (person, _, ctx) => {
    const places = await ctx.loaders.candidaciesByPerson.load(person.id);
    const vacancies = await ctx.loaders.vacancyById.loadMany(places.map((p) => p.shortlist.vacancyId));
    return places.filter((_, i) => {
      const vacancy = vacancies[i];
      return vacancy && !(vacancy instanceof Error) && canReadShortlist(ctx.identity, vacancy, places[i]!.shortlist);
    });
  },
};

export const Candidacy: CandidacyResolvers = {
  shortlist: (place) => place.shortlist,
  vacancy: async (place, _, ctx) => {
    const vacancy = await ctx.loaders.vacancyById.load(place.shortlist.vacancyId);
    if (!vacancy) throw notFound('Vacancy', place.shortlist.vacancyId);
    return vacancy;
  },
  rank: (place) => place.candidate.rank,
  score: (place) => place.candidate.score,
  feedback: async (place, _, ctx) =>
    (await feedbackOf({ shortlistId: place.shortlist.id, personId: place.candidate.personId }, ctx)).at(-1) ?? null,
};
