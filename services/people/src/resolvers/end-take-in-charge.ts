import { conflict, forbidden, inputError, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { visiblePerson } from './visibility.ts';
import { canEndTakeInCharge } from '../rules/access.ts';
import { takeInChargeEndProblems } from '../rules/take-in-charge.ts';

export const endTakeInCharge: MutationResolvers['endTakeInCharge'] = async (_, { input }, ctx) => {
  const row = await ctx.loaders.takeInChargeById.load(input.takeInChargeId);
  if (!row || !(await visiblePerson(ctx, row.personId))) throw notFound('TakeInCharge', input.takeInChargeId);
  if (!canEndTakeInCharge(ctx.identity, row)) throw forbidden('Only the provider or the CPI may end a take-in-charge');
  const [problem] = takeInChargeEndProblems(input, row, todayInRome());
  if (problem) throw inputError(problem);
  const ended = await ctx.stores.takeInCharges.end(row.id, input.endedOn, input.reason.trim());
  if (!ended) throw conflict('The take-in-charge has already ended');
  return ended;
};
