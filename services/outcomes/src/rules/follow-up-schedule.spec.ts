import { describe, expect, it } from 'vitest';
import { dueFollowUps, followUpDueOn } from './follow-up-schedule.ts';

describe('follow-up due dates: calendar months from the start (seed 000 "accompagnamento post-inserimento")', () => {
  it('3, 6 and 12 months after 15 March 2026 are 15 June, 15 September 2026 and 15 March 2027', () => {
    expect([3, 6, 12].map((m) => followUpDueOn('2026-03-15', m as 3 | 6 | 12))).toEqual([
      '2026-06-15',
      '2026-09-15',
      '2027-03-15',
    ]);
  });

  it('end-of-month clamping: started 31 August 2025, the 6-month check is due 28 February 2026, the 3-month one 30 November', () => {
    expect(followUpDueOn('2025-08-31', 6)).toBe('2026-02-28');
    expect(followUpDueOn('2025-08-31', 3)).toBe('2025-11-30');
  });

  it('end-of-month clamping in a leap year: started 31 August 2027, 6 months is 29 February 2028', () => {
    expect(followUpDueOn('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('started 29 February 2028, the 12-month check is 28 February 2029', () => {
    expect(followUpDueOn('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('a 12-month check crosses the year: started 30 November 2025 -> 30 November 2026', () => {
    expect(followUpDueOn('2025-11-30', 12)).toBe('2026-11-30');
  });
});

describe('worklist: checks due on a date and not recorded', () => {
  const open = { startedOn: '2026-01-10', endedOn: null };

  it('nothing is due the day before the 3-month date; on the date the 3-month check is DUE with 0 days overdue', () => {
    expect(dueFollowUps(open, [], '2026-04-09')).toEqual([]);
    expect(dueFollowUps(open, [], '2026-04-10')).toEqual([
      { milestoneMonths: 3, dueOn: '2026-04-10', daysOverdue: 0, status: 'DUE' },
    ]);
  });

  it('30 days after the due date it is still DUE, 31 days after it is OVERDUE (30-day window, documented decision)', () => {
    expect(dueFollowUps(open, [], '2026-05-10')[0]).toMatchObject({ daysOverdue: 30, status: 'DUE' });
    expect(dueFollowUps(open, [], '2026-05-11')[0]).toMatchObject({ daysOverdue: 31, status: 'OVERDUE' });
  });

  it('a recorded check leaves the worklist; the later ones come when due', () => {
    expect(dueFollowUps(open, [3], '2026-07-10').map((d) => d.milestoneMonths)).toEqual([6]);
    expect(dueFollowUps(open, [3, 6, 12], '2027-06-01')).toEqual([]);
    expect(dueFollowUps(open, [], '2027-01-10').map((d) => d.milestoneMonths)).toEqual([3, 6, 12]);
  });

  it('a placement ended before a check falls due drops that check; ended on the due date keeps it (last day worked)', () => {
    expect(dueFollowUps({ startedOn: '2026-01-10', endedOn: '2026-04-09' }, [], '2027-01-10')).toEqual([]);
    expect(
      dueFollowUps({ startedOn: '2026-01-10', endedOn: '2026-04-10' }, [], '2027-01-10').map((d) => d.milestoneMonths),
    ).toEqual([3]);
  });
});
