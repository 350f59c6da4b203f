import { describe, expect, it } from 'vitest';
import { agreementEndsOn, agreementInputProblems, agreementStateAt } from './agreement-schedule.ts';

const terms = {
  startsOn: '2026-01-01',
  schedule: [
    { dueOn: '2026-06-30', hires: 1 },
    { dueOn: '2026-12-31', hires: 2 },
  ],
};

describe('agreement schedule (convenzione, L. 68/1999 art. 11)', () => {
  it('L.68 art. 11: before the first due date the schedule is kept with no hire yet', () => {
    expect(agreementStateAt(terms, [], '2026-03-01')).toEqual({
      dueByNow: 0,
      hiredByNow: 0,
      kept: true,
      remaining: 3,
      inForce: true,
    });
  });

  it('L.68 art. 11: a due hire not made breaks the schedule from the day after its due date', () => {
    expect(agreementStateAt(terms, [], '2026-06-30').kept).toBe(false);
    expect(agreementStateAt(terms, ['2026-06-30'], '2026-06-30')).toMatchObject({ kept: true, remaining: 2 });
  });

  it('a hire made early counts for a later step; hires before the start do not count', () => {
    expect(agreementStateAt(terms, ['2026-02-01', '2026-03-01', '2026-04-01'], '2026-12-31')).toMatchObject({
      kept: true,
      remaining: 0,
    });
    expect(agreementStateAt(terms, ['2025-12-31'], '2026-07-01')).toMatchObject({ kept: false, hiredByNow: 0 });
  });

  it('in force from the start to the last due date', () => {
    expect(agreementEndsOn(terms)).toBe('2026-12-31');
    expect(agreementStateAt(terms, [], '2027-01-01').inForce).toBe(false);
    expect(agreementStateAt(terms, [], '2025-12-31').inForce).toBe(false);
  });

  it('input: at least one step, whole hires, no step before the start', () => {
    expect(agreementInputProblems({ startsOn: '2026-01-01', schedule: [] })[0]?.field).toBe('schedule');
    expect(
      agreementInputProblems({ startsOn: '2026-01-01', schedule: [{ dueOn: '2025-12-01', hires: 1 }] })[0]?.field,
    ).toBe('schedule[0].dueOn');
    expect(
      agreementInputProblems({ startsOn: '2026-01-01', schedule: [{ dueOn: '2026-12-01', hires: 0 }] })[0]?.field,
    ).toBe('schedule[0].hires');
    expect(agreementInputProblems(terms)).toEqual([]);
  });
});
