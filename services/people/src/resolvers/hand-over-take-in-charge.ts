import { isUniqueViolation } from '@reg/db';
import { badInput, conflict, forbidden, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { euroToCents } from './input.ts';
import { visiblePerson } from './visibility.ts';

export const handOverTakeInCharge: MutationResolvers['handOverTakeInCharge'] = async (_, { input }, ctx) => {
  const current = await ctx.loaders.takeInChargeById.load(input.takeInChargeId);
  if (!current || !(await visiblePerson(ctx, current.personId))) throw notFound('TakeInCharge', input.takeInChargeId);
  const fromOwn = ctx.identity.organisation === current.providerId;
  if (!fromOwn && ctx.identity.orgKind !== 'cpi')
    throw forbidden('Only the provider in charge or the CPI hands a person over');
  if (current.endedOn !== null) throw conflict('This take-in-charge has already ended');
  if (input.toProviderId === current.providerId)
    throw badInput('input.toProviderId', 'The person is already in charge of this provider');
  if (!input.reason.trim()) throw badInput('input.reason', 'A hand-over states its reason');
  if (input.on < current.startedOn || input.on > todayInRome())
    throw badInput('input.on', 'The hand-over date must be between the start and today');
  if (input.budget != null && !(input.budget >= 0)) throw badInput('input.budget', 'A budget is zero or more euro');
  const provider = await ctx.remote.provider(ctx.identity, input.toProviderId);
  if (!provider) throw notFound('Provider', input.toProviderId);
  try {
    const next = await ctx.stores.takeInCharges.handOver(current, {
      providerId: provider.id,
      providerKind: provider.kind,
      on: input.on,
      reason: input.reason.trim(),
      budgetCents: euroToCents(input.budget),
      createdBy: ctx.identity.subject,
    });
    if (!next) throw conflict('This take-in-charge has already ended');
    // The ended row was loaded before the change: the answer must show it as it is now.
    ctx.loaders.takeInChargeById.clear(current.id);
    return next;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('The person is already in charge within this programme');
    throw error;
  }
};
