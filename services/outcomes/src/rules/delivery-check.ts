/**
 * What a delivery report must satisfy against the catalogue version valid on its date (seed 003):
 * the modality and outputs exist for the service, the target group admits the person, and no session
 * exceeds the modality's maximum. Bounds over a whole path (totals, minimums at closing) need the
 * path's history and are checked where paths are tracked.
 */
export interface StandardFacts {
  code: string;
  targetGroup: 'EVERYONE' | 'JOB_SEEKERS' | 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED' | 'DISABLED_OR_DISADVANTAGED' | 'EMPLOYERS';
  modalities: Array<{ code: string; minutesScope: 'SESSION' | 'PATH'; maxMinutes: number | null; maxSessions: number | null }>;
  outputs: Array<{ code: string }>;
}

export interface DeliveryReport {
  minutes: number;
  sessions: number;
  modality: string;
  outputs: readonly string[];
}

export interface PersonFacts {
  /** Whether the person is on (or has applied to) a collocamento mirato list: disability or disadvantage certified. */
  protectedCategory: boolean;
}

export type DeliveryProblem =
  | { kind: 'input'; field: string; message: string }
  | { kind: 'rule'; rule: string; message: string; details: Record<string, unknown> };

export function deliveryShapeProblems(report: DeliveryReport, deliveredOn: string, today: string): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  if (!Number.isInteger(report.minutes) || report.minutes <= 0) problems.push({ kind: 'input', field: 'minutes', message: 'minutes must be a positive whole number' });
  if (!Number.isInteger(report.sessions) || report.sessions < 1) problems.push({ kind: 'input', field: 'sessions', message: 'sessions must be at least 1' });
  if (deliveredOn > today) problems.push({ kind: 'input', field: 'deliveredOn', message: 'A delivery cannot be dated in the future' });
  return problems;
}

export function deliveryCatalogueProblems(standard: StandardFacts, report: DeliveryReport, person: PersonFacts): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  const modality = standard.modalities.find((m) => m.code === report.modality);
  if (!modality) {
    problems.push({ kind: 'input', field: 'modality', message: `Service ${standard.code} has no modality ${report.modality}; it has ${standard.modalities.map((m) => m.code).join(', ')}` });
  }
  const known = new Set(standard.outputs.map((o) => o.code));
  const unknown = report.outputs.filter((o) => !known.has(o));
  if (unknown.length > 0) problems.push({ kind: 'input', field: 'outputs', message: `Service ${standard.code} cannot produce ${unknown.join(', ')}` });

  if (standard.targetGroup === 'EMPLOYERS') {
    problems.push({ kind: 'rule', rule: 'TARGET_GROUP', message: `Service ${standard.code} is a service to employers (seed 003, area 4)`, details: { targetGroup: standard.targetGroup } });
  } else if (standard.targetGroup === 'DISABLED_OR_DISADVANTAGED' && !person.protectedCategory) {
    problems.push({ kind: 'rule', rule: 'TARGET_GROUP', message: `Service ${standard.code} is only for people with a certified disability or disadvantage (seed 003, area 3)`, details: { targetGroup: standard.targetGroup } });
  } else if (standard.targetGroup === 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED' && person.protectedCategory) {
    problems.push({ kind: 'rule', rule: 'TARGET_GROUP', message: `Service ${standard.code} is for people not in the disability or disadvantage categories (seed 003, 2Cb)`, details: { targetGroup: standard.targetGroup } });
  }

  if (modality && modality.minutesScope === 'SESSION' && modality.maxMinutes !== null && report.minutes > modality.maxMinutes * report.sessions) {
    problems.push({ kind: 'rule', rule: 'SESSION_MAX_MINUTES', message: `${standard.code} ${modality.code}: at most ${modality.maxMinutes} minutes per session (seed 003)`, details: { bound: modality.maxMinutes, minutes: report.minutes, sessions: report.sessions } });
  }
  if (modality && modality.minutesScope === 'PATH' && modality.maxMinutes !== null && report.minutes > modality.maxMinutes) {
    problems.push({ kind: 'rule', rule: 'PATH_MAX_MINUTES', message: `${standard.code} ${modality.code}: at most ${modality.maxMinutes} minutes in all (seed 003)`, details: { bound: modality.maxMinutes, minutes: report.minutes } });
  }
  if (modality && modality.maxSessions !== null && report.sessions > modality.maxSessions) {
    problems.push({ kind: 'rule', rule: 'MAX_SESSIONS', message: `${standard.code} ${modality.code}: at most ${modality.maxSessions} sessions (seed 003)`, details: { bound: modality.maxSessions, sessions: report.sessions } });
  }
  return problems;
}
