import { badInput } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { euroToCents } from './input.ts';
import { personManagedByCaller } from './visibility.ts';

export const recordRankingFacts: MutationResolvers['recordRankingFacts'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  if (!(input.annualIncome >= 0)) throw badInput('input.annualIncome', 'Income is zero or more euro');
  if (!Number.isInteger(input.dependants) || input.dependants < 0 || input.dependants > 30)
    throw badInput('input.dependants', 'Dependants are a whole number from 0 to 30');
  if (input.declaredOn > todayInRome())
    throw badInput('input.declaredOn', 'A declaration cannot be dated in the future');
  await ctx.stores.profiles.recordRankingFacts({
    personId: person.id,
    declaredOn: input.declaredOn,
    annualIncomeCents: euroToCents(input.annualIncome)!,
    dependants: input.dependants,
    recordedBy: ctx.identity.subject,
  });
  return person;
};
