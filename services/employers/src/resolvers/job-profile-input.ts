import { badInput, inputError } from '@reg/errors';
import type { JobProfileInput } from '../generated/graphql.ts';
import type { Loaders } from '../loaders.ts';
import { jobProfileProblems, normaliseJobProfile, type JobProfile } from '../rules/matching/job-profile.ts';

/** The job profile as stored, once its vocabulary is checked and its site found among the employer's, in the vacancy's province. */
export async function checkedJobProfile(
  input: JobProfileInput,
  employerId: string,
  province: string,
  loaders: Loaders,
  field: string,
): Promise<JobProfile> {
  const profile: JobProfile = {
    tasks: input.tasks.map((t) => ({ description: t.description, demands: [...t.demands] })),
    adjustmentsAvailable: [...(input.adjustmentsAvailable ?? [])],
    requiredSkills: [...(input.requiredSkills ?? [])],
    weeklyHours: input.weeklyHours,
    shifts: [...(input.shifts ?? [])],
    contract: input.contract,
    siteId: input.siteId,
  };
  const [problem] = jobProfileProblems(profile);
  if (problem) throw inputError(problem, field);
  const site = (await loaders.sitesByEmployer.load(employerId)).find((s) => s.id === input.siteId);
  if (!site) throw badInput(`${field}.siteId`, 'Not a site of this employer');
  if (site.province !== province)
    throw badInput(`${field}.siteId`, `The site is in ${site.province}, the vacancy in ${province}`);
  return normaliseJobProfile(profile);
}
