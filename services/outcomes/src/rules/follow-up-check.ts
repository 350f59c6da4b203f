import type { InputProblem } from '@reg/errors';
import { followUpDueOn, isMilestone } from './follow-up-schedule.ts';

export interface FollowUpReport {
  milestoneMonths: number;
  checkedOn: string;
  stillEmployed: boolean;
  sameEmployer: boolean | null;
}

export type FollowUpProblem =
  | ({ kind: 'input' } & InputProblem)
  | { kind: 'rule'; rule: string; message: string; details: Record<string, unknown> };

/**
 * A follow-up is recorded on or after its due date (a check at 3 months says how the person is at 3 months, seed 000
 * "accompagnamento post-inserimento"), never in the future, and it agrees with the placement's end: the person works there on the
 * day checked exactly when no end is recorded on or before that day (the end date is the contract's last day). So a
 * check finding the person gone asks for the end to be recorded first, and the indicators read one story.
 */
export function followUpProblems(
  placement: { startedOn: string; endedOn: string | null },
  report: FollowUpReport,
  today: string,
): FollowUpProblem[] {
  if (!isMilestone(report.milestoneMonths))
    return [{ kind: 'input', field: 'milestoneMonths', message: 'Follow-ups are at 3, 6 or 12 months' }];
  const problems: FollowUpProblem[] = [];
  const dueOn = followUpDueOn(placement.startedOn, report.milestoneMonths);
  if (report.checkedOn > today)
    problems.push({ kind: 'input', field: 'checkedOn', message: 'A follow-up is recorded once done, not in advance' });
  if (report.checkedOn < dueOn) {
    problems.push({
      kind: 'rule',
      rule: 'FOLLOW_UP_NOT_DUE',
      message: `The ${report.milestoneMonths}-month follow-up is due on ${dueOn}`,
      details: { field: 'checkedOn', dueOn },
    });
  }
  if (report.stillEmployed && report.sameEmployer === null) {
    problems.push({
      kind: 'input',
      field: 'sameEmployer',
      message: 'Say whether the person still works for the same employer',
    });
  }
  if (!report.stillEmployed && report.sameEmployer === true) {
    problems.push({ kind: 'input', field: 'sameEmployer', message: 'A person not employed has no employer' });
  }
  const worksThere = report.stillEmployed && report.sameEmployer === true;
  const endedBefore = placement.endedOn !== null && placement.endedOn < report.checkedOn;
  if (worksThere && endedBefore) {
    problems.push({
      kind: 'rule',
      rule: 'FOLLOW_UP_CONTRADICTS_END',
      message: `The placement ended on ${placement.endedOn}: record the person as employed elsewhere or not employed`,
      details: { field: 'sameEmployer', endedOn: placement.endedOn },
    });
  }
  if (!worksThere && !endedBefore) {
    problems.push({
      kind: 'rule',
      rule: 'FOLLOW_UP_NEEDS_END',
      message: `The placement has no end recorded before ${report.checkedOn}: record its end (endPlacement) first`,
      details: { field: 'stillEmployed', endedOn: placement.endedOn },
    });
  }
  return problems;
}
