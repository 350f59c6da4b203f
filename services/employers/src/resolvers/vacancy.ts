import { forbidden } from '@reg/errors';
import type { VacancyResolvers } from '../generated/graphql.ts';
import { visibleEmployer, visibleVacancy } from './visibility.ts';

export const Vacancy: VacancyResolvers = {
  __resolveReference: (ref, ctx) => visibleVacancy(ctx, ref.id),
  // The field is non-null: a caller who sees the vacancy but not its employer (a citizen) gets an error, not a null.
  employer: async (vacancy, _, ctx) => {
    const employer = await visibleEmployer(ctx, vacancy.employerId);
    if (!employer) throw forbidden('The employer of a vacancy is not shown to this caller');
    return employer;
  },
};
