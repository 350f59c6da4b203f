import type { EnrolmentList, PlacementContract } from './types.ts';

/**
 * Whether a hire covers the hiring employer's L. 68/1999 quota: a person on the disability list with an
 * employer that has a disability quota (15 or more employees, art. 3 c.1), or one on the art. 18 list with an
 * employer that has an art. 18 quota (more than 50, art. 18 c.2). An agency worker is the agency's employee;
 * the user counts one only for missions of 12 months or more (D.Lgs. 81/2015 art. 34 c.3), a length a placement
 * record does not carry, so the demo never counts them.
 */
export function countsTowardQuota(list: EnrolmentList, employees: number, contract: PlacementContract): boolean {
  if (contract === 'AGENCY') return false;
  return list === 'DISABILITY' ? employees >= 15 : employees > 50;
}
