import { isUniqueViolation } from '@reg/db';
import { conflict, forbidden, inputError, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { euroToCents } from '../rules/money.ts';
import { visiblePerson } from './visibility.ts';
import { canEndTakeInCharge } from '../rules/access.ts';
import { handOverProblems } from '../rules/take-in-charge.ts';

export const handOverTakeInCharge: MutationResolvers['handOverTakeInCharge'] = async (_, { input }, ctx) => {
  const current = await ctx.loaders.takeInChargeById.load(input.takeInChargeId);
  if (!current || !(await visiblePerson(ctx, current.personId))) throw notFound('TakeInCharge', input.takeInChargeId);
  if (!canEndTakeInCharge(ctx.identity, current))
    throw forbidden('Only the provider in charge or the CPI hands a person over');
  if (current.endedOn !== null) throw conflict('This take-in-charge has already ended');
  const [problem] = handOverProblems(input, current, todayInRome());
  if (problem) throw inputError(problem);
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
