import type { InputProblem } from '@reg/errors';
import type { PlacementEndReason } from '../store/tables.ts';
import { addMonths } from '@reg/calendar';

export interface EndablePlacement {
  contract: 'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'AGENCY';
  startedOn: string;
  endedOn: string | null;
  endReason: PlacementEndReason | null;
}

export interface PlacementEnd { endedOn: string; reason: PlacementEndReason }

/** What a follow-up found, as far as the end of the placement is concerned. */
export interface FollowUpFinding { milestoneMonths: number; checkedOn: string; stillEmployed: boolean; sameEmployer: boolean }

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
 * Whether `end` may be recorded on `placement`, and whether it is a retry of the one already recorded. The end
 * date is the contract's last day (the hire still counts toward the quota that day, not after).
 */
export function checkPlacementEnd(placement: EndablePlacement, end: PlacementEnd, followUps: readonly FollowUpFinding[], today: string): { alreadyRecorded: boolean; problems: EndProblem[] } {
  if (placement.endedOn !== null) {
    const same = placement.endedOn === end.endedOn && placement.endReason === end.reason;
    return same
      ? { alreadyRecorded: true, problems: [] }
      : { alreadyRecorded: false, problems: [{ kind: 'conflict', message: `The placement already ended on ${placement.endedOn} (${placement.endReason})` }] };
  }
  const problems: EndProblem[] = [];
  if (end.endedOn < placement.startedOn) problems.push({ kind: 'input', field: 'endedOn', message: `A placement cannot end before it started (${placement.startedOn})` });
  if (end.endedOn > today) problems.push({ kind: 'input', field: 'endedOn', message: 'An end is recorded once it happened, not in advance' });
  if (end.reason === 'END_OF_TERM' && placement.contract === 'PERMANENT') {
    problems.push({ kind: 'input', field: 'reason', message: 'A permanent contract has no term to reach' });
  }
  const probationLimit = addMonths(placement.startedOn, PROBATION_MAX_MONTHS);
  if (end.reason === 'PROBATION_NOT_PASSED' && end.endedOn > probationLimit) {
    problems.push({ kind: 'rule', rule: 'PROBATION_OVER_SIX_MONTHS', message: `A probation lasts at most ${PROBATION_MAX_MONTHS} months (L. 604/1966 art. 10): it was over on ${probationLimit}`, details: { bound: PROBATION_MAX_MONTHS, field: 'reason' } });
  }
  // The mirror of the follow-up rule: a check that found the person at work must fall on or before the last day.
  const contradicted = followUps.find((f) => f.stillEmployed && f.sameEmployer && f.checkedOn > end.endedOn);
  if (contradicted) {
    problems.push({ kind: 'rule', rule: 'END_CONTRADICTS_FOLLOW_UP', message: `The ${contradicted.milestoneMonths}-month follow-up found the person still employed here on ${contradicted.checkedOn}, after ${end.endedOn}`, details: { field: 'endedOn', milestoneMonths: contradicted.milestoneMonths, checkedOn: contradicted.checkedOn } });
  }
  return { alreadyRecorded: false, problems };
}
