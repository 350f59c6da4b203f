import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, weekday } from './index.ts';

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
