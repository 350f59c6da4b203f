/**
 * The old-age pension age, which ends "working age" for the L. 68/1999 lists. It follows life expectancy
 * (D.L. 201/2011 art. 24 c.12-13) and is set by decree, so it is dated configuration: a rule asks for the row
 * in force on a date. A new decree adds a row (closing the previous one's validTo); rows are never edited.
 */
export interface PensionAge {
  readonly years: number;
  readonly months: number;
  readonly validFrom: string;
  /** Last day of validity, or null while in force. */
  readonly validTo: string | null;
  readonly source: string;
}

export const PENSION_AGES: readonly PensionAge[] = [
  {
    years: 67,
    months: 0,
    validFrom: '2019-01-01',
    validTo: '2026-12-31',
    source: 'D.L. 201/2011 art. 24 c.6 and c.13; unchanged for 2025-2026 by D.M. 18 July 2023',
  },
  {
    years: 67,
    months: 1,
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    source: 'D.L. 201/2011 art. 24 c.13, life-expectancy step of 2027 reduced to one month by the budget law for 2026',
  },
  {
    years: 67,
    months: 3,
    validFrom: '2028-01-01',
    validTo: null,
    source: 'D.L. 201/2011 art. 24 c.13, three months in all from 2028 (budget law for 2026)',
  },
];
