import { describe, expect, it } from 'vitest';
import { hireUnits, placeHires } from './quota-hires.ts';

describe('hires recorded in outcomes, as quota units', () => {
  it('DOMAIN.md: a disabled part-timer counts as one unit above 50% of full time, as half at 50% or less', () => {
    expect(hireUnits(null)).toBe(1);
    expect(hireUnits(21)).toBe(1);
    expect(hireUnits(20)).toBe(0.5);
    expect(hireUnits(10)).toBe(0.5);
  });

  it('a hire sits in the province of the vacancy it filled, else in the registered office', () => {
    const hires = placeHires(
      [{ startedOn: '2026-02-01', endedOn: null, weeklyHours: null, vacancyId: 'v1' }, { startedOn: '2026-02-01', endedOn: null, weeklyHours: 30, vacancyId: null }],
      new Map([['v1', 'MB']]),
      'MI',
    );
    expect(hires.map((h) => h.province)).toEqual(['MB', 'MI']);
  });
});
