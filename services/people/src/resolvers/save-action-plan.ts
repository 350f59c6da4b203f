import { inputError } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { actionPlanProblems } from '../rules/action-plan-services.ts';
import { inDisadvantageTargetGroup } from '@reg/target-groups';
import { cleanList } from './input.ts';
import { personManagedByCaller } from './visibility.ts';

export const saveActionPlan: MutationResolvers['saveActionPlan'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const services = input.services.map((s) => ({
    serviceCode: s.serviceCode.trim(),
    providerId: s.providerId,
    plannedFrom: s.plannedFrom,
    plannedTo: s.plannedTo ?? null,
  }));
  const checks = await ctx.remote.checkPlannedServices(ctx.identity, services);
  const facts = {
    enrolments: await ctx.loaders.enrolmentsByPerson.load(person.id),
    certifications: await ctx.loaders.certificationsByPerson.load(person.id),
  };
  const protectedCategory = (on: string) => inDisadvantageTargetGroup(facts, on);
  const goals = cleanList(input.goals);
  const [problem] = actionPlanProblems(
    goals.length === input.goals.length ? goals : [...goals, ''],
    services.map((s, index) => ({ ...s, index, ...checks[index]! })),
    protectedCategory,
  );
  if (problem) throw inputError(problem);
  return ctx.stores.plans.addPlanVersion({ personId: person.id, goals, services, createdBy: ctx.identity.subject });
};
