import { badInput, notFound, ruleViolation } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { cleanList } from './input.ts';
import { personManagedByCaller, visiblePerson } from './visibility.ts';

export const recordPactCheck: MutationResolvers['recordPactCheck'] = async (_, { input }, ctx) => {
  const pact = await ctx.loaders.pactById.load(input.pactId);
  if (!pact || !(await visiblePerson(ctx, pact.personId))) throw notFound('ServicePact', input.pactId);
  await personManagedByCaller(ctx, pact.personId);
  if (pact.status !== 'SIGNED') throw ruleViolation('PACT_NOT_SIGNED', 'Progress is checked on a signed pact');
  if (!input.progress.trim()) throw badInput('input.progress', 'A check states the progress');
  if (pact.signedOn && input.checkedOn < pact.signedOn)
    throw badInput('input.checkedOn', 'A check cannot precede the signature');
  await ctx.stores.plans.addCheck({
    pactId: pact.id,
    checkedOn: input.checkedOn,
    progress: input.progress.trim(),
    correctiveActions: cleanList(input.correctiveActions ?? []),
    by: ctx.identity.subject,
  });
  return pact;
};
