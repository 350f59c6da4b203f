import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedActionPlan, plannedServices } from '../use-cases/service-pact-steps.ts';
import { personManagedByCaller } from './visibility.ts';

export const saveActionPlan: MutationResolvers['saveActionPlan'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const checks = await ctx.remote.checkPlannedServices(ctx.identity, plannedServices(input));
  const facts = {
    enrolments: await ctx.loaders.enrolmentsByPerson.load(person.id),
    certifications: await ctx.loaders.certificationsByPerson.load(person.id),
  };
  const plan = checkedActionPlan(input, checks, facts);
  return ctx.stores.plans.addPlanVersion({ personId: person.id, ...plan, createdBy: ctx.identity.subject });
};
