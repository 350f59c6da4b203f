import type { EmployerKind } from '../store/tables.ts';

/**
 * What the employer's kind changes in L. 68/1999. The law names "datori di lavoro privati e enti pubblici
 * economici" for the partial exemption (art. 5 c.3), for the automatic offset between provinces (art. 5 c.8) and
 * for both money sanctions (art. 15 c.1, late report; art. 15 c.4, uncovered positions). Public administrations
 * answer through their officials instead (art. 15 c.3) and offset provinces only when authorised (art. 5 c.8-bis).
 */
export const PRIVATE_OR_ECONOMIC = 'private employers and public economic bodies';

export const mayBePartiallyExempted = (kind: EmployerKind): boolean => kind !== 'PUBLIC';
export const subjectToMoneySanctions = (kind: EmployerKind): boolean => kind !== 'PUBLIC';
export const offsetsProvincesAutomatically = (kind: EmployerKind): boolean => kind !== 'PUBLIC';
