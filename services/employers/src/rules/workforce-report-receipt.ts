import { yearEnd } from '@reg/calendar';
import type { InputProblem } from '@reg/errors';

/** The first year the register holds reports for. */
export const FIRST_REPORT_YEAR = 2000;

/**
 * When a yearly workforce report (prospetto informativo, L. 68/1999 art. 9 c.6) may be received: it states the
 * situation at 31 December of its year, so it is received from the next day on, and never on a day still to come.
 */
export function reportReceiptProblems(input: { year: number; submittedOn: string }, today: string): InputProblem[] {
  const { year, submittedOn } = input;
  if (submittedOn > today)
    return [{ field: 'submittedOn', message: `a report cannot be received in the future (${submittedOn})` }];
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR)
    return [{ field: 'year', message: `year must be ${FIRST_REPORT_YEAR} or later, got ${year}` }];
  if (submittedOn <= yearEnd(year))
    return [
      {
        field: 'year',
        message: `the situation at ${yearEnd(year)} can be reported from the next day, not on ${submittedOn}`,
      },
    ];
  return [];
}

/**
 * A report is about the employer as registered: its registered office (the province whose CPI receives the report,
 * L. 68/1999 art. 9 c.6) and its kind (which decides the quota regime, art. 3) are the register's; a report that
 * states others is refused rather than silently corrected.
 */
export function reportedEmployerProblems(
  workforce: { registeredOfficeProvince?: string | null; employerKind?: string | null },
  employer: { province: string; kind: string },
): InputProblem[] {
  const office = workforce.registeredOfficeProvince ?? employer.province;
  if (office !== employer.province)
    return [
      {
        field: 'workforce.registeredOfficeProvince',
        message: `the employer's registered office is in ${employer.province}, not ${office}`,
      },
    ];
  if (workforce.employerKind != null && workforce.employerKind !== employer.kind)
    return [
      {
        field: 'workforce.employerKind',
        message: `the employer is registered as ${employer.kind}, not ${workforce.employerKind}`,
      },
    ];
  return [];
}
