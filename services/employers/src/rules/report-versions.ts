import type { L68Obligation } from './l68-quota/index.ts';
import type { ReportedProvince } from './obligation-status.ts';

interface Versioned {
  readonly year: number;
  readonly version: number;
}

/** The latest version of each year's report: a correction replaces what it corrects, for every later reading. */
export function latestVersionPerYear<T extends Versioned>(reports: readonly T[]): T[] {
  const latest = new Map<number, T>();
  for (const r of reports) {
    const current = latest.get(r.year);
    if (!current || r.version > current.version) latest.set(r.year, r);
  }
  return [...latest.values()].sort((a, b) => a.year - b.year);
}

/** The first version of a year: its submission day is when the report was filed, whatever came after. */
export function firstVersionOf<T extends Versioned>(reports: readonly T[], year: number): T | null {
  return reports.filter((r) => r.year === year).sort((a, b) => a.version - b.version)[0] ?? null;
}

/** One province's disability-quota figures from a stored report (0 and 0 when the province is not in it). */
export function reportedProvince(
  report: Versioned & { obligation: L68Obligation },
  province: string,
): ReportedProvince {
  const p = report.obligation.byProvince.find((b) => b.province === province);
  return { year: report.year, version: report.version, quota: p?.disabledQuota ?? 0, covered: p?.disabledCovered ?? 0 };
}

/** The report valid on a date: the latest year whose situation date (31 December) is on or before it. */
export function reportValidOn<T extends Versioned>(latest: readonly T[], on: string): T | null {
  return latest.filter((r) => `${r.year}-12-31` <= on).sort((a, b) => b.year - a.year)[0] ?? null;
}
