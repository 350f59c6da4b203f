import type { MutationResolvers } from '../generated/graphql.ts';
import { cleanList } from './input.ts';
import { personManagedByCaller } from './visibility.ts';

export const recordFunctionalProfile: MutationResolvers['recordFunctionalProfile'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  return ctx.stores.profiles.addFunctionalProfile({
    personId: person.id,
    residualCapacities: cleanList(input.residualCapacities),
    tasksToAvoid: cleanList(input.tasksToAvoid),
    compatibleTasks: cleanList(input.compatibleTasks),
    workplaceAdjustments: cleanList(input.workplaceAdjustments),
    recordedBy: ctx.identity.subject,
  });
};
