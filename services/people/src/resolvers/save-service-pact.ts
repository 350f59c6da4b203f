import type { MutationResolvers } from '../generated/graphql.ts';
import { personManagedByCaller } from './visibility.ts';

export const saveServicePact: MutationResolvers['saveServicePact'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  return ctx.stores.plans.addPactVersion({
    personId: person.id,
    responsibleOperator: input.responsibleOperator?.trim() || null,
    employabilityProfile: input.employabilityProfile?.trim() || null,
    searchActs: (input.searchActs ?? []).map((a) => ({ act: a.act.trim(), timing: a.timing.trim() })),
    contactFrequency: input.contactFrequency?.trim() || null,
    searchProof: input.searchProof?.trim() || null,
    availableForWorkshops: input.availableForWorkshops ?? false,
    availableForTraining: input.availableForTraining ?? false,
    availableForSuitableOffers: input.availableForSuitableOffers ?? false,
    createdBy: ctx.identity.subject,
  });
};
