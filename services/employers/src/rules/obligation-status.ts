import type { L68Amount } from '../reference/l68-amounts.ts';
import { agreementStateAt, type AgreementTerms } from './agreement-schedule.ts';
import { addDays, yearEnd } from '@reg/calendar';
import { amountOn, fromCents, toCents } from './dated-amount.ts';
import { ceilWholePositions } from './l68-quota/index.ts';
import type { QuotaHire } from './quota-hires.ts';
import { isWorkingDay } from './working-days.ts';

/** L. 68/1999 art. 9 c.1 (and DPR 333/2000 art. 2 c.4): hire within 60 days of the obligation arising; art. 15 c.4 prices the days after. */
export const HIRING_DEADLINE_DAYS = 60;

/** One province's disability-quota figures from the latest version of one year's report. */
export interface ReportedProvince {
  readonly year: number;
  readonly version: number;
  readonly quota: number;
  readonly covered: number;
}

export interface ExemptionPeriod {
  readonly from: string;
  readonly to: string;
  readonly positions: number;
}

/** Sospensione (art. 3 c.5): no sanction accrues while it lasts; `to` null = until revoked. */
export interface SuspensionPeriod {
  readonly from: string;
  readonly to: string | null;
  readonly legalBasis: string;
}

export interface ObligationFacts {
  readonly province: string;
  readonly on: string;
  /** Latest version of each year's report, for this province. */
  readonly reports: readonly ReportedProvince[];
  /** Quota hires of this province (from outcomes). */
  readonly hires: readonly QuotaHire[];
  readonly exemptions: readonly ExemptionPeriod[];
  readonly agreements: readonly AgreementTerms[];
  readonly suspensions: readonly SuspensionPeriod[];
  readonly amounts: readonly L68Amount[];
  /** Art. 15 c.4 prices the shortfall of private employers and public economic bodies only (employer-kind.ts); default true. */
  readonly moneySanctions?: boolean;
}

export interface ObligationStatus {
  readonly province: string;
  readonly on: string;
  /** The report the figures come from (null: no report valid on the date, every figure 0). */
  readonly reportYear: number | null;
  readonly reportVersion: number | null;
  readonly quota: number;
  readonly reportedCovered: number;
  /** Units covered by quota hires started after the report's situation date and not ended on the date. */
  readonly hiredSinceReport: number;
  readonly covered: number;
  readonly uncovered: number;
  readonly exemptedPositions: number;
  readonly underAgreement: number;
  /** Whether the schedule of the agreements in force is kept; null when none is in force. */
  readonly agreementKept: boolean | null;
  readonly suspended: boolean;
  readonly suspensionBasis: string | null;
  /** Uncovered positions on which the sanction runs on the date (0 before the deadline counts too: see deadline). */
  readonly sanctionablePositions: number;
  readonly uncoveredSince: string | null;
  readonly hiringDeadline: string | null;
  /** EUR per working day on the date (0 on a non-working day, before the deadline, or when nothing is sanctionable). */
  readonly dailySanction: number | null;
  /** EUR accrued from the deadline to the date; null when a day in it has no configured amount. */
  readonly accruedSanction: number | null;
  readonly explanation: readonly string[];
}

interface DayFigures {
  report: ReportedProvince | null;
  hiredSinceReport: number;
  covered: number;
  uncovered: number;
  exempted: number;
  underAgreement: number;
  agreementKept: boolean | null;
  suspension: SuspensionPeriod | null;
  sanctionable: number;
}

/** The report valid on a day: the latest year whose situation date (31 December) is on or before it. */
function reportOn(reports: readonly ReportedProvince[], day: string): ReportedProvince | null {
  let best: ReportedProvince | null = null;
  for (const r of reports) if (yearEnd(r.year) <= day && (!best || r.year > best.year)) best = r;
  return best;
}

