import { describe, expect, it } from 'vitest';
import { followUpProblems, type FollowUpReport } from './follow-up-check.ts';

const open = { startedOn: '2026-01-10', endedOn: null };
const ended = { startedOn: '2026-01-10', endedOn: '2026-05-31' };
const at = (report: Partial<FollowUpReport>): FollowUpReport => ({
  milestoneMonths: 3,
  checkedOn: '2026-04-10',
  stillEmployed: true,
  sameEmployer: true,
  ...report,
});
const ids = (
  placement: { startedOn: string; endedOn: string | null },
  report: Partial<FollowUpReport>,
  today = '2026-12-31',
) => followUpProblems(placement, at(report), today).map((p) => (p.kind === 'rule' ? p.rule : `input:${p.field}`));

describe('recording a follow-up (seed 000 post-placement monitoring)', () => {
  it('on its due date a 3-month check of a person still at work is fine', () => {
    expect(ids(open, {})).toEqual([]);
  });

  it('the day before its due date it is refused: FOLLOW_UP_NOT_DUE', () => {
    expect(ids(open, { checkedOn: '2026-04-09' })).toEqual(['FOLLOW_UP_NOT_DUE']);
  });

  it('milestones are only 3, 6 and 12 months', () => {
    expect(ids(open, { milestoneMonths: 9 })).toEqual(['input:milestoneMonths']);
    expect(ids(open, { milestoneMonths: 0 })).toEqual(['input:milestoneMonths']);
  });

  it('a check in the future is refused', () => {
    expect(ids(open, { checkedOn: '2026-04-11' }, '2026-04-10')).toEqual(['input:checkedOn']);
  });

  it('a person at work must say whether with the same employer; a person not at work has none', () => {
    expect(ids(open, { sameEmployer: null })).toEqual(['input:sameEmployer', 'FOLLOW_UP_NEEDS_END']);
    expect(
      ids(ended, { checkedOn: '2026-07-10', milestoneMonths: 6, stillEmployed: false, sameEmployer: true }),
    ).toEqual(['input:sameEmployer']);
  });

  it('after the end (31 May) the person cannot be found at work with the same employer: FOLLOW_UP_CONTRADICTS_END', () => {
    expect(ids(ended, { milestoneMonths: 6, checkedOn: '2026-07-10' })).toEqual(['FOLLOW_UP_CONTRADICTS_END']);
  });

  it('after the end, employed elsewhere or not employed is what a check may find', () => {
    expect(ids(ended, { milestoneMonths: 6, checkedOn: '2026-07-10', sameEmployer: false })).toEqual([]);
    expect(
      ids(ended, { milestoneMonths: 6, checkedOn: '2026-07-10', stillEmployed: false, sameEmployer: false }),
    ).toEqual([]);
  });

  it('on the last day (end date) the person still works there: a check that day finding them gone asks for the end first', () => {
    expect(ids({ ...ended, endedOn: '2026-04-10' }, {})).toEqual([]);
    expect(ids({ ...ended, endedOn: '2026-04-10' }, { stillEmployed: false, sameEmployer: false })).toEqual([
      'FOLLOW_UP_NEEDS_END',
    ]);
  });

  it('a check finding the person gone while no end is recorded: FOLLOW_UP_NEEDS_END (record the end first)', () => {
    expect(ids(open, { stillEmployed: false, sameEmployer: false })).toEqual(['FOLLOW_UP_NEEDS_END']);
    expect(ids(open, { stillEmployed: true, sameEmployer: false })).toEqual(['FOLLOW_UP_NEEDS_END']);
  });
});
