import { addMonths } from '@reg/calendar';
import type { ModalityFacts, RuleBreach } from './delivery-check.ts';

/** Running totals of a path: all its reports, including the one being checked. */
export interface PathTotals {
  minutes: number;
  sessions: number;
  /** Earliest and latest reported date; null on a path with no report yet. */
  firstOn: string | null;
  lastOn: string | null;
}

/** The calendar months a path reaches into: the least m with lastOn on or before firstOn + m months. */
export function monthsReached(firstOn: string, lastOn: string): number {
  let months = 0;
  while (addMonths(firstOn, months) < lastOn) months += 1;
  return months;
}

/** The path's totals once a report is added: dates widen both ways, as reports may arrive out of order. */
export function totalsWith(
  before: PathTotals,
  report: { minutes: number; sessions: number; deliveredOn: string },
): PathTotals {
  return {
    minutes: before.minutes + report.minutes,
    sessions: before.sessions + report.sessions,
    firstOn: before.firstOn === null || report.deliveredOn < before.firstOn ? report.deliveredOn : before.firstOn,
    lastOn: before.lastOn === null || report.deliveredOn > before.lastOn ? report.deliveredOn : before.lastOn,
  };
}

/** Bound on the path's total minutes: the modality's own bound when it is per path, else the separate path bound. */
const pathMax = (m: ModalityFacts) => (m.minutesScope === 'PATH' ? m.maxMinutes : (m.pathMaxMinutes ?? null));
const pathMin = (m: ModalityFacts) => (m.minutesScope === 'PATH' ? m.minMinutes : (m.pathMinMinutes ?? null));

/**
 * The maximum bounds hold at every report (seed 003): total minutes, number of sessions, and the time span
 * from the path's first date in calendar months ("massimo 2 mesi": from 1 July, 1 September is the last day).
 */
export function pathMaximumBreaches(serviceCode: string, modality: ModalityFacts, totals: PathTotals): RuleBreach[] {
  const base = { serviceCode, modality: modality.code };
  const breaches: RuleBreach[] = [];
  const maxMinutes = pathMax(modality);
  if (maxMinutes !== null && totals.minutes > maxMinutes) {
    breaches.push({
      rule: 'PATH_MAX_MINUTES',
      message: `${serviceCode} ${modality.code}: at most ${maxMinutes} minutes over the whole path (seed 003)`,
      bound: maxMinutes,
      actual: totals.minutes,
      ...base,
    });
  }
  if (modality.maxSessions !== null && totals.sessions > modality.maxSessions) {
    breaches.push({
      rule: 'PATH_MAX_SESSIONS',
      message: `${serviceCode} ${modality.code}: at most ${modality.maxSessions} sessions (seed 003)`,
      bound: modality.maxSessions,
      actual: totals.sessions,
      ...base,
    });
  }
  if (modality.maxSpanMonths !== null && totals.firstOn !== null && totals.lastOn !== null) {
    const limit = addMonths(totals.firstOn, modality.maxSpanMonths);
    if (totals.lastOn > limit) {
      breaches.push({
        rule: 'PATH_MAX_SPAN',
        message: `${serviceCode} ${modality.code}: the path spans at most ${modality.maxSpanMonths} calendar months from its first session (${totals.firstOn}): its last day is ${limit} (seed 003)`,
        bound: modality.maxSpanMonths,
        actual: monthsReached(totals.firstOn, totals.lastOn),
        ...base,
      });
    }
  }
  return breaches;
}

/** The minimum bounds are checked when the path closes: before that, a short path is only unfinished. */
export function pathMinimumBreaches(serviceCode: string, modality: ModalityFacts, totals: PathTotals): RuleBreach[] {
  const base = { serviceCode, modality: modality.code };
  const breaches: RuleBreach[] = [];
  const minMinutes = pathMin(modality);
  if (minMinutes !== null && totals.minutes < minMinutes) {
    breaches.push({
      rule: 'PATH_MIN_MINUTES',
      message: `${serviceCode} ${modality.code}: at least ${minMinutes} minutes over the whole path (seed 003)`,
      bound: minMinutes,
      actual: totals.minutes,
      ...base,
    });
  }
  if (modality.minSessions !== null && totals.sessions < modality.minSessions) {
    breaches.push({
      rule: 'PATH_MIN_SESSIONS',
      message: `${serviceCode} ${modality.code}: at least ${modality.minSessions} sessions (seed 003)`,
      bound: modality.minSessions,
      actual: totals.sessions,
      ...base,
    });
  }
  return breaches;
}
