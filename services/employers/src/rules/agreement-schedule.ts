import { maxDate } from '@reg/calendar';
import type { InputProblem } from '@reg/errors';

/** One step of a convenzione's schedule: by `dueOn`, `hires` more hires. */
export interface ScheduledHires {
  readonly dueOn: string;
  readonly hires: number;
}

/** Convenzione (L. 68/1999 art. 11): hires spread over time, from `startsOn`. */
export interface AgreementTerms {
  readonly startsOn: string;
  readonly schedule: readonly ScheduledHires[];
}

export function agreementInputProblems(terms: AgreementTerms): InputProblem[] {
  const problems: InputProblem[] = [];
  if (terms.schedule.length === 0)
    problems.push({ field: 'schedule', message: 'an agreement schedules at least one hire' });
  terms.schedule.forEach((step, i) => {
    if (!Number.isInteger(step.hires) || step.hires < 1)
      problems.push({
        field: `schedule[${i}].hires`,
        message: `hires must be a whole number of at least 1, got ${step.hires}`,
      });
    if (step.dueOn < terms.startsOn)
      problems.push({
        field: `schedule[${i}].dueOn`,
        message: `a hire cannot be due (${step.dueOn}) before the agreement starts (${terms.startsOn})`,
      });
  });
  return problems;
}

export const scheduledTotal = (terms: AgreementTerms): number => terms.schedule.reduce((sum, s) => sum + s.hires, 0);
export const agreementEndsOn = (terms: AgreementTerms): string =>
  terms.schedule.reduce((last, s) => maxDate(s.dueOn, last), terms.startsOn);

export interface AgreementState {
  /** Hires the schedule asked for by the date. */
  readonly dueByNow: number;
  /** Hires made since the agreement started, up to the date. */
  readonly hiredByNow: number;
  /** The schedule is kept: every hire due by the date was made (a hire made early counts for later steps). */
  readonly kept: boolean;
  /** Scheduled hires still to make; while the schedule is kept, as many uncovered positions are not sanctioned. */
  readonly remaining: number;
  /** The agreement is in force: from its start to its last due date. */
  readonly inForce: boolean;
}

/**
 * Whether the schedule is kept on `on`, counting the hires that started from the agreement's start to `on`
 * (`hireStarts`: the start dates of placements counted toward the quota in the agreement's province).
 */
export function agreementStateAt(terms: AgreementTerms, hireStarts: readonly string[], on: string): AgreementState {
  const dueByNow = terms.schedule.filter((s) => s.dueOn <= on).reduce((sum, s) => sum + s.hires, 0);
  const hiredByNow = hireStarts.filter((d) => d >= terms.startsOn && d <= on).length;
  const inForce = terms.startsOn <= on && on <= agreementEndsOn(terms);
  return {
    dueByNow,
    hiredByNow,
    kept: hiredByNow >= dueByNow,
    remaining: Math.max(0, scheduledTotal(terms) - hiredByNow),
    inForce,
  };
}
