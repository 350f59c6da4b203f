import { badInput, inputError, notFound } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageVacancy, vacancyManagers } from '../rules/access.ts';
import { normaliseOccupation, vacancyOpeningProblems } from '../rules/vacancy-opening.ts';
import { checkedJobProfile } from './job-profile-input.ts';
import { refusedVacancy, visibleEmployer } from './visibility.ts';
import { presenceOf } from './obligation-context.ts';

export const openVacancy: MutationResolvers['openVacancy'] = async (_, { input }, ctx) => {
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
};
