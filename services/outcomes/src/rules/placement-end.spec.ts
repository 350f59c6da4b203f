import { describe, expect, it } from 'vitest';
import {
  checkPlacementEnd,
  fixedTermProbationDays,
  lastProbationDay,
  type EndablePlacement,
  type FollowUpFinding,
  type PlacementEnd,
} from './placement-end.ts';

const permanent: EndablePlacement = { contract: 'PERMANENT', startedOn: '2026-01-10', endedOn: null, endReason: null };
const fixedTerm: EndablePlacement = { ...permanent, contract: 'FIXED_TERM' };
const today = '2026-12-31';
const check = (placement: EndablePlacement, end: PlacementEnd, followUps: FollowUpFinding[] = []) => {
  const result = checkPlacementEnd(placement, end, followUps, today);
  return {
    alreadyRecorded: result.alreadyRecorded,
    problems: result.problems.map((p) =>
      p.kind === 'rule' ? p.rule : p.kind === 'input' ? `input:${p.field}` : 'conflict',
    ),
  };
};

describe('ending a placement ("ending a contract is recorded, not deleted": the history of a placement stays)', () => {
  it('a resignation of a permanent contract after the start is recorded', () => {
    expect(check(permanent, { endedOn: '2026-06-30', reason: 'RESIGNATION' })).toEqual({
      alreadyRecorded: false,
      problems: [],
    });
  });

  it('the end may fall on the start day (one day worked), not the day before', () => {
    expect(check(permanent, { endedOn: '2026-01-10', reason: 'DISMISSAL' }).problems).toEqual([]);
    expect(check(permanent, { endedOn: '2026-01-09', reason: 'DISMISSAL' }).problems).toEqual(['input:endedOn']);
  });

  it('an end in the future is refused (recorded once it happened)', () => {
    expect(check(permanent, { endedOn: '2027-01-01', reason: 'RESIGNATION' }).problems).toEqual(['input:endedOn']);
  });

  it('END_OF_TERM is for contracts with a term, not a permanent one', () => {
    expect(check(permanent, { endedOn: '2026-06-30', reason: 'END_OF_TERM' }).problems).toEqual(['input:reason']);
    expect(check(fixedTerm, { endedOn: '2026-06-30', reason: 'END_OF_TERM' }).problems).toEqual([]);
  });

  it('L. 604/1966 art. 10: a failed probation ends within 6 months of the start (10 July), not the day after', () => {
    expect(check(permanent, { endedOn: '2026-07-10', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([]);
    expect(check(permanent, { endedOn: '2026-07-11', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([
      'PROBATION_OVER_SIX_MONTHS',
    ]);
  });

  it('the same end again is a retry: already recorded, no problem', () => {
    const ended: EndablePlacement = { ...permanent, endedOn: '2026-06-30', endReason: 'RESIGNATION' };
    expect(check(ended, { endedOn: '2026-06-30', reason: 'RESIGNATION' })).toEqual({
      alreadyRecorded: true,
      problems: [],
    });
  });

  it('a different second end (date or reason) is a conflict', () => {
    const ended: EndablePlacement = { ...permanent, endedOn: '2026-06-30', endReason: 'RESIGNATION' };
    expect(check(ended, { endedOn: '2026-07-01', reason: 'RESIGNATION' }).problems).toEqual(['conflict']);
    expect(check(ended, { endedOn: '2026-06-30', reason: 'DISMISSAL' }).problems).toEqual(['conflict']);
  });

  it('an end before a follow-up that found the person still at work there contradicts it; on that day it does not', () => {
    const atWork: FollowUpFinding = {
      milestoneMonths: 3,
      checkedOn: '2026-04-10',
      stillEmployed: true,
      sameEmployer: true,
    };
    expect(check(permanent, { endedOn: '2026-04-09', reason: 'RESIGNATION' }, [atWork]).problems).toEqual([
      'END_CONTRADICTS_FOLLOW_UP',
    ]);
    expect(check(permanent, { endedOn: '2026-04-10', reason: 'RESIGNATION' }, [atWork]).problems).toEqual([]);
  });

  it('D.Lgs. 104/2022 art. 7 c.2 (L. 203/2024): a fixed-term probation is one working day per 15 calendar days of the term, at least 2', () => {
    expect(fixedTermProbationDays('2026-02-02', 1)).toBe(2); // 28 days -> 1, raised to the minimum 2
    expect(fixedTermProbationDays('2026-03-02', 3)).toBe(6); // 92 days
    expect(fixedTermProbationDays('2026-01-05', 6)).toBe(12); // 181 days, under the cap of 15
    expect(fixedTermProbationDays('2026-01-05', 7)).toBe(14); // 212 days, under the cap of 30
    expect(fixedTermProbationDays('2026-01-05', 11)).toBe(22);
    // From 12 months the general limit (six months, L. 604/1966 art. 10) applies.
    expect(fixedTermProbationDays('2026-01-05', 12)).toBeNull();
    // Working days counted Monday to Friday from the start.
    expect(lastProbationDay('2026-03-02', 6)).toBe('2026-03-09');
  });

  it('D.Lgs. 104/2022 art. 7 c.2: a 3-month contract from Monday 2 March fails probation until 9 March, not on the 10th', () => {
    const threeMonths: EndablePlacement = { ...fixedTerm, startedOn: '2026-03-02', termMonths: 3 };
    expect(check(threeMonths, { endedOn: '2026-03-06', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([]);
    expect(check(threeMonths, { endedOn: '2026-03-09', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([]);
    expect(check(threeMonths, { endedOn: '2026-03-10', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([
      'PROBATION_OVER_FIXED_TERM_SHARE',
    ]);
    // Not a probation end: the term share does not apply.
    expect(check(threeMonths, { endedOn: '2026-03-10', reason: 'RESIGNATION' }).problems).toEqual([]);
  });

  it('a 12-month fixed-term contract keeps the six-month limit (L. 604/1966 art. 10)', () => {
    const year: EndablePlacement = { ...fixedTerm, termMonths: 12 };
    expect(check(year, { endedOn: '2026-07-10', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([]);
    expect(check(year, { endedOn: '2026-07-11', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual([
      'PROBATION_OVER_SIX_MONTHS',
    ]);
  });
});
