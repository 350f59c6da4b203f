import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '@reg/calendar';
import { easterSunday, isWorkingDay, nationalHolidays, workingDaysBetween } from './working-days.ts';

describe('working days (Italian national calendar)', () => {
  it('Easter Sunday: 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2038-04-25', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('L. 260/1949 and later laws: ten fixed holidays plus Easter Monday', () => {
    expect(nationalHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-06',
      '2026-04-25',
      '2026-05-01',
      '2026-06-02',
      '2026-08-15',
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('Saturdays, Sundays and holidays are not working days; an ordinary Monday is', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2025-04-21')).toBe(false); // Easter Monday 2025
    expect(isWorkingDay('2026-06-02')).toBe(false); // Tuesday, Festa della Repubblica
    expect(isWorkingDay('2026-12-08')).toBe(false); // Tuesday, Immacolata
  });

  it('counts both ends included, and 0 for an empty range', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-27')).toBe(5);
    expect(workingDaysBetween('2026-11-23', '2026-11-23')).toBe(1);
    expect(workingDaysBetween('2026-11-24', '2026-11-23')).toBe(0);
    // December 2026: 23 weekdays minus 8th, 25th (Tue, Fri); the 26th is a Saturday.
    expect(workingDaysBetween('2026-12-01', '2026-12-31')).toBe(21);
    // The year 2026: 261 weekdays, minus the 7 holidays on weekdays (25 Apr, 15 Aug and 26 Dec are Saturdays, 1 Nov a Sunday).
    expect(workingDaysBetween('2026-01-01', '2026-12-31')).toBe(261 - 7);
  });

  it('calendar helpers: month ends clamp, leap years count', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-01', 24)).toBe('2028-03-01');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});
