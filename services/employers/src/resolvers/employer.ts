import type { EmployerResolvers } from '../generated/graphql.ts';
import { canReadVacancy } from '../rules/access.ts';
import { visibleEmployer } from './visibility.ts';

export const Employer: EmployerResolvers = {
  __resolveReference: (ref, ctx) => visibleEmployer(ctx, ref.id),
  sites: (employer, _, { loaders }) => loaders.sitesByEmployer.load(employer.id),
  vacancies: async (employer, { status }, { identity, loaders }) => {
    const rows = await loaders.vacanciesByEmployer.load(employer.id);
    return rows.filter((v) => canReadVacancy(identity, v) && (status == null || v.status === status));
  },
};
