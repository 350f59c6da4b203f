import { badInput, conflict, forbidden, notFound, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { isCpiOfProvince } from '../rules/access.ts';
import { MAX_SHORTLIST_SIZE, buildShortlist as rankShortlist } from '../rules/matching/shortlist.ts';
import { matchingWeightsOn } from '../rules/matching/weights.ts';
import { idempotencyKey } from './input.ts';
import { visibleVacancy } from './visibility.ts';

/** The ranking list a protected vacancy draws from (L. 68/1999 art. 8 for the disability quota, art. 18 c.2). */
const listFor = { DISABLED: 'DISABILITY', ART18: 'ART18' } as const;

export const buildShortlist: MutationResolvers['buildShortlist'] = async (_, { input }, ctx) => {
  const key = idempotencyKey(input.idempotencyKey);
  const size = input.size ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SHORTLIST_SIZE)
    throw badInput('input.size', `size must be from 1 to ${MAX_SHORTLIST_SIZE}`);
  if (input.referenceDate > todayInRome())
    throw badInput('input.referenceDate', 'The ranking list cannot be read for a future date');
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
  if (vacancy.status !== 'OPEN') throw ruleViolation('MATCHING_VACANCY_NOT_OPEN', 'Only an open vacancy is matched');
  if (!vacancy.reservedFor)
    throw ruleViolation(
      'MATCHING_VACANCY_NOT_PROTECTED',
      'Matching draws from the L. 68/1999 lists: the vacancy is reserved for no protected category',
    );
  if (!vacancy.jobProfile)
    throw ruleViolation('MATCHING_NO_JOB_PROFILE', 'The vacancy has no job profile to match against');
  const site = (await ctx.loaders.sitesByEmployer.load(vacancy.employerId)).find(
    (s) => s.id === vacancy.jobProfile!.siteId,
  );
  if (!site) throw notFound('EmployerSite', vacancy.jobProfile.siteId);

  const pool = await ctx.remote.matchingPool(ctx.identity, listFor[vacancy.reservedFor], input.referenceDate);
  const weights = matchingWeightsOn(input.referenceDate);
  const job = {
    occupationCode: vacancy.occupationCode,
    occupationCodeSystem: vacancy.occupationCodeSystem,
    profile: vacancy.jobProfile,
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
