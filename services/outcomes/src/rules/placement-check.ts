import type { InputProblem } from '@reg/errors';
export interface PlacementReport {
  contract: 'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'AGENCY';
  termMonths?: number | null;
  weeklyHours?: number | null;
  fullTimeWeeklyHours?: number | null;
  startedOn: string;
  countsTowardQuota?: boolean | null;
}

/**
 * D.Lgs. 81/2015 art. 34 c.3: a disabled agency worker counts for the user company's quota only on a mission of
 * at least 12 months.
 */
export const AGENCY_MISSION_MIN_MONTHS_FOR_QUOTA = 12;

/** D.Lgs. 66/2003 art. 4: the longest average working week. */
const MAX_WEEKLY_HOURS = 48;
/** D.Lgs. 66/2003 art. 3 c.1: the normal week is 40 hours; collective agreements may set a shorter full time. */
const MAX_FULL_TIME_WEEKLY_HOURS = 40;

/**
 * A fixed-term hire states its months and an agency hire may state its mission's; hours are a real working
 * week, and part-time hours come with the contract's own full time (collective agreements set 36, 38, 40...),
 * since a quota unit depends on their ratio.
 */
export function placementProblems(report: PlacementReport, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const hasTerm = report.contract === 'FIXED_TERM' || report.contract === 'AGENCY';
  if (report.contract === 'FIXED_TERM' && report.termMonths == null) {
    problems.push({ field: 'termMonths', message: 'A fixed-term contract needs its length in months (1-36)' });
  } else if (
    report.termMonths != null &&
    (!hasTerm || !Number.isInteger(report.termMonths) || report.termMonths < 1 || report.termMonths > 36)
  ) {
    problems.push({
      field: 'termMonths',
      message: hasTerm
        ? 'termMonths is a whole number of months from 1 to 36'
        : 'termMonths is only for fixed-term contracts and agency missions',
    });
  }
  if (
    report.contract === 'AGENCY' &&
    report.countsTowardQuota &&
    (report.termMonths == null || report.termMonths < AGENCY_MISSION_MIN_MONTHS_FOR_QUOTA)
  ) {
    problems.push({
      field: 'countsTowardQuota',
      message: `An agency worker counts for the user company's quota only on a mission of ${AGENCY_MISSION_MIN_MONTHS_FOR_QUOTA} months or more (D.Lgs. 81/2015 art. 34 c.3): state termMonths or set countsTowardQuota false`,
    });
  }
  if (report.weeklyHours != null && !(report.weeklyHours > 0 && report.weeklyHours <= MAX_WEEKLY_HOURS)) {
    problems.push({
      field: 'weeklyHours',
      message: `weeklyHours must be above 0 and at most ${MAX_WEEKLY_HOURS} (D.Lgs. 66/2003 art. 4)`,
    });
  }
  if (
    report.fullTimeWeeklyHours != null &&
    !(report.fullTimeWeeklyHours > 0 && report.fullTimeWeeklyHours <= MAX_FULL_TIME_WEEKLY_HOURS)
  ) {
    problems.push({
      field: 'fullTimeWeeklyHours',
      message: `fullTimeWeeklyHours must be above 0 and at most ${MAX_FULL_TIME_WEEKLY_HOURS} (D.Lgs. 66/2003 art. 3)`,
    });
  } else if (report.weeklyHours != null && report.fullTimeWeeklyHours == null) {
    problems.push({
      field: 'fullTimeWeeklyHours',
      message: "Part-time hours need the contract's full-time weekly hours (e.g. 38 or 40)",
    });
  } else if (
    report.weeklyHours != null &&
    report.fullTimeWeeklyHours != null &&
    report.weeklyHours > report.fullTimeWeeklyHours
  ) {
    problems.push({
      field: 'weeklyHours',
      message: `weeklyHours (${report.weeklyHours}) cannot exceed the contract's full time (${report.fullTimeWeeklyHours})`,
    });
  }
  if (report.startedOn > today)
    problems.push({ field: 'startedOn', message: 'A placement cannot start in the future' });
  return problems;
}
