import { conflict } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedJobProfile } from './job-profile-input.ts';
import { managedVacancy } from './visibility.ts';

export const setVacancyJobProfile: MutationResolvers['setVacancyJobProfile'] = async (
  _,
  { vacancyId, jobProfile },
  ctx,
) => {
  const vacancy = await managedVacancy(ctx, vacancyId);
  if (vacancy.status !== 'OPEN') throw conflict('A closed vacancy keeps the job profile it had');
  const profile = await checkedJobProfile(jobProfile, vacancy.employerId, vacancy.province, ctx.loaders, 'jobProfile');
  const updated = await ctx.stores.vacancies.setJobProfile(vacancy.id, profile);
  if (!updated) throw conflict('The vacancy was closed meanwhile');
  ctx.logger.info({ vacancyId: updated.id }, 'vacancy job profile set');
  return updated;
};
