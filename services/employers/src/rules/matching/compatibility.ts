import { icfActivities, icfOverlap, isIcfCode } from '../../reference/icf-vocabulary.ts';

export interface FunctionalLimits {
  /** From the person's functional profile (people subgraph); only ICF codes among them are decidable. */
  tasksToAvoid: readonly string[];
  workplaceAdjustments: readonly string[];
}

/**
 * The job's demands the person must avoid: a demand conflicts with a task to avoid when both are ICF activity
 * codes and one contains the other (avoiding d430 "Lifting and carrying" rules out a job demanding d4300
 * "Lifting", and avoiding d4300 rules out a job demanding the whole of d430, which may include lifting).
 * L. 68/1999 art. 2 and DPCM 13 January 2000: the placement must fit the residual capacities; one conflict
 * is enough to exclude.
 */
export function conflictingDemands(demands: readonly string[], limits: FunctionalLimits): string[] {
  const avoided = limits.tasksToAvoid.map((t) => t.trim()).filter((t) => isIcfCode(t) && t.startsWith('d'));
  return demands.filter((demand) => avoided.some((a) => icfOverlap(demand, a)));
}

/**
 * The adjustments the person needs that the workplace does not list. They do not exclude: the employer must
 * provide reasonable accommodation (D.Lgs. 216/2003 art. 3 c.3-bis), so they are told to the employer to arrange.
 * An adjustment offered covers a need for it or for any of its descendants.
 */
export function adjustmentsToArrange(needed: readonly string[], available: readonly string[]): string[] {
  return needed
    .map((n) => n.trim())
    .filter((n) => isIcfCode(n) && n.startsWith('e'))
    .filter((n) => !available.some((a) => n.startsWith(a)));
}

export const describeDemand = (code: string): string => `${code} ${icfActivities.get(code) ?? ''}`.trim();
