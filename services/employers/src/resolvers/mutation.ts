import { badInput, conflict, forbidden, inputError, notFound } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { JobProfileInput, MutationResolvers } from '../generated/graphql.ts';
import type { Loaders } from '../loaders.ts';
import { jobProfileProblems, normaliseJobProfile, type JobProfile } from '../rules/matching/job-profile.ts';
import { canManageVacanciesOf, employerRegistrars } from '../rules/access.ts';
import { employerRegistrationProblems, normaliseRegistration } from '../rules/employer-registration.ts';
import { vacancyClosingRefusal } from '../rules/vacancy-closing.ts';
import { normaliseOccupation, vacancyOpeningProblems } from '../rules/vacancy-opening.ts';
import { matchingMutations } from './matching-mutations.ts';
import { obligationMutations } from './obligation-mutations.ts';
import { visibleVacancy } from './visibility.ts';

export const Mutation: MutationResolvers = {
  registerEmployer: async (_, { input }, { identity, stores, logger }) => {
    requireOrgKind(identity, employerRegistrars);
    const [problem] = employerRegistrationProblems(input);
    if (problem) throw inputError(problem);
    const employer = await stores.employers.register({ ...normaliseRegistration(input), createdBy: identity.subject });
    if (!employer) throw conflict('An employer with this fiscal code is already registered', { field: 'input.fiscalCode' });
    logger.info({ employerId: employer.id }, 'employer registered');
    return employer;
  },

  openVacancy: async (_, { input }, { identity, stores, loaders, logger }) => {
    if (!canManageVacanciesOf(identity, input.employerId)) throw forbidden('Only a CPI operator or the employer itself may open its vacancies');
    const employer = await loaders.employerById.load(input.employerId);
    if (!employer) throw notFound('Employer', input.employerId);
    const [problem] = vacancyOpeningProblems(input);
    if (problem) throw inputError(problem);
    const jobProfile = input.jobProfile ? await checkedJobProfile(input.jobProfile, employer.id, input.province, loaders, 'input.jobProfile') : null;
    const vacancy = await stores.vacancies.open({
      employerId: employer.id,
      title: input.title.trim(),
      ...normaliseOccupation(input),
      province: input.province,
      positions: input.positions,
      reservedFor: input.reservedFor ?? null,
      openedOn: input.openedOn,
      jobProfile,
      siteId: jobProfile?.siteId ?? null,
      createdBy: identity.subject,
    });
    logger.info({ vacancyId: vacancy.id, employerId: employer.id }, 'vacancy opened');
    return vacancy;
  },

  setVacancyJobProfile: async (_, { vacancyId, jobProfile }, ctx) => {
    const vacancy = await visibleVacancy(ctx, vacancyId);
    if (!vacancy) throw notFound('Vacancy', vacancyId);
    if (!canManageVacanciesOf(ctx.identity, vacancy.employerId)) throw forbidden('Only a CPI operator or the employer itself may change its vacancies');
    if (vacancy.status !== 'OPEN') throw conflict('A closed vacancy keeps the job profile it had');
    const profile = await checkedJobProfile(jobProfile, vacancy.employerId, vacancy.province, ctx.loaders, 'jobProfile');
    const updated = await ctx.stores.vacancies.setJobProfile(vacancy.id, profile);
    if (!updated) throw conflict('The vacancy was closed meanwhile');
    ctx.logger.info({ vacancyId: updated.id }, 'vacancy job profile set');
    return updated;
  },

  closeVacancy: async (_, { id, on }, ctx) => {
    const vacancy = await visibleVacancy(ctx, id);
    if (!vacancy) throw notFound('Vacancy', id);
    if (!canManageVacanciesOf(ctx.identity, vacancy.employerId)) throw forbidden('Only a CPI operator or the employer itself may close its vacancies');
    const refusal = vacancyClosingRefusal(vacancy, on);
    if (refusal?.kind === 'ALREADY_CLOSED') throw conflict(refusal.message);
    if (refusal) throw badInput('on', refusal.message);
    const closed = await ctx.stores.vacancies.close(vacancy.id, on);
    // Read open, found closed on write: another request closed it in between.
    if (!closed) throw conflict('The vacancy was closed meanwhile');
    ctx.logger.info({ vacancyId: closed.id }, 'vacancy closed');
    return closed;
  },
  ...obligationMutations,
  ...matchingMutations,
};

/** The job profile as stored, once its vocabulary is checked and its site found among the employer's, in the vacancy's province. */
async function checkedJobProfile(input: JobProfileInput, employerId: string, province: string, loaders: Loaders, field: string): Promise<JobProfile> {
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
  if (site.province !== province) throw badInput(`${field}.siteId`, `The site is in ${site.province}, the vacancy in ${province}`);
  return normaliseJobProfile(profile);
}
