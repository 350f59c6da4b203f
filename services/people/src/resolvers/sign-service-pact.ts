import { badInput, conflict, notFound, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { missingPactContent } from '../rules/service-pact-content.ts';
import { personManagedByCaller, visiblePerson } from './visibility.ts';
import { requireStatusForPact } from '../use-cases/unemployment.ts';

export const signServicePact: MutationResolvers['signServicePact'] = async (_, { pactId, signedOn }, ctx) => {
  const pact = await ctx.loaders.pactById.load(pactId);
  if (!pact || !(await visiblePerson(ctx, pact.personId))) throw notFound('ServicePact', pactId);
  await personManagedByCaller(ctx, pact.personId);
  if (pact.status === 'SIGNED') throw conflict('This pact version is already signed');
  const latestVersion = (await ctx.loaders.pactsByPerson.load(pact.personId)).at(-1);
  if (latestVersion?.id !== pact.id) throw conflict('Only the latest version of the pact can be signed');
  if (signedOn > todayInRome()) throw badInput('signedOn', 'A pact cannot be signed in the future');
  await requireStatusForPact(ctx, pact.personId, signedOn);
  const missing = missingPactContent(pact);
  if (missing.length > 0)
    throw ruleViolation('PACT_MANDATORY_CONTENT', `The pact lacks: ${missing.join('; ')} (D.Lgs. 150/2015 art. 20)`, {
      missing,
    });
  return (await ctx.stores.plans.sign(pact.id, signedOn))!;
};
