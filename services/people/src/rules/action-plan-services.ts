import type { InputProblem } from '@reg/errors';
/**
 * The services a PAI plans must exist in the catalogue valid on their start date and fit the person
 * (seed 003): area 3 services only for people with a certified disability or disadvantage, 2Cb only for
 * the others, area 4 services are for employers.
 */
export interface PlannedServiceFacts {
  index: number;
  serviceCode: string;
  plannedFrom: string;
  plannedTo?: string | null;
  /** Null when the catalogue has no such service on plannedFrom. */
  targetGroup: string | null;
  providerAccredited: boolean;
}

/** `inTargetGroup(on)`: whether the person has a certified disability or disadvantage on a day (@reg/target-groups). */
export function actionPlanProblems(
  goals: readonly string[],
  services: readonly PlannedServiceFacts[],
  inTargetGroup: boolean | ((on: string) => boolean),
): InputProblem[] {
  const certifiedOn = (on: string) => (typeof inTargetGroup === 'function' ? inTargetGroup(on) : inTargetGroup);
  const problems: InputProblem[] = [];
  if (goals.length === 0 || goals.some((g) => g.trim() === ''))
    problems.push({ field: 'goals', message: 'A PAI states at least one goal, none blank' });
  for (const s of services) {
    const field = `services[${s.index}]`;
    if (s.targetGroup === null) {
      problems.push({
        field: `${field}.serviceCode`,
        message: `No service ${s.serviceCode} in the catalogue valid on ${s.plannedFrom}`,
      });
      continue;
    }
    if (s.plannedTo && s.plannedTo < s.plannedFrom)
      problems.push({ field: `${field}.plannedTo`, message: 'A planned service cannot end before it starts' });
    if (s.targetGroup === 'EMPLOYERS')
      problems.push({
        field: `${field}.serviceCode`,
        rule: 'TARGET_GROUP',
        message: `${s.serviceCode} is a service to employers (seed 003, area 4)`,
      });
    const protectedCategory = certifiedOn(s.plannedFrom);
    if (s.targetGroup === 'DISABLED_OR_DISADVANTAGED' && !protectedCategory)
      problems.push({
        field: `${field}.serviceCode`,
        rule: 'TARGET_GROUP',
        message: `${s.serviceCode} is only for people with a certified disability or disadvantage (seed 003, area 3)`,
      });
    if (s.targetGroup === 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED' && protectedCategory)
      problems.push({
        field: `${field}.serviceCode`,
        rule: 'TARGET_GROUP',
        message: `${s.serviceCode} is for people without a certified disability or disadvantage (seed 003, 2Cb)`,
      });
    if (!s.providerAccredited)
      problems.push({
        field: `${field}.providerId`,
        rule: 'PROVIDER_NOT_ACCREDITED',
        message: `The provider is not accredited for ${s.serviceCode} on ${s.plannedFrom}`,
      });
  }
  return problems;
}
