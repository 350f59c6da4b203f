import type { InputProblem } from '@reg/errors';
/**
 * What one delivery report must satisfy against the catalogue version valid on its date (seed 003): its
 * shape, the modality and outputs of the service, the target group, and the per-session bounds. Bounds over
 * the whole path (running totals, minimums at closing) are in path-bounds.ts.
 */
export interface ModalityFacts {
  code: string;
  minutesScope: 'SESSION' | 'PATH';
  minMinutes: number | null;
  maxMinutes: number | null;
  /** Only when the seed bounds both each session and the whole path: the path bound. */
  pathMinMinutes?: number | null;
  pathMaxMinutes?: number | null;
  minSessions: number | null;
  maxSessions: number | null;
  maxSpanMonths: number | null;
}

export interface StandardFacts {
  code: string;
  targetGroup:
    | 'EVERYONE'
    | 'JOB_SEEKERS'
    | 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED'
    | 'DISABLED_OR_DISADVANTAGED'
    | 'EMPLOYERS';
  modalities: ModalityFacts[];
  outputs: Array<{ code: string }>;
}

/** A report as checked: the total, the number of sessions, and each session's minutes when stated. */
export interface DeliveryReport {
  minutes: number;
  sessions: number;
  sessionMinutes: readonly number[] | null;
  modality: string;
  outputs: readonly string[];
}

export interface PersonFacts {
  /** Whether the person is on (or has applied to) a collocamento mirato list: disability or disadvantage certified. */
  protectedCategory: boolean;
}

/** A bound of the catalogue broken by a report or a path: what RULE_VIOLATION carries in its extensions. */
export interface RuleBreach {
  rule: string;
  message: string;
  bound: number;
  actual: number;
  serviceCode: string;
  modality: string;
}

export type DeliveryProblem =
  | ({ kind: 'input' } & InputProblem)
  | { kind: 'rule'; rule: string; message: string; details: Record<string, unknown> };

export const breachProblem = (breach: RuleBreach): DeliveryProblem => {
  const { rule, message, ...details } = breach;
  return { kind: 'rule', rule, message, details };
};

const isWholePositive = (n: number) => Number.isInteger(n) && n > 0;

/**
 * Reads minutes, sessions and per-session minutes as a client may send them: the total alone, the sessions
 * alone, or both consistent. Without per-session minutes the sessions are taken as equal (the average is checked).
 */
export function normaliseSessions(input: {
  minutes?: number | null;
  sessions?: number | null;
  sessionMinutes?: readonly number[] | null;
}): { ok: true; minutes: number; sessions: number; sessionMinutes: number[] | null } | ({ ok: false } & InputProblem) {
  const list = input.sessionMinutes ?? null;
  if (list !== null) {
    if (list.length === 0)
      return { ok: false, field: 'sessionMinutes', message: 'sessionMinutes, when given, lists at least one session' };
    if (!list.every(isWholePositive))
      return { ok: false, field: 'sessionMinutes', message: 'Each session lasts a positive whole number of minutes' };
    const total = list.reduce((a, b) => a + b, 0);
    if (input.minutes != null && input.minutes !== total)
      return {
        ok: false,
        field: 'minutes',
        message: `minutes (${input.minutes}) must equal the sum of sessionMinutes (${total})`,
      };
    if (input.sessions != null && input.sessions !== list.length)
      return {
        ok: false,
        field: 'sessions',
        message: `sessions (${input.sessions}) must equal the number of sessionMinutes (${list.length})`,
      };
    return { ok: true, minutes: total, sessions: list.length, sessionMinutes: [...list] };
  }
  if (input.minutes == null) return { ok: false, field: 'minutes', message: 'Give minutes or sessionMinutes' };
  if (!isWholePositive(input.minutes))
    return { ok: false, field: 'minutes', message: 'minutes must be a positive whole number' };
  const sessions = input.sessions ?? 1;
  if (!Number.isInteger(sessions) || sessions < 1)
    return { ok: false, field: 'sessions', message: 'sessions must be at least 1' };
  return { ok: true, minutes: input.minutes, sessions, sessionMinutes: null };
}

