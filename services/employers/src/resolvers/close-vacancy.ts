import { badInput, conflict } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { vacancyClosingRefusal } from '../rules/vacancy-closing.ts';
import { managedVacancy } from './visibility.ts';

export const closeVacancy: MutationResolvers['closeVacancy'] = async (_, { id, on }, ctx) => {
  const vacancy = await managedVacancy(ctx, id);
  const refusal = vacancyClosingRefusal(vacancy, on);
  if (refusal?.kind === 'ALREADY_CLOSED') throw conflict(refusal.message);
  if (refusal) throw badInput('on', refusal.message);
  const closed = await ctx.stores.vacancies.close(vacancy.id, on);
  // Read open, found closed on write: another request closed it in between.
  if (!closed) throw conflict('The vacancy was closed meanwhile');
  ctx.logger.info({ vacancyId: closed.id }, 'vacancy closed');
  return closed;
};
