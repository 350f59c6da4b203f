import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedQualitativeProfiling } from '../use-cases/service-pact-steps.ts';
import { personManagedByCaller } from './visibility.ts';
import { qualitativeView } from './types/profiling.ts';

export const recordQualitativeProfiling: MutationResolvers['recordQualitativeProfiling'] = async (
  _,
  { input },
  ctx,
) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const profiling = checkedQualitativeProfiling(input, todayInRome());
  const row = await ctx.stores.profiles.addProfiling({
    ...profiling,
    personId: person.id,
    recordedBy: ctx.identity.subject,
  });
  return qualitativeView(row);
};
