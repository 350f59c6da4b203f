import type { InputProblem } from '@reg/errors';
export interface PlacementReport {
  contract: 'PERMANENT' | 'FIXED_TERM' | 'APPRENTICESHIP' | 'AGENCY';
  termMonths?: number | null;
  weeklyHours?: number | null;
  startedOn: string;
}

/** A fixed-term hire states its months, nothing else does; hours are a real working week. */
export function placementProblems(report: PlacementReport, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (report.contract === 'FIXED_TERM') {
    if (report.termMonths == null || !Number.isInteger(report.termMonths) || report.termMonths < 1 || report.termMonths > 36) {
      problems.push({ field: 'termMonths', message: 'A fixed-term contract needs its length in months (1-36)' });
    }
  } else if (report.termMonths != null) {
    problems.push({ field: 'termMonths', message: 'termMonths is only for fixed-term contracts' });
  }
  if (report.weeklyHours != null && !(report.weeklyHours > 0 && report.weeklyHours <= 48)) {
    problems.push({ field: 'weeklyHours', message: 'weeklyHours must be above 0 and at most 48 (D.Lgs. 66/2003 art. 4)' });
  }
  if (report.startedOn > today) problems.push({ field: 'startedOn', message: 'A placement cannot start in the future' });
  return problems;
}
