import { describe, expect, it } from 'vitest';
import { placementProblems, type PlacementReport } from './placement-check.ts';

const base: PlacementReport = { contract: 'PERMANENT', startedOn: '2026-03-02' };
const fields = (change: Partial<PlacementReport>) =>
  placementProblems({ ...base, ...change }, '2026-12-01').map((p) => p.field);

describe('a placement as reported', () => {
  it("DPR 333/2000 art. 3: part-time hours come with the contract's own full time (not assumed 40), at most 40 (D.Lgs. 66/2003 art. 3)", () => {
    expect(fields({ weeklyHours: 19 })).toEqual(['fullTimeWeeklyHours']);
    expect(fields({ weeklyHours: 19, fullTimeWeeklyHours: 36 })).toEqual([]);
    expect(fields({ weeklyHours: 19, fullTimeWeeklyHours: 40 })).toEqual([]);
    expect(fields({ weeklyHours: 19, fullTimeWeeklyHours: 41 })).toEqual(['fullTimeWeeklyHours']);
    expect(fields({ weeklyHours: 37, fullTimeWeeklyHours: 36 })).toEqual(['weeklyHours']);
    expect(fields({})).toEqual([]);
  });

  it('D.Lgs. 81/2015 art. 34 c.3: an agency hire counts for the quota only on a mission of 12 months or more — 11 fails, 12 passes', () => {
    expect(fields({ contract: 'AGENCY', countsTowardQuota: true, termMonths: 11 })).toEqual(['countsTowardQuota']);
    expect(fields({ contract: 'AGENCY', countsTowardQuota: true, termMonths: 12 })).toEqual([]);
    expect(fields({ contract: 'AGENCY', countsTowardQuota: true, termMonths: 13 })).toEqual([]);
    expect(fields({ contract: 'AGENCY', countsTowardQuota: true })).toEqual(['countsTowardQuota']);
    expect(fields({ contract: 'AGENCY', countsTowardQuota: false, termMonths: 3 })).toEqual([]);
  });

  it('a term is for fixed-term contracts (required, 1-36 months) and agency missions only', () => {
    expect(fields({ contract: 'FIXED_TERM' })).toEqual(['termMonths']);
    expect(fields({ contract: 'FIXED_TERM', termMonths: 37 })).toEqual(['termMonths']);
    expect(fields({ contract: 'FIXED_TERM', termMonths: 36 })).toEqual([]);
    expect(fields({ termMonths: 12 })).toEqual(['termMonths']);
  });
});
