import { describe, expect, it } from 'vitest';
import { trentoCatalogue2013 } from '@reg/catalogue/reference';
import type { ModalityFacts } from './delivery-check.ts';
import { monthsReached, pathMaximumBreaches, pathMinimumBreaches, totalsWith, type PathTotals } from './path-bounds.ts';

const modality = (code: string, modalityCode?: string): ModalityFacts => {
  const standard = trentoCatalogue2013.standards.find((s) => s.code === code);
  const found = modalityCode ? standard?.modalities.find((m) => m.code === modalityCode) : standard?.modalities[0];
  if (!found) throw new Error(`${code} ${modalityCode}`);
  return found;
};
const H = 60;
const path = (minutes: number, sessions: number, firstOn = '2025-03-01', lastOn = firstOn): PathTotals => ({
  minutes,
  sessions,
  firstOn,
  lastOn,
});
const max = (code: string, totals: PathTotals, m?: string) =>
  pathMaximumBreaches(code, modality(code, m), totals).map((b) => [b.rule, b.bound, b.actual]);
const min = (code: string, totals: PathTotals, m?: string) =>
  pathMinimumBreaches(code, modality(code, m), totals).map((b) => [b.rule, b.bound, b.actual]);

describe('2Bb: 15-18 hours within at most two months (seed 003)', () => {
  it('2Bb: 18 h is the maximum (seed 003)', () => {
    expect(max('2Bb', path(18 * H, 6))).toEqual([]);
  });

  it('2Bb: 18 h and one minute is over the maximum (seed 003)', () => {
    expect(max('2Bb', path(18 * H + 1, 6))).toEqual([['PATH_MAX_MINUTES', 18 * H, 18 * H + 1]]);
  });

  it('2Bb "massimo 2 mesi" (seed 003) is two calendar months from the first session: from 1 March, 1 May is in, 2 May is not', () => {
    expect(max('2Bb', path(10 * H, 4, '2025-03-01', '2025-04-30'))).toEqual([]);
    expect(max('2Bb', path(10 * H, 4, '2025-03-01', '2025-05-01'))).toEqual([]);
    expect(max('2Bb', path(10 * H, 4, '2025-03-01', '2025-05-02'))).toEqual([['PATH_MAX_SPAN', 2, 3]]);
  });

  it('2Bb: calendar months, not 60 days — from 1 July, 1 September (62 days) is in; from 31 December, 28 February is the last day', () => {
    expect(max('2Bb', path(10 * H, 4, '2025-07-01', '2025-09-01'))).toEqual([]);
    expect(max('2Bb', path(10 * H, 4, '2025-07-01', '2025-09-02'))).toEqual([['PATH_MAX_SPAN', 2, 3]]);
    expect(max('2Bb', path(10 * H, 4, '2025-12-31', '2026-02-28'))).toEqual([]);
    expect(max('2Bb', path(10 * H, 4, '2025-12-31', '2026-03-01'))).toEqual([['PATH_MAX_SPAN', 2, 3]]);
  });

  it('2Bb: a path closed at 15 h meets the minimum, at 14 h 59 min it is under it (seed 003)', () => {
    expect(min('2Bb', path(15 * H, 5))).toEqual([]);
    expect(min('2Bb', path(15 * H - 1, 5))).toEqual([['PATH_MIN_MINUTES', 15 * H, 15 * H - 1]]);
  });

  it('2Bb: an open path under the minimum is only unfinished: the maximum check passes (seed 003)', () => {
    expect(max('2Bb', path(2 * H, 1))).toEqual([]);
  });
});

describe('3A: individual sessions, 3 to 4 of them (seed 003)', () => {
  it('3A: 4 sessions is the maximum, a fifth is over it (seed 003)', () => {
    expect(max('3A', path(200, 4), 'INDIVIDUAL_INTERVIEW')).toEqual([]);
    expect(max('3A', path(250, 5), 'INDIVIDUAL_INTERVIEW')).toEqual([['PATH_MAX_SESSIONS', 4, 5]]);
  });

  it('3A: a path closed with 3 sessions meets the minimum (seed 003)', () => {
    expect(min('3A', path(150, 3), 'INDIVIDUAL_INTERVIEW')).toEqual([]);
  });

  it('3A: a path closed with 2 sessions is under the minimum of 3 (seed 003)', () => {
    expect(min('3A', path(100, 2), 'INDIVIDUAL_INTERVIEW')).toEqual([['PATH_MIN_SESSIONS', 3, 2]]);
  });

  it('3A: the group interview is bounded over the path, 16-20 hours (seed 003)', () => {
    expect(max('3A', path(20 * H, 8), 'GROUP_INTERVIEW')).toEqual([]);
    expect(max('3A', path(20 * H + 1, 8), 'GROUP_INTERVIEW')).toEqual([['PATH_MAX_MINUTES', 20 * H, 20 * H + 1]]);
    expect(min('3A', path(16 * H - 1, 8), 'GROUP_INTERVIEW')).toEqual([['PATH_MIN_MINUTES', 16 * H, 16 * H - 1]]);
  });
});

describe('3Bc: at most 50 hours (seed 003)', () => {
  it('3Bc: 50 h is the maximum, 50 h and one minute is over it (seed 003)', () => {
    expect(max('3Bc', path(50 * H, 20))).toEqual([]);
    expect(max('3Bc', path(50 * H + 1, 20))).toEqual([['PATH_MAX_MINUTES', 50 * H, 50 * H + 1]]);
  });

  it('3Bc: no minimum, so any path closes (seed 003)', () => {
    expect(min('3Bc', path(30, 1))).toEqual([]);
  });
});

describe('running totals', () => {
  it('a report adds its minutes and sessions and widens the dates both ways (reports may come late)', () => {
    const empty: PathTotals = { minutes: 0, sessions: 0, firstOn: null, lastOn: null };
    const one = totalsWith(empty, { minutes: 60, sessions: 1, deliveredOn: '2025-03-10' });
    expect(one).toEqual({ minutes: 60, sessions: 1, firstOn: '2025-03-10', lastOn: '2025-03-10' });
    expect(totalsWith(one, { minutes: 45, sessions: 1, deliveredOn: '2025-03-01' })).toEqual({
      minutes: 105,
      sessions: 2,
      firstOn: '2025-03-01',
      lastOn: '2025-03-10',
    });
  });

  it('the calendar months a path reaches into: up to the same day is that many months, a day more is the next', () => {
    expect(monthsReached('2025-03-01', '2025-03-01')).toBe(0);
    expect(monthsReached('2025-03-01', '2025-05-01')).toBe(2);
    expect(monthsReached('2025-03-01', '2025-05-02')).toBe(3);
  });
});
