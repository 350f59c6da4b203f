import type { L68Amount } from '../reference/l68-amounts.ts';
import { addDays, daysBetween } from '@reg/calendar';
import { amountOn, fromCents, toCents } from './dated-amount.ts';

/**
 * Prospetto informativo: the situation at 31 December of year Y is due by 31 January of Y+1
 * (L. 68/1999 art. 9 c.6; DOMAIN.md).
 */
export const reportDueDate = (year: number): string => `${year + 1}-01-31`;

/** A report already on file for an earlier year: what it said about the quotas. */
export interface EarlierReport {
  readonly year: number;
  readonly disabledQuota: number;
  readonly art18Quota: number;
}

/**
 * Whether an employer must report for a year. The law (art. 9 c.6 as amended by D.Lgs. 151/2015) asks for a
 * report only when the situation changed since the last one, and this graph cannot know a change it was not
 * told about. The rule implemented: an employer must report every year once its latest earlier report shows a
 * quota (disability or art. 18) above zero, i.e. once it is known to be subject to the obligation; an employer
 * with no report, or whose latest report shows no quota, is not listed as late. A CPI that knows of a change
 * (e.g. a hiring wave) can still ask for a report; it is not presumed here.
 */
export function mustReport(year: number, earlier: readonly EarlierReport[]): boolean {
  const latest = earlier.filter((r) => r.year < year).sort((a, b) => b.year - a.year)[0];
  return latest !== undefined && latest.disabledQuota + latest.art18Quota > 0;
}

export interface LateReport {
  readonly year: number;
  readonly dueOn: string;
  /** The first version's submission day, or null while none is on file. */
  readonly submittedOn: string | null;
  /** Calendar days after the due date, to the submission or, while missing, to the date asked. */
  readonly daysLate: number;
  /** EUR; null when no amount is configured for the day after the due date. */
  readonly sanction: number | null;
  readonly explanation: string;
}

/**
 * Whether a year's report is late at `asOf`, and the sanction of art. 15 c.1: a fixed amount plus an amount for
 * each day of delay (DOMAIN.md: EUR 702.43 + EUR 34.02 per day). Days are calendar days: the law counts days of
 * delay, not working days. Amounts are those valid on the first day of delay. Null when not late.
 */
export function lateReport(
  year: number,
  firstSubmittedOn: string | null,
  asOf: string,
  amounts: readonly L68Amount[],
): LateReport | null {
  const dueOn = reportDueDate(year);
  const end = firstSubmittedOn ?? asOf;
  const daysLate = daysBetween(dueOn, end);
  if (daysLate <= 0) return null;
  const firstLateDay = addDays(dueOn, 1);
  const fixed = amountOn(amounts, 'LATE_REPORT_FIXED', firstLateDay);
  const perDay = amountOn(amounts, 'LATE_REPORT_PER_DAY', firstLateDay);
  const sanction = fixed && perDay ? fromCents(toCents(fixed.euros) + daysLate * toCents(perDay.euros)) : null;
  const state = firstSubmittedOn ? `submitted on ${firstSubmittedOn}` : `still missing on ${asOf}`;
  const explanation =
    sanction === null
      ? `L. 68/1999 art. 9 c.6: report for ${year} due by ${dueOn}, ${state}: ${daysLate} days late; no sanction amount configured for ${firstLateDay}`
      : `L. 68/1999 art. 9 c.6, art. 15 c.1: report for ${year} due by ${dueOn}, ${state}: ${daysLate} days late -> EUR ${fixed!.euros.toFixed(2)} + ${daysLate} x EUR ${perDay!.euros.toFixed(2)} = EUR ${sanction.toFixed(2)}`;
  return { year, dueOn, submittedOn: firstSubmittedOn, daysLate, sanction, explanation };
}

/**
 * EUR of the art. 15 c.1 sanction for one year's report that accrued from `from` to `to` (inclusive): the
 * sanction `lateReport` gives on `to` less the one it gives the day before `from`, each with the report counted
 * only once filed, so the fixed part falls on the first day of delay and each day of delay adds its amount.
 * 0 when nothing accrued; null when an amount is not configured.
 */
export function lateReportAccrued(
  year: number,
  firstSubmittedOn: string | null,
  from: string,
  to: string,
  amounts: readonly L68Amount[],
): number | null {
  const accruedBy = (day: string): number | null => {
    const filed = firstSubmittedOn !== null && firstSubmittedOn <= day ? firstSubmittedOn : null;
    const late = lateReport(year, filed, day, amounts);
    return late === null ? 0 : late.sanction;
  };
  const before = accruedBy(addDays(from, -1));
  const by = accruedBy(to);
  if (before === null || by === null) return null;
  return fromCents(toCents(by) - toCents(before));
}
