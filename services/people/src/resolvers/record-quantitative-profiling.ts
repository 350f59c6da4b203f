import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedQuantitativeProfiling } from '../use-cases/service-pact-steps.ts';
import { personManagedByCaller } from './visibility.ts';
import { quantitativeView } from './types/profiling.ts';

export const recordQuantitativeProfiling: MutationResolvers['recordQuantitativeProfiling'] = async (
  _,
  { input },
  ctx,
) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const profiling = checkedQuantitativeProfiling(input, todayInRome());
  const row = await ctx.stores.profiles.addProfiling({
    ...profiling,
    personId: person.id,
    recordedBy: ctx.identity.subject,
  });
  return quantitativeView(row);
};
