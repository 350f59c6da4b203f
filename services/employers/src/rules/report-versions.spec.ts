import { describe, expect, it } from 'vitest';
import { computeL68Obligation } from './l68-quota/index.ts';
import { firstVersionOf, latestVersionPerYear, reportedProvince, reportValidOn } from './report-versions.ts';

const r = (year: number, version: number) => ({ year, version });

describe('report versions (prospetto informativo)', () => {
  it('a correction is a new version: the latest version of each year is read, the first dates the filing', () => {
    const reports = [r(2024, 1), r(2025, 1), r(2025, 3), r(2025, 2)];
    expect(latestVersionPerYear(reports)).toEqual([r(2024, 1), r(2025, 3)]);
    expect(firstVersionOf(reports, 2025)).toEqual(r(2025, 1));
    expect(firstVersionOf(reports, 2023)).toBeNull();
  });

  it('DOMAIN.md: the report describes the situation at 31 December, valid from that day', () => {
    const latest = [r(2024, 1), r(2025, 1)];
    expect(reportValidOn(latest, '2025-12-30')).toEqual(r(2024, 1));
    expect(reportValidOn(latest, '2025-12-31')).toEqual(r(2025, 1));
    expect(reportValidOn(latest, '2024-06-01')).toBeNull();
  });

  it("one province's disability figures from the stored obligation", () => {
    const obligation = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [{ count: 40, contract: 'PERMANENT' }],
    });
    expect(reportedProvince({ year: 2025, version: 1, obligation }, 'MI')).toEqual({
      year: 2025,
      version: 1,
      quota: 2,
      covered: 0,
    });
    expect(reportedProvince({ year: 2025, version: 1, obligation }, 'BG')).toEqual({
      year: 2025,
      version: 1,
      quota: 0,
      covered: 0,
    });
  });
});
