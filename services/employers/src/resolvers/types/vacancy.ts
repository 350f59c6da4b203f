import { forbiddenByRule } from '@reg/subgraph-kit';
import type { VacancyResolvers } from '../../generated/graphql.ts';
import { canListShortlists, canReadShortlist } from '../../rules/access.ts';
import { visibleEmployer, visibleVacancy } from '../visibility.ts';

export const Vacancy: VacancyResolvers = {
  __resolveReference: (ref, ctx) => visibleVacancy(ctx, ref.id),
  // A caller who sees the vacancy but not its employer (a citizen) gets null with the rule, the vacancy itself intact.
  employer: async (vacancy, _, ctx) => {
    const employer = await visibleEmployer(ctx, vacancy.employerId);
    if (!employer) throw forbiddenByRule('EMPLOYER_READERS', 'The employer of a vacancy is not shown to this caller');
    return employer;
  },
  jobProfile: (vacancy) => (vacancy.jobProfile ? { ...vacancy.jobProfile, employerId: vacancy.employerId } : null),
  shortlists: async (vacancy, _, ctx) => {
    if (!canListShortlists(ctx.identity, vacancy))
      throw forbiddenByRule(
        'SHORTLIST_READERS',
        "Shortlists are seen by the CPI of the vacancy's province and by the employer they are sent to",
      );
    return (await ctx.loaders.shortlistsByVacancy.load(vacancy.id)).filter((s) =>
      canReadShortlist(ctx.identity, vacancy, s),
    );
  },
};
