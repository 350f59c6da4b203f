import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { euroToCents } from '../rules/money.ts';
import { personManagedByCaller } from './visibility.ts';
import { inputError } from '@reg/errors';
import { rankingFactsProblems } from '../rules/ranking-facts.ts';

export const recordRankingFacts: MutationResolvers['recordRankingFacts'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const [problem] = rankingFactsProblems(input, todayInRome());
  if (problem) throw inputError(problem);
  await ctx.stores.profiles.recordRankingFacts({
    personId: person.id,
    declaredOn: input.declaredOn,
    annualIncomeCents: euroToCents(input.annualIncome)!,
    dependants: input.dependants,
    recordedBy: ctx.identity.subject,
  });
  return person;
};
