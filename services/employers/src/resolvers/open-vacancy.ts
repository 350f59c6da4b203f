import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedVacancyOpening } from '../use-cases/vacancy-import.ts';

export const openVacancy: MutationResolvers['openVacancy'] = async (_, { input }, ctx) => {
  const vacancy = await ctx.stores.vacancies.open(await checkedVacancyOpening(ctx, input));
  ctx.logger.info({ vacancyId: vacancy.id, employerId: vacancy.employerId }, 'vacancy opened');
  return vacancy;
};
