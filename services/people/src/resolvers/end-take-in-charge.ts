import { badInput, conflict, forbidden, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { visiblePerson } from './visibility.ts';

export const endTakeInCharge: MutationResolvers['endTakeInCharge'] = async (_, { input }, ctx) => {
  const row = await ctx.loaders.takeInChargeById.load(input.takeInChargeId);
  if (!row || !(await visiblePerson(ctx, row.personId))) throw notFound('TakeInCharge', input.takeInChargeId);
  const own = ctx.identity.organisation === row.providerId;
  if (!own && ctx.identity.orgKind !== 'cpi') throw forbidden('Only the provider or the CPI may end a take-in-charge');
  if (!input.reason.trim()) throw badInput('input.reason', 'A reason is required');
  if (input.endedOn < row.startedOn || input.endedOn > todayInRome())
    throw badInput('input.endedOn', 'The end date must be between the start date and today');
  const ended = await ctx.stores.takeInCharges.end(row.id, input.endedOn, input.reason.trim());
  if (!ended) throw conflict('The take-in-charge has already ended');
  return ended;
};
