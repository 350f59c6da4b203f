import { toCents } from '../rules/dated-amount.ts';

/**
 * Amounts of L. 68/1999 sanctions and contributions, as dated configuration: they change by ministerial decree,
 * so each value carries its validity range and its source, and a rule asks for the one valid on a date.
 * A new decree adds a row (closing the previous one's validTo); rows are never edited in place.
 */

export type L68AmountKind =
  /** Art. 15 c.4: per working day per uncovered position, after the 60-day hiring deadline. */
  | 'UNCOVERED_POSITION_PER_WORKING_DAY'
  /** Art. 15 c.1 (prospetto informativo late): fixed part. */
  | 'LATE_REPORT_FIXED'
  /** Art. 15 c.1: for each further day of delay. */
  | 'LATE_REPORT_PER_DAY'
  /** Art. 5 c.3 (esonero parziale): contribution per working day per exempted position. */
  | 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY';

export interface L68Amount {
  readonly kind: L68AmountKind;
  /** EUR, to the cent. */
  readonly euros: number;
  readonly validFrom: string;
  /** Last day of validity, or null while in force. */
  readonly validTo: string | null;
  readonly source: string;
}

/**
 * Art. 15 c.4 as amended by D.Lgs. 151/2015 art. 5 (in force 24 September 2015): the sanction per working day per
 * uncovered position is five times the exemption contribution of art. 5 c.3-bis. This is the only place that
 * relation is stated: the sanction rows below are derived from the contribution rows, never written by hand.
 */
export const SANCTION_TIMES_CONTRIBUTION = 5;

/**
 * The exemption contribution per working day per position, by period. DOMAIN.md gives EUR 39.21 from 2022 and
 * EUR 30.64 before; the earlier row starts on 24 September 2015, when the sanction became a multiple of it
 * (before that date the sanction had its own amount, which the sources here do not give: no row, so the status
 * says "no amount configured" instead of guessing).
 */
const CONTRIBUTIONS: readonly L68Amount[] = [
  {
    kind: 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY',
    euros: 30.64,
    validFrom: '2015-09-24',
    validTo: '2021-12-31',
    source: 'L. 68/1999 art. 5 c.3, amount before 2022',
  },
  {
    kind: 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY',
    euros: 39.21,
    validFrom: '2022-01-01',
    validTo: null,
    source: 'L. 68/1999 art. 5 c.3, updated amount from 2022',
  },
];

/** The art. 15 c.4 sanction rows, one per contribution row, over the same period. */
export const deriveSanctions = (contributions: readonly L68Amount[]): L68Amount[] =>
  contributions.map((c) => ({
    kind: 'UNCOVERED_POSITION_PER_WORKING_DAY',
    euros: (toCents(c.euros) * SANCTION_TIMES_CONTRIBUTION) / 100,
    validFrom: c.validFrom,
    validTo: c.validTo,
    source: `L. 68/1999 art. 15 c.4 as amended by D.Lgs. 151/2015 art. 5: ${SANCTION_TIMES_CONTRIBUTION} x EUR ${c.euros.toFixed(2)} (art. 5 c.3 contribution valid from ${c.validFrom})`,
  }));

/**
 * The late-report amounts are given by DOMAIN.md only as in force, dated here from 1 January 2022 with the
 * others (an assumption until a source dates them); earlier periods have no late-report amount.
 */
export const L68_AMOUNTS: readonly L68Amount[] = [
  ...deriveSanctions(CONTRIBUTIONS),
  {
    kind: 'LATE_REPORT_FIXED',
    euros: 702.43,
    validFrom: '2022-01-01',
    validTo: null,
    source: 'L. 68/1999 art. 15 c.1, updated amount',
  },
  {
    kind: 'LATE_REPORT_PER_DAY',
    euros: 34.02,
    validFrom: '2022-01-01',
    validTo: null,
    source: 'L. 68/1999 art. 15 c.1, updated amount',
  },
  ...CONTRIBUTIONS,
];
