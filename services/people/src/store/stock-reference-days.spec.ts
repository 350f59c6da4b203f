import { describe, expect, it } from 'vitest';
import { stockReferenceDays } from './indicator-store.ts';

describe('the stock of the L. 68/1999 lists at the period reference day (DOMAIN.md Monitoring: enrolled, stock and flow)', () => {
  it('a past year: each month-end, labelled with the quarter and the year it closes', () => {
    const days = stockReferenceDays('2025-01-01', '2025-12-31', '2026-12-01');
    expect(days).toHaveLength(12);
    expect(days[0]).toEqual({ ref: '2025-01-31', periods: ['2025-01'] });
    expect(days[1]).toEqual({ ref: '2025-02-28', periods: ['2025-02'] });
    expect(days[2]).toEqual({ ref: '2025-03-31', periods: ['2025-03', '2025-Q1'] });
    expect(days[11]).toEqual({ ref: '2025-12-31', periods: ['2025-12', '2025-Q4', '2025'] });
  });

  it('the year under way: today for the month, quarter and year under way; nothing after', () => {
    const days = stockReferenceDays('2026-01-01', '2026-12-31', '2026-05-14');
    expect(days).toHaveLength(5);
    expect(days.at(-1)).toEqual({ ref: '2026-05-14', periods: ['2026-05', '2026-Q2', '2026'] });
    // On a month's last day the month is closed and under way at once: its day is today either way.
    expect(stockReferenceDays('2026-01-01', '2026-12-31', '2026-04-30').at(-1)).toEqual({
      ref: '2026-04-30',
      periods: ['2026-04', '2026-Q2', '2026'],
    });
  });
});
