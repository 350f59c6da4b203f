import { forbidden } from '@reg/errors';
import type { VacancyResolvers } from '../generated/graphql.ts';
import { canListShortlists, canReadShortlist } from '../rules/access.ts';
import { visibleEmployer, visibleVacancy } from './visibility.ts';

export const Vacancy: VacancyResolvers = {
  __resolveReference: (ref, ctx) => visibleVacancy(ctx, ref.id),
  // The field is non-null: a caller who sees the vacancy but not its employer (a citizen) gets an error, not a null.
  employer: async (vacancy, _, ctx) => {
    const employer = await visibleEmployer(ctx, vacancy.employerId);
    if (!employer) throw forbidden('The employer of a vacancy is not shown to this caller');
    return employer;
  },
  jobProfile: (vacancy) => (vacancy.jobProfile ? { ...vacancy.jobProfile, employerId: vacancy.employerId } : null),
  shortlists: async (vacancy, _, ctx) => {
    if (!canListShortlists(ctx.identity, vacancy)) throw forbidden('Shortlists are seen by the CPI of the vacancy\'s province and by the employer they are sent to');
    return (await ctx.loaders.shortlistsByVacancy.load(vacancy.id)).filter((s) => canReadShortlist(ctx.identity, vacancy, s));
  },
};
