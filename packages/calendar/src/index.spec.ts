import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  daysBetween,
  fromDays,
  isIsoDate,
  toDays,
  todayInRome,
  weekday,
} from './index.ts';

describe('calendar arithmetic on ISO dates', () => {
  it('adds months clamped to the month end (31 Aug + 6 months = 28/29 Feb: follow-up milestones, exemption periods)', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', 12)).toBe('2026-01-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('counts whole days across daylight-saving changes and leap days', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-22')).toBe(0);
  });
});

describe('one calendar for the whole graph', () => {
  it('adds years keeping the day, 29 February becoming 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2000-06-15', -18)).toBe('1982-06-15');
  });

  it('adds negative months across the year boundary', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-10', -13)).toBe('2023-12-10');
  });

  it('tells real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(fromDays(toDays('1969-12-31'))).toBe('1969-12-31');
  });

  it('counts completed years of age (born 29 February: of age on 1 March in a common year)', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('today is the Rome date: at 23:30 UTC on 31 December it is already 1 January in Italy', () => {
    expect(todayInRome(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayInRome(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(todayInRome(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });
});
