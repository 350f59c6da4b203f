import type { MutationResolvers } from '../generated/graphql.ts';
import { servicePactContent } from '../use-cases/service-pact-steps.ts';
import { personManagedByCaller } from './visibility.ts';

export const saveServicePact: MutationResolvers['saveServicePact'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  return ctx.stores.plans.addPactVersion({
    personId: person.id,
    ...servicePactContent(input),
    createdBy: ctx.identity.subject,
  });
};
