import { describe, expect, it } from 'vitest';
import { checkPlacementEnd, type EndablePlacement, type FollowUpFinding, type PlacementEnd } from './placement-end.ts';

const permanent: EndablePlacement = { contract: 'PERMANENT', startedOn: '2026-01-10', endedOn: null, endReason: null };
const fixedTerm: EndablePlacement = { ...permanent, contract: 'FIXED_TERM' };
const today = '2026-12-31';
const check = (placement: EndablePlacement, end: PlacementEnd, followUps: FollowUpFinding[] = []) => {
  const result = checkPlacementEnd(placement, end, followUps, today);
  return { alreadyRecorded: result.alreadyRecorded, problems: result.problems.map((p) => (p.kind === 'rule' ? p.rule : p.kind === 'input' ? `input:${p.field}` : 'conflict')) };
};

describe('ending a placement ("ending a contract is recorded, not deleted": the history of a placement stays)', () => {
  it('a resignation of a permanent contract after the start is recorded', () => {
    expect(check(permanent, { endedOn: '2026-06-30', reason: 'RESIGNATION' })).toEqual({ alreadyRecorded: false, problems: [] });
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
    expect(check(permanent, { endedOn: '2026-07-11', reason: 'PROBATION_NOT_PASSED' }).problems).toEqual(['PROBATION_OVER_SIX_MONTHS']);
  });

  it('the same end again is a retry: already recorded, no problem', () => {
    const ended: EndablePlacement = { ...permanent, endedOn: '2026-06-30', endReason: 'RESIGNATION' };
    expect(check(ended, { endedOn: '2026-06-30', reason: 'RESIGNATION' })).toEqual({ alreadyRecorded: true, problems: [] });
  });

  it('a different second end (date or reason) is a conflict', () => {
    const ended: EndablePlacement = { ...permanent, endedOn: '2026-06-30', endReason: 'RESIGNATION' };
    expect(check(ended, { endedOn: '2026-07-01', reason: 'RESIGNATION' }).problems).toEqual(['conflict']);
    expect(check(ended, { endedOn: '2026-06-30', reason: 'DISMISSAL' }).problems).toEqual(['conflict']);
  });

  it('an end before a follow-up that found the person still at work there contradicts it; on that day it does not', () => {
    const atWork: FollowUpFinding = { milestoneMonths: 3, checkedOn: '2026-04-10', stillEmployed: true, sameEmployer: true };
    expect(check(permanent, { endedOn: '2026-04-09', reason: 'RESIGNATION' }, [atWork]).problems).toEqual(['END_CONTRADICTS_FOLLOW_UP']);
    expect(check(permanent, { endedOn: '2026-04-10', reason: 'RESIGNATION' }, [atWork]).problems).toEqual([]);
  });
});
