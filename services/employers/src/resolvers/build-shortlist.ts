import { conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { idempotencyKeyOf, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { isCpiOfProvince } from '../rules/access.ts';
import { buildShortlist as rankShortlist } from '../rules/matching/shortlist.ts';
import { matchingWeightsOn } from '../rules/matching/weights.ts';
import { visibleVacancy } from './visibility.ts';

/** The ranking list a protected vacancy draws from (L. 68/1999 art. 8 for the disability quota, art. 18 c.2). */
const listFor = { DISABLED: 'DISABILITY', ART18: 'ART18' } as const;
import { matchingRefusal, shortlistRequestProblems } from '../rules/matching/shortlist-request.ts';

export const buildShortlist: MutationResolvers['buildShortlist'] = async (_, { input }, ctx) => {
  const key = idempotencyKeyOf(input.idempotencyKey);
  const size = input.size ?? 10;
  const [problem] = shortlistRequestProblems({ size, referenceDate: input.referenceDate }, todayInRome());
  if (problem) throw inputError(problem);
  const vacancy = await visibleVacancy(ctx, input.vacancyId);
  if (!vacancy) throw notFound('Vacancy', input.vacancyId);
  if (!isCpiOfProvince(ctx.identity, vacancy.province))
    throw forbidden("Only the CPI of the vacancy's province builds its shortlists");
  const builtByOrg = ctx.identity.organisation ?? ctx.identity.subject;
  // A retry answers what was built, even if the vacancy has closed since, without asking people again.
  const replayed = await ctx.stores.shortlists.byIdempotencyKey(builtByOrg, key);
  if (replayed) {
    if (replayed.vacancyId !== vacancy.id || replayed.referenceDate !== input.referenceDate)
      throw conflict('This idempotency key was already used for another shortlist', {
        field: 'input.idempotencyKey',
      });
    return replayed;
  }
  const refusal = matchingRefusal(vacancy);
  if (refusal) throw ruleViolation(refusal.rule, refusal.message);
  // The rule has just checked both.
  const reservedFor = vacancy.reservedFor!;
  const jobProfile = vacancy.jobProfile!;
  const site = (await ctx.loaders.sitesByEmployer.load(vacancy.employerId)).find((s) => s.id === jobProfile.siteId);
  if (!site) throw notFound('EmployerSite', jobProfile.siteId);

  const pool = await ctx.remote.matchingPool(ctx.identity, listFor[reservedFor], input.referenceDate);
  const weights = matchingWeightsOn(input.referenceDate);
  const job = {
    occupationCode: vacancy.occupationCode,
    occupationCodeSystem: vacancy.occupationCodeSystem,
    profile: jobProfile,
    siteMunicipality: site.municipality,
  };
  const result = rankShortlist(job, pool, weights, size);
  const contact = new Map(
    pool.map((p) => [p.personId, { givenName: p.givenName, familyName: p.familyName, email: p.email, phone: p.phone }]),
  );
  const { row, created } = await ctx.stores.shortlists.keep({
    vacancyId: vacancy.id,
    referenceDate: input.referenceDate,
    weightsVersion: weights.id,
    candidates: result.candidates.map((c) => ({ ...c, ...contact.get(c.personId)! })),
    exclusions: result.excluded,
    consideredCount: result.considered,
    idempotencyKey: key,
    builtByOrg,
    builtBy: ctx.identity.subject,
  });
  if (!created && (row.vacancyId !== vacancy.id || row.referenceDate !== input.referenceDate)) {
    throw conflict('This idempotency key was already used for another shortlist', { field: 'input.idempotencyKey' });
  }
  ctx.logger.info(
    { shortlistId: row.id, vacancyId: vacancy.id, candidates: row.candidates.length },
    created ? 'shortlist built' : 'shortlist build replayed',
  );
  return row;
};
