/**
 * The income up to which work does not end the unemployment status: D.L. 4/2019 art. 4 c.15-quater (converted by
 * L. 26/2019) keeps unemployed "i lavoratori il cui reddito da lavoro dipendente o autonomo corrisponde a
 * un'imposta lorda pari o inferiore alle detrazioni spettanti ai sensi dell'articolo 13 del TUIR". The detractions
 * change by law, so the figures are dated configuration: the row in force on the day the work starts applies. A
 * new law adds a row (closing the previous one's validTo); rows are never edited. Yearly euro of expected income.
 */
export interface UnemploymentIncomeThreshold {
  /** Employment (lavoro dipendente e assimilati). */
  readonly employee: number;
  /** Self-employment (lavoro autonomo). */
  readonly selfEmployed: number;
  readonly validFrom: string;
  /** Last day of validity, or null while in force. */
  readonly validTo: string | null;
  readonly source: string;
}

export const UNEMPLOYMENT_INCOME_THRESHOLDS: readonly UnemploymentIncomeThreshold[] = [
  {
    employee: 8145,
    selfEmployed: 4800,
    validFrom: '2019-03-30',
    validTo: '2021-12-31',
    source: 'D.L. 4/2019 art. 4 c.15-quater (L. 26/2019, in force 30 March 2019); figures of ANPAL circular 1/2019',
  },
  {
    employee: 8174,
    selfEmployed: 5500,
    validFrom: '2022-01-01',
    validTo: '2023-12-31',
    source: 'TUIR art. 13 as amended by L. 234/2021 art. 1 c.2 (no-tax areas from 2022)',
  },
  {
    employee: 8500,
    selfEmployed: 5500,
    validFrom: '2024-01-01',
    validTo: null,
    source: 'TUIR art. 13 as amended by D.Lgs. 216/2023 art. 1 (made permanent by L. 207/2024 art. 1 c.2)',
  },
];

/** The thresholds in force on a date; null before the rule existed (no figure is invented for earlier work). */
export function incomeThresholdOn(
  date: string,
  rows: readonly UnemploymentIncomeThreshold[] = UNEMPLOYMENT_INCOME_THRESHOLDS,
): UnemploymentIncomeThreshold | null {
  return rows.find((r) => r.validFrom <= date && (r.validTo === null || r.validTo >= date)) ?? null;
}
