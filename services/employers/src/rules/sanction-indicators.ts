import type { MeasuredCell } from '@reg/indicators';
import { fromCents, toCents } from './dated-amount.ts';

/** The sanction one employer accrued in one province and month (L. 68/1999 art. 15 c.1 and c.4), EUR. */
export interface MonthlySanction {
  readonly employerId: string;
  readonly province: string;
  /** YYYY-MM. */
  readonly month: string;
  /** Null when part of it has no configured amount. */
  readonly euros: number | null;
}

export const SANCTION_MEASURES = ['sanctionedEmployers', 'sanctionsAccrued'] as const;

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/**
 * Adds to the l68 lattice, for every period (year, quarter, month) and province (and the region), the employers
 * with a sanction accrued in it and the EUR accrued. Employers are counted once per cell however many months or
 * provinces they accrued in; an amount is null when one of its parts is. A cell the acts did not produce is
 * added with no people and no acts. Employers are not people: these counts never make a cell suppressed.
 */
export function withSanctions(
  cells: readonly MeasuredCell[],
  sanctions: readonly MonthlySanction[],
  /** The family's other measures, 0 in the cells added, and how many counts of people its cells carry. */
  actMeasures: readonly string[],
  personCounts: number,
): MeasuredCell[] {
  const byKey = new Map<
    string,
    { period: string; province: string | null; employers: Set<string>; cents: number | null }
  >();
  for (const s of sanctions) {
    if (s.euros === 0) continue;
    for (const period of [s.month.slice(0, 4), quarterOf(s.month), s.month])
      for (const province of [s.province, null]) {
        const key = JSON.stringify([period, province]);
        const cell = byKey.get(key) ?? { period, province, employers: new Set<string>(), cents: 0 };
        cell.employers.add(s.employerId);
        cell.cents = cell.cents === null || s.euros === null ? null : cell.cents + toCents(s.euros);
        byKey.set(key, cell);
      }
  }
  const measuresOf = (key: string) => {
    const found = byKey.get(key);
    byKey.delete(key);
    return {
      sanctionedEmployers: found?.employers.size ?? 0,
      sanctionsAccrued: found ? (found.cents === null ? null : fromCents(found.cents)) : 0,
    };
  };
  const merged: MeasuredCell[] = cells.map((c) => ({
    ...c,
    measures: { ...c.measures, ...measuresOf(JSON.stringify([c.period, c.province])) },
  }));
  const zeroActs = Object.fromEntries(actMeasures.map((m) => [m, 0]));
  for (const [key, s] of [...byKey]) {
    merged.push({
      period: s.period,
      province: s.province,
      providerKind: null,
      provider: null,
      serviceCode: null,
      targetGroup: null,
      people: 0,
      personCounts: Array.from({ length: personCounts }, () => 0),
      measures: { ...zeroActs, ...measuresOf(key) },
    });
  }
  return merged;
}
