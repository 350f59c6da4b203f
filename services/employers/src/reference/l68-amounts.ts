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
 * DOMAIN.md gives the amounts in force and dates the sanction "since 2022"; it does not date the others, so
 * all four start on 1 January 2022 here (an assumption, until a source dates them). Earlier dates have no amount:
 * the status says so instead of inventing one.
 */
export const L68_AMOUNTS: readonly L68Amount[] = [
  { kind: 'UNCOVERED_POSITION_PER_WORKING_DAY', euros: 196.05, validFrom: '2022-01-01', validTo: null, source: "L. 68/1999 art. 15 c.4, amount updated from 2022 (../shared/DOMAIN.md, 'Employer obligations')" },
  { kind: 'LATE_REPORT_FIXED', euros: 702.43, validFrom: '2022-01-01', validTo: null, source: "L. 68/1999 art. 15 c.1, updated amount (../shared/DOMAIN.md, 'Employer obligations')" },
  { kind: 'LATE_REPORT_PER_DAY', euros: 34.02, validFrom: '2022-01-01', validTo: null, source: "L. 68/1999 art. 15 c.1, updated amount (../shared/DOMAIN.md, 'Employer obligations')" },
  { kind: 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', euros: 39.21, validFrom: '2022-01-01', validTo: null, source: "L. 68/1999 art. 5 c.3, updated amount (../shared/DOMAIN.md, 'Employer obligations')" },
];
