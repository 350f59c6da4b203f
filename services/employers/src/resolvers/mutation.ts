import { badInput, conflict, inputError, notFound } from '@reg/errors';
import { forbiddenByRule, requireOrgKind } from '@reg/subgraph-kit';
import type { JobProfileInput, MutationResolvers } from '../generated/graphql.ts';
import type { Loaders } from '../loaders.ts';
import { jobProfileProblems, normaliseJobProfile, type JobProfile } from '../rules/matching/job-profile.ts';
import { canManageVacancy, canRegisterEmployer, employerRegistrars, vacancyManagers } from '../rules/access.ts';
import { employerRegistrationProblems, normaliseRegistration } from '../rules/employer-registration.ts';
import { vacancyClosingRefusal } from '../rules/vacancy-closing.ts';
import { normaliseOccupation, vacancyOpeningProblems } from '../rules/vacancy-opening.ts';
import { matchingMutations } from './matching-mutations.ts';
import { obligationMutations } from './obligation-mutations.ts';
import { presenceOf } from './obligation-context.ts';
import { visibleEmployer, visibleVacancy } from './visibility.ts';
import type { Context } from '../context.ts';
import type { VacancyRecord } from '../store/vacancy-store.ts';

export const Mutation: MutationResolvers = {
  registerEmployer: async (_, { input }, { identity, stores, logger }) => {
    requireOrgKind(identity, employerRegistrars);
    if (!canRegisterEmployer(identity, input))
      throw forbiddenByRule(
        'EMPLOYER_REGISTRAR_PROVINCE',
        'A CPI registers employers with their registered office or a site in its own province',
      );
    const [problem] = employerRegistrationProblems(input);
    if (problem) throw inputError(problem);
    const employer = await stores.employers.register({ ...normaliseRegistration(input), createdBy: identity.subject });
    if (!employer)
      throw conflict('An employer with this fiscal code is already registered', { field: 'input.fiscalCode' });
    logger.info({ employerId: employer.id }, 'employer registered');
    return employer;
  },

  openVacancy: async (_, { input }, ctx) => {
    const { identity, stores, loaders, logger } = ctx;
    requireOrgKind(identity, vacancyManagers);
    // The employer is looked up with the reads' row rule: one the caller may not read is not found, as a missing one.
    const employer = await visibleEmployer(ctx, input.employerId);
    if (!employer) throw notFound('Employer', input.employerId);
    const [problem] = vacancyOpeningProblems(input);
    if (problem) throw inputError(problem);
    const presence = await presenceOf(ctx, employer);
    if (!canManageVacancy(identity, { employerId: employer.id, province: input.province }, presence))
      throw refusedVacancy();
    if (!presence.has(input.province))
      throw badInput(
        'input.province',
        `The employer has no registered office or site in ${input.province}: register the site first`,
      );
    const jobProfile = input.jobProfile
      ? await checkedJobProfile(input.jobProfile, employer.id, input.province, loaders, 'input.jobProfile')
      : null;
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
    const vacancy = await managedVacancy(ctx, vacancyId);
    if (vacancy.status !== 'OPEN') throw conflict('A closed vacancy keeps the job profile it had');
    const profile = await checkedJobProfile(
      jobProfile,
      vacancy.employerId,
      vacancy.province,
      ctx.loaders,
      'jobProfile',
    );
    const updated = await ctx.stores.vacancies.setJobProfile(vacancy.id, profile);
    if (!updated) throw conflict('The vacancy was closed meanwhile');
    ctx.logger.info({ vacancyId: updated.id }, 'vacancy job profile set');
    return updated;
  },

  closeVacancy: async (_, { id, on }, ctx) => {
    const vacancy = await managedVacancy(ctx, id);
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

const refusedVacancy = () =>
  forbiddenByRule(
    'VACANCY_MANAGER',
    "Only the employer itself, or the CPI of the vacancy's province where the employer is present, manages a vacancy",
  );

/** The vacancy, if the caller may read it (NOT_FOUND otherwise, as a missing one) and manage it (FORBIDDEN otherwise). */
async function managedVacancy(ctx: Context, id: string): Promise<VacancyRecord> {
  requireOrgKind(ctx.identity, vacancyManagers);
  const vacancy = await visibleVacancy(ctx, id);
  if (!vacancy) throw notFound('Vacancy', id);
  const employer = await ctx.loaders.employerById.load(vacancy.employerId);
  if (!employer || !canManageVacancy(ctx.identity, vacancy, await presenceOf(ctx, employer))) throw refusedVacancy();
  return vacancy;
}

/** The job profile as stored, once its vocabulary is checked and its site found among the employer's, in the vacancy's province. */
async function checkedJobProfile(
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