function figuresOn(facts: ObligationFacts, day: string): DayFigures {
  const report = reportOn(facts.reports, day);
  const since = report ? yearEnd(report.year) : null;
  const hiredSinceReport =
    since === null
      ? 0
      : facts.hires
          .filter((h) => h.startedOn > since && h.startedOn <= day && (h.endedOn === null || h.endedOn >= day))
          .reduce((s, h) => s + h.units, 0);
  const quota = report?.quota ?? 0;
  const covered = (report?.covered ?? 0) + hiredSinceReport;
  const uncovered = ceilWholePositions(quota - covered);
  const exempted = facts.exemptions.filter((e) => e.from <= day && day <= e.to).reduce((s, e) => s + e.positions, 0);
  let underAgreement = 0;
  let agreementKept: boolean | null = null;
  const hireStarts = facts.hires.map((h) => h.startedOn);
  for (const terms of facts.agreements) {
    const state = agreementStateAt(terms, hireStarts, day);
    if (!state.inForce) continue;
    agreementKept = (agreementKept ?? true) && state.kept;
    if (state.kept) underAgreement += state.remaining;
  }
  const suspension = facts.suspensions.find((s) => s.from <= day && (s.to === null || day <= s.to)) ?? null;
  const sanctionable = suspension ? 0 : Math.max(0, uncovered - exempted - underAgreement);
  return {
    report,
    hiredSinceReport,
    covered,
    uncovered,
    exempted,
    underAgreement,
    agreementKept,
    suspension,
    sanctionable,
  };
}

/**
 * EUR cents the art. 15 c.4 sanction accrues on one day of a run of uncovered days that started on `runStart`:
 * nothing up to the 60th day (art. 9 c.1), on a non-working day or with nothing sanctionable; else the amount
 * valid that day per sanctionable position. Null when no amount is configured for the day.
 */
function dayCents(facts: ObligationFacts, figures: DayFigures, day: string, runStart: string): number | null {
  if (day <= addDays(runStart, HIRING_DEADLINE_DAYS) || !isWorkingDay(day) || figures.sanctionable === 0) return 0;
  const amount = amountOn(facts.amounts, 'UNCOVERED_POSITION_PER_WORKING_DAY', day);
  return amount ? figures.sanctionable * toCents(amount.euros) : null;
}

/** A day on which the art. 15 c.4 sanction accrued: EUR cents, null when no amount is configured for it. */
export interface DailyAccrual {
  readonly day: string;
  readonly cents: number | null;
}

/**
 * The days from `from` to `to` (inclusive) on which the art. 15 c.4 sanction accrues, priced exactly as
 * `obligationStatus` prices them (same day figures, same `dayCents`): over a run, the sum of these is the
 * status's `accruedSanction` on the run's last day. Finds the start of the run under way on `from` by walking
 * back like the status does, then walks forward. Empty for employers the art. 15 c.4 does not price.
 */
export function dailyAccruals(facts: Omit<ObligationFacts, 'on'>, from: string, to: string): DailyAccrual[] {
  if (facts.moneySanctions === false || facts.reports.length === 0 || to < from) return [];
  const first = facts.reports.map((r) => yearEnd(r.year)).sort()[0]!;
  const on = { ...facts, on: from };
  let runStart: string | null = null;
  for (let day = addDays(from, -1); day >= first; day = addDays(day, -1)) {
    if (figuresOn(on, day).uncovered === 0) break;
    runStart = day;
  }
  const accruals: DailyAccrual[] = [];
  for (let day = from < first ? first : from; day <= to; day = addDays(day, 1)) {
    const figures = figuresOn(on, day);
    if (figures.uncovered === 0) {
      runStart = null;
      continue;
    }
    runStart ??= day;
    const cents = dayCents(on, figures, day, runStart);
    if (cents !== 0) accruals.push({ day, cents });
  }
  return accruals;
}

/**
 * The disability-quota obligation of one employer in one province on a date (L. 68/1999 arts. 3, 5, 7, 11, 15).
 * Walks the days from the first report's situation date: a run of days with uncovered positions starts the
 * 60-day hiring deadline (art. 9 c.1); after it, each working day accrues the art. 15 c.4 amount valid that day
 * per sanctionable position, i.e. uncovered minus exempted (art. 5 c.3) minus those still scheduled by an
 * agreement whose schedule is kept (art. 11), and none while a suspension lasts (art. 3 c.5). A day with
 * nothing uncovered ends the run: a later shortfall is a new obligation with its own 60 days. Province figures
 * are the province's own shortfall, without the art. 5 c.8 offset across provinces.
 */
