import { describe, expect, it } from 'vitest';
import { hireUnits, placeHires } from './quota-hires.ts';

describe('hires recorded in outcomes, as quota units', () => {
  it('DOMAIN.md: a disabled part-timer counts as one unit above 50% of full time, as half at 50% or less', () => {
    expect(hireUnits(null)).toBe(1);
    expect(hireUnits(21)).toBe(1);
    expect(hireUnits(20)).toBe(0.5);
    expect(hireUnits(10)).toBe(0.5);
  });

  it("DPR 333/2000 art. 3: the half is of the contract's own full time, not 40 — 19/36 is one unit, 18/36 half, 19/38 half, 20/38 one", () => {
    expect(hireUnits(19, 36)).toBe(1);
    expect(hireUnits(18, 36)).toBe(0.5);
    expect(hireUnits(19, 38)).toBe(0.5);
    expect(hireUnits(19.5, 38)).toBe(1);
    expect(hireUnits(36, 36)).toBe(1);
    // Without a recorded full time, whole only above half of the lawful 40 hours (D.Lgs. 66/2003 art. 3).
    expect(hireUnits(19)).toBe(0.5);
  });

  it('a hire sits in the province of the vacancy it filled, else in the registered office', () => {
    const hires = placeHires(
      [
        { startedOn: '2026-02-01', endedOn: null, weeklyHours: null, vacancyId: 'v1' },
        { startedOn: '2026-02-01', endedOn: null, weeklyHours: 30, vacancyId: null },
      ],
      new Map([['v1', 'MB']]),
      'MI',
    );
    expect(hires.map((h) => h.province)).toEqual(['MB', 'MI']);
  });
});