export function deliveryShapeProblems(report: DeliveryReport, deliveredOn: string, today: string): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  if (!isWholePositive(report.minutes))
    problems.push({ kind: 'input', field: 'minutes', message: 'minutes must be a positive whole number' });
  if (!Number.isInteger(report.sessions) || report.sessions < 1)
    problems.push({ kind: 'input', field: 'sessions', message: 'sessions must be at least 1' });
  if (deliveredOn > today)
    problems.push({ kind: 'input', field: 'deliveredOn', message: 'A delivery cannot be dated in the future' });
  return problems;
}

export const findModality = (standard: StandardFacts, code: string) =>
  standard.modalities.find((m) => m.code === code) ?? null;

/** The modality and the outputs must be the service's own; shared by reports to people and to employers. */
export function modalityAndOutputProblems(
  standard: StandardFacts,
  report: Pick<DeliveryReport, 'modality' | 'outputs'>,
): DeliveryProblem[] {
  const problems: DeliveryProblem[] = [];
  const modality = findModality(standard, report.modality);
  if (!modality) {
    problems.push({
      kind: 'input',
      field: 'modality',
      message: `Service ${standard.code} has no modality ${report.modality}; it has ${standard.modalities.map((m) => m.code).join(', ')}`,
    });
  }
  const known = new Set(standard.outputs.map((o) => o.code));
  const unknown = report.outputs.filter((o) => !known.has(o));
  if (unknown.length > 0)
    problems.push({
      kind: 'input',
      field: 'outputs',
      message: `Service ${standard.code} cannot produce ${unknown.join(', ')}`,
    });
  return problems;
}

export function deliveryCatalogueProblems(
  standard: StandardFacts,
  report: DeliveryReport,
  person: PersonFacts,
): DeliveryProblem[] {
  const problems = modalityAndOutputProblems(standard, report);
  if (standard.targetGroup === 'EMPLOYERS') {
    problems.push({
      kind: 'rule',
      rule: 'TARGET_GROUP',
      message: `Service ${standard.code} is a service to employers (seed 003, area 4): report it with reportEmployerServiceDelivery`,
      details: { targetGroup: standard.targetGroup, serviceCode: standard.code },
    });
  } else if (standard.targetGroup === 'DISABLED_OR_DISADVANTAGED' && !person.protectedCategory) {
    problems.push({
      kind: 'rule',
      rule: 'TARGET_GROUP',
      message: `Service ${standard.code} is only for people with a certified disability or disadvantage (seed 003, area 3)`,
      details: { targetGroup: standard.targetGroup, serviceCode: standard.code },
    });
  } else if (standard.targetGroup === 'JOB_SEEKERS_NOT_DISABLED_OR_DISADVANTAGED' && person.protectedCategory) {
    problems.push({
      kind: 'rule',
      rule: 'TARGET_GROUP',
      message: `Service ${standard.code} is for people not in the disability or disadvantage categories (seed 003, 2Cb)`,
      details: { targetGroup: standard.targetGroup, serviceCode: standard.code },
    });
  }
  return problems;
}

/**
 * Per-session bounds (minutesScope SESSION): each stated session within min..max; a report giving only a
 * total over several sessions is checked on its average, the most that can be said of it.
 */
export function sessionBreaches(
  serviceCode: string,
  modality: ModalityFacts,
  report: Pick<DeliveryReport, 'minutes' | 'sessions' | 'sessionMinutes'>,
): RuleBreach[] {
  if (modality.minutesScope !== 'SESSION') return [];
  const stated = report.sessionMinutes ?? null;
  const base = { serviceCode, modality: modality.code };
  const breaches: RuleBreach[] = [];
  const longest = stated ? Math.max(...stated) : report.minutes / report.sessions;
  const shortest = stated ? Math.min(...stated) : report.minutes / report.sessions;
  if (modality.maxMinutes !== null && longest > modality.maxMinutes) {
    breaches.push({
      rule: 'SESSION_MAX_MINUTES',
      message: `${serviceCode} ${modality.code}: at most ${modality.maxMinutes} minutes per session (seed 003)`,
      bound: modality.maxMinutes,
      actual: Math.ceil(longest),
      ...base,
    });
  }
  if (modality.minMinutes !== null && shortest < modality.minMinutes) {
    breaches.push({
      rule: 'SESSION_MIN_MINUTES',
      message: `${serviceCode} ${modality.code}: at least ${modality.minMinutes} minutes per session (seed 003)`,
      bound: modality.minMinutes,
      actual: Math.floor(shortest),
      ...base,
    });
  }
  return breaches;
}
