import type { InputProblem } from '@reg/errors';
import type { PlacementEndReason } from '../store/tables.ts';
import { addDays, addMonths, daysBetween, weekday } from '@reg/calendar';

export interface EndablePlacement {
  contract: 'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'AGENCY';
  /** FIXED_TERM: the term in months. */
  termMonths?: number | null;
  startedOn: string;
  endedOn: string | null;
  endReason: PlacementEndReason | null;
}

export interface PlacementEnd {
  endedOn: string;
  reason: PlacementEndReason;
}

/** What a follow-up found, as far as the end of the placement is concerned. */
export interface FollowUpFinding {
  milestoneMonths: number;
  checkedOn: string;
  stillEmployed: boolean;
  sameEmployer: boolean;
}

export type EndProblem =
  | ({ kind: 'input' } & InputProblem)
  | { kind: 'rule'; rule: string; message: string; details: Record<string, unknown> }
  | { kind: 'conflict'; message: string };

/**
 * The longest probation period: L. 604/1966 art. 10 makes dismissal free only during a probation "comunque non
 * superiore a sei mesi"; an end for a failed probation after that is not one.
 */
export const PROBATION_MAX_MONTHS = 6;

/**
 * D.Lgs. 104/2022 art. 7 c.2 as amended by L. 203/2024 art. 13: in a fixed-term contract the probation is one day
 * of actual work for every 15 calendar days of the term, at least 2 days and at most 15 for terms up to 6 months,
 * 30 for terms above 6 and below 12 months; from 12 months the general limit applies (collective agreements
 * within the six months of L. 604/1966 art. 10).
 */
export const FIXED_TERM_PROBATION = {
  calendarDaysPerDay: 15,
  minDays: 2,
  maxDaysUpToSixMonths: 15,
  maxDaysBelowTwelveMonths: 30,
  proportionalBelowMonths: 12,
} as const;

/** Days of probation of a fixed-term contract of `termMonths` started on `startedOn`, or null from 12 months. */
export function fixedTermProbationDays(startedOn: string, termMonths: number): number | null {
  const p = FIXED_TERM_PROBATION;
  if (termMonths >= p.proportionalBelowMonths) return null;
  const termDays = daysBetween(startedOn, addMonths(startedOn, termMonths));
  const cap = termMonths <= 6 ? p.maxDaysUpToSixMonths : p.maxDaysBelowTwelveMonths;
  return Math.min(cap, Math.max(p.minDays, Math.floor(termDays / p.calendarDaysPerDay)));
}

/**
 * The last day a probation of `days` days of actual work can run, counting Monday to Friday from the start: the
 * graph records no work pattern, and a five-day week gives the latest date of the common ones (a six-day week
 * reaches the count sooner). Absences that extend the probation (art. 7 c.3) are not recorded here.
 */
export function lastProbationDay(startedOn: string, days: number): string {
  let day = startedOn;
  let worked = 0;
  for (;;) {
    const w = weekday(day);
    if (w !== 0 && w !== 6) worked += 1;
    if (worked === days) return day;
    day = addDays(day, 1);
  }
}

/**
 * Whether `end` may be recorded on `placement`, and whether it is a retry of the one already recorded. The end
 * date is the contract's last day (the hire still counts toward the quota that day, not after).
 */
export function checkPlacementEnd(
  placement: EndablePlacement,
  end: PlacementEnd,
  followUps: readonly FollowUpFinding[],
  today: string,
): { alreadyRecorded: boolean; problems: EndProblem[] } {
  if (placement.endedOn !== null) {
    const same = placement.endedOn === end.endedOn && placement.endReason === end.reason;
    return same
      ? { alreadyRecorded: true, problems: [] }
      : {
          alreadyRecorded: false,
          problems: [
            {
              kind: 'conflict',
              message: `The placement already ended on ${placement.endedOn} (${placement.endReason})`,
            },
          ],
        };
  }
  const problems: EndProblem[] = [];
  if (end.endedOn < placement.startedOn)
    problems.push({
      kind: 'input',
      field: 'endedOn',
      message: `A placement cannot end before it started (${placement.startedOn})`,
    });
  if (end.endedOn > today)
    problems.push({ kind: 'input', field: 'endedOn', message: 'An end is recorded once it happened, not in advance' });
  if (end.reason === 'END_OF_TERM' && placement.contract === 'PERMANENT') {
    problems.push({ kind: 'input', field: 'reason', message: 'A permanent contract has no term to reach' });
  }
  const termDays =
    placement.contract === 'FIXED_TERM' && placement.termMonths != null
      ? fixedTermProbationDays(placement.startedOn, placement.termMonths)
      : null;
  if (end.reason === 'PROBATION_NOT_PASSED' && termDays !== null) {
    const limit = lastProbationDay(placement.startedOn, termDays);
    if (end.endedOn > limit) {
      problems.push({
        kind: 'rule',
        rule: 'PROBATION_OVER_FIXED_TERM_SHARE',
        message: `A ${placement.termMonths}-month fixed-term contract has a probation of ${termDays} working days (D.Lgs. 104/2022 art. 7 c.2): it was over on ${limit}; record the end with its real reason`,
        details: { bound: termDays, field: 'reason' },
      });
    }
  } else {
    const probationLimit = addMonths(placement.startedOn, PROBATION_MAX_MONTHS);
    if (end.reason === 'PROBATION_NOT_PASSED' && end.endedOn > probationLimit) {
      problems.push({
        kind: 'rule',
        rule: 'PROBATION_OVER_SIX_MONTHS',
        message: `A probation lasts at most ${PROBATION_MAX_MONTHS} months (L. 604/1966 art. 10): it was over on ${probationLimit}`,
        details: { bound: PROBATION_MAX_MONTHS, field: 'reason' },
      });
    }
  }
  // The mirror of the follow-up rule: a check that found the person at work must fall on or before the last day.
  const contradicted = followUps.find((f) => f.stillEmployed && f.sameEmployer && f.checkedOn > end.endedOn);
  if (contradicted) {
    problems.push({
      kind: 'rule',
      rule: 'END_CONTRADICTS_FOLLOW_UP',
      message: `The ${contradicted.milestoneMonths}-month follow-up found the person still employed here on ${contradicted.checkedOn}, after ${end.endedOn}`,
      details: { field: 'endedOn', milestoneMonths: contradicted.milestoneMonths, checkedOn: contradicted.checkedOn },
    });
  }
  return { alreadyRecorded: false, problems };
}