export function obligationStatus(facts: ObligationFacts): ObligationStatus {
  const first = facts.reports.reduce<string | null>(
    (min, r) => (min === null || yearEnd(r.year) < min ? yearEnd(r.year) : min),
    null,
  );
  // Back from the date to the first day of the current run: only that run's days are priced, so the work
  // grows with the length of the shortfall, not with the employer's history.
  const run: DayFigures[] = [];
  let runStart: string | null = null;
  for (let day = facts.on; first !== null && day >= first; day = addDays(day, -1)) {
    const figures = figuresOn(facts, day);
    if (figures.uncovered === 0) break;
    run.push(figures);
    runStart = day;
  }
  run.reverse();
  let accruedCents = 0;
  let amountMissing = false;
  let dailyCents: number | null = 0;
  const priced = facts.moneySanctions ?? true;
  if (runStart !== null && priced) {
    run.forEach((figures, i) => {
      const day = addDays(runStart!, i);
      const cents = dayCents(facts, figures, day, runStart!);
      if (cents === null) amountMissing = true;
      else accruedCents += cents;
      if (day === facts.on) dailyCents = cents;
    });
  }
  const today = run.at(-1) ?? null;
  const f = today ?? figuresOn(facts, facts.on);
  const deadline = runStart === null ? null : addDays(runStart, HIRING_DEADLINE_DAYS);
  const accruedSanction = amountMissing ? null : fromCents(accruedCents);
  const explanation: string[] = [];
  if (!f.report) {
    explanation.push(
      `No workforce report with a situation date on or before ${facts.on}: no obligation on record in ${facts.province}`,
    );
  } else {
    explanation.push(
      `Report ${f.report.year} v${f.report.version} (situation at ${yearEnd(f.report.year)}): ${facts.province} disability quota ${f.report.quota}, covered ${f.report.covered}`,
    );
    if (f.hiredSinceReport > 0)
      explanation.push(
        `Quota hires recorded since ${yearEnd(f.report.year)} and in force on ${facts.on}: +${f.hiredSinceReport} covered`,
      );
    explanation.push(`Uncovered on ${facts.on}: ${f.uncovered}`);
    if (f.exempted > 0) explanation.push(`L. 68/1999 art. 5 c.3: ${f.exempted} positions exempted (esonero parziale)`);
    if (f.agreementKept !== null)
      explanation.push(
        f.agreementKept
          ? `L. 68/1999 art. 11: agreement schedule kept, ${f.underAgreement} scheduled hires not sanctioned`
          : 'L. 68/1999 art. 11: agreement schedule not kept: no uncovered position is spared',
      );
    if (f.suspension)
      explanation.push(`L. 68/1999 art. 3 c.5: obligation suspended (${f.suspension.legalBasis}): no sanction accrues`);
    if (runStart !== null && !priced)
      explanation.push(
        `L. 68/1999 art. 9 c.1: uncovered since ${runStart}, hiring deadline ${deadline}; L. 68/1999 art. 15 c.4 prices only private employers and public economic bodies: a public administration's shortfall accrues no sanction (art. 15 c.3: its officials answer for it)`,
      );
    else if (runStart !== null)
      explanation.push(
        `L. 68/1999 art. 9 c.1: uncovered since ${runStart}, hiring deadline ${deadline}; L. 68/1999 art. 15 c.4: ${accruedSanction === null ? 'no amount configured for part of the period' : `EUR ${accruedSanction.toFixed(2)} accrued`}, ${f.sanctionable} positions sanctionable on ${facts.on}`,
      );
  }
  return {
    province: facts.province,
    on: facts.on,
    reportYear: f.report?.year ?? null,
    reportVersion: f.report?.version ?? null,
    quota: f.report?.quota ?? 0,
    reportedCovered: f.report?.covered ?? 0,
    hiredSinceReport: f.hiredSinceReport,
    covered: f.covered,
    uncovered: f.uncovered,
    exemptedPositions: f.exempted,
    underAgreement: f.underAgreement,
    agreementKept: f.agreementKept,
    suspended: f.suspension !== null,
    suspensionBasis: f.suspension?.legalBasis ?? null,
    sanctionablePositions: f.sanctionable,
    uncoveredSince: runStart,
    hiringDeadline: deadline,
    dailySanction: dailyCents === null ? null : fromCents(dailyCents),
    accruedSanction,
    explanation,
  };
}
