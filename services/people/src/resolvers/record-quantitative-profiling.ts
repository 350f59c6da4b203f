import { badInput, inputError } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { quantitativeProfilingProblems } from '../rules/profiling.ts';
import { personManagedByCaller } from './visibility.ts';
import { quantitativeView } from './types/profiling.ts';

export const recordQuantitativeProfiling: MutationResolvers['recordQuantitativeProfiling'] = async (
  _,
  { input },
  ctx,
) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const [problem] = quantitativeProfilingProblems(input);
  if (problem) throw inputError(problem);
  if (input.computedOn > todayInRome()) throw badInput('input.computedOn', 'A score cannot be computed in the future');
  const row = await ctx.stores.profiles.addProfiling({
    personId: person.id,
    kind: 'QUANTITATIVE',
    on: input.computedOn,
    score: input.score,
    content: { ...input.inputs },
    recordedBy: ctx.identity.subject,
  });
  return quantitativeView(row);
};
