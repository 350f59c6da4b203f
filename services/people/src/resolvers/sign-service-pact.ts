import { conflict, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { checkPactSignature } from '../use-cases/service-pact-steps.ts';
import { unemploymentStatusOf } from '../use-cases/unemployment.ts';
import { personManagedByCaller, visiblePerson } from './visibility.ts';

export const signServicePact: MutationResolvers['signServicePact'] = async (_, { pactId, signedOn }, ctx) => {
  const pact = await ctx.loaders.pactById.load(pactId);
  if (!pact || !(await visiblePerson(ctx, pact.personId))) throw notFound('ServicePact', pactId);
  await personManagedByCaller(ctx, pact.personId);
  if (pact.status === 'SIGNED') throw conflict('This pact version is already signed');
  const latestVersion = (await ctx.loaders.pactsByPerson.load(pact.personId)).at(-1);
  if (latestVersion?.id !== pact.id) throw conflict('Only the latest version of the pact can be signed');
  checkPactSignature(pact, signedOn, todayInRome(), await unemploymentStatusOf(ctx, pact.personId, signedOn));
  return (await ctx.stores.plans.sign(pact.id, signedOn))!;
};
