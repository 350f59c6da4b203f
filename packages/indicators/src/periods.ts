import type { Granularity } from './request.ts';

const patterns: Record<Granularity, RegExp> = { YEAR: /^\d{4}$/, QUARTER: /^\d{4}-Q[1-4]$/, MONTH: /^\d{4}-\d{2}$/ };

export const isPeriodOf = (granularity: Granularity, period: string) => patterns[granularity].test(period);

/** First day of a period label (YYYY, YYYY-Qn, YYYY-MM). */
export function periodStart(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (/^\d{4}$/.test(period)) return `${period}-01-01`;
  return `${period}-01`;
}

/**
 * The lattice always covers whole calendar years, whatever dates were asked, so that the suppression pattern
 * does not depend on the range a caller chose: [first day of from's year, first day after to's year).
 */
export const latticeBounds = (from: string, to: string) => ({
  start: `${from.slice(0, 4)}-01-01`,
  end: `${Number(to.slice(0, 4)) + 1}-01-01`,
});
