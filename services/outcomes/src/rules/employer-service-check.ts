import {
  breachProblem,
  type DeliveryProblem,
  type DeliveryReport,
  findModality,
  modalityAndOutputProblems,
  type StandardFacts,
  sessionBreaches,
} from './delivery-check.ts';
import { pathMaximumBreaches, pathMinimumBreaches } from './path-bounds.ts';

/**
 * What a report of a service to an employer (seed 003, area 4: 4A-4E) must satisfy against the catalogue version
 * valid on its date. One report is one whole service as delivered to the employer (all its sessions), so both
 * bounds of its modality hold at the report: per session where the seed bounds a session (4A: 30 minutes to 1
 * hour), on the report's total where it bounds the whole service (4B 2-10 h, 4C 4-8 h, 4D 2-6 h each, 4E 15-20 h
 * individual, 25-30 h in a group). The same bound checks as the paths of services to people (path-bounds.ts).
 */
export interface EmployerServiceReport extends DeliveryReport {
  /** 4E: the employer's references of the redundant workers served. */
  redundantWorkers: readonly string[];
}

/**
 * 4E (seed 003): "Colloquio individuale ... (durata minima 15 ore ... e massima 20 ore)" is one redundant worker's
 * relocation, so its bound is per worker and a report names exactly one; the group interview (25-30 hours) is one
 * group's, two or more workers. The other area 4 services are to the employer alone and name none.
 */
export const PER_WORKER_SERVICE = '4E';
const INDIVIDUAL = 'INDIVIDUAL_INTERVIEW';
const GROUP = 'GROUP_INTERVIEW';

/** A worker reference is the employer's code for the worker, never a name or a fiscal code (data minimisation). */
const WORKER_REFERENCE = /^[A-Za-z0-9._/-]{1,64}$/;
const FISCAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/i;

export function redundantWorkerProblems(
  serviceCode: string,
  modality: string,
  workers: readonly string[],
): DeliveryProblem[] {
  const input = (message: string): DeliveryProblem[] => [{ kind: 'input', field: 'redundantWorkers', message }];
  if (serviceCode !== PER_WORKER_SERVICE)
    return workers.length === 0 ? [] : input(`Service ${serviceCode} is to the employer: leave redundantWorkers empty`);
  if (workers.some((w) => !WORKER_REFERENCE.test(w) || FISCAL_CODE.test(w)))
    return input(
      "Name each redundant worker by the employer's reference (1-64 letters, digits, . _ / -), not by name or fiscal code",
    );
  if (new Set(workers).size !== workers.length) return input('A redundant worker is named twice');
  if (modality === INDIVIDUAL && workers.length !== 1)
    return input("4E INDIVIDUAL_INTERVIEW is one redundant worker's relocation: name exactly one (seed 003, 4E)");
  if (modality === GROUP && workers.length < 2)
    return input('4E GROUP_INTERVIEW is a group: name at least two redundant workers (seed 003, 4E)');
  return [];
}

export function employerServiceProblems(standard: StandardFacts, report: EmployerServiceReport): DeliveryProblem[] {
  if (standard.targetGroup !== 'EMPLOYERS')
    return [
      {
        kind: 'rule',
        rule: 'TARGET_GROUP',
        message: `Service ${standard.code} is a service to people: report it with reportServiceDelivery (seed 003, area 4 is 4A-4E)`,
        details: { targetGroup: standard.targetGroup, serviceCode: standard.code },
      },
    ];
  const problems = [
    ...modalityAndOutputProblems(standard, report),
    ...redundantWorkerProblems(standard.code, report.modality, report.redundantWorkers),
  ];
  const modality = findModality(standard, report.modality);
  if (problems.length > 0 || !modality) return problems;
  // The report is the whole service: its totals are the path's, from its one date.
  const totals = { minutes: report.minutes, sessions: report.sessions, firstOn: null, lastOn: null };
  return [
    ...sessionBreaches(standard.code, modality, report),
    ...pathMaximumBreaches(standard.code, modality, totals),
    ...pathMinimumBreaches(standard.code, modality, totals),
  ].map(breachProblem);
}
