import type { Identity } from '@reg/auth';
import { forbidden, inputError } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { SubmitWorkforceReportInput } from '../generated/graphql.ts';
import { canSetReceiptDate, canSubmitReport, type EmployerPresence } from '../rules/access.ts';
import { computeL68Obligation, WorkforceInputError, type L68Obligation } from '../rules/l68-quota/index.ts';
import { reportedEmployerProblems, reportReceiptProblems } from '../rules/workforce-report-receipt.ts';
import type { EmployerRecord } from '../store/employer-store.ts';
import type { NewWorkforceReport } from '../store/obligation-store.ts';

/**
 * submitWorkforceReport's checks and projection on the employer already read (with the provinces where it is
 * present), shared by the single mutation and each row of importWorkforceReports: the report to store with the
 * obligation it makes (L. 68/1999 art. 3, art. 9 c.6), or the error the mutation answers.
 */
export function checkedWorkforceReport(
  identity: Identity,
  input: SubmitWorkforceReportInput,
  found: { employer: EmployerRecord; presence: EmployerPresence },
  today: string,
): NewWorkforceReport {
  requireOrgKind(identity, ['employer', 'cpi']);
  const { employer, presence } = found;
  if (!canSubmitReport(identity, employer.id, presence))
    throw forbidden('Only the employer itself or a CPI where it is present submits its workforce report');
  const submittedOn = input.submittedOn ?? today;
  if (submittedOn !== today && !canSetReceiptDate(identity))
    throw forbidden('Only a CPI records a report received on another day');
  const [problem] = [
    ...reportReceiptProblems({ year: input.year, submittedOn }, today),
    ...reportedEmployerProblems(input.workforce, employer),
  ];
  if (problem) throw inputError(problem);
  const office = input.workforce.registeredOfficeProvince ?? employer.province;
  const workforce = { ...input.workforce, registeredOfficeProvince: office, employerKind: employer.kind };
  let obligation: L68Obligation;
  try {
    obligation = computeL68Obligation(workforce);
  } catch (error) {
    if (error instanceof WorkforceInputError) throw inputError(error, 'input.workforce');
    throw error;
  }
  return {
    employerId: employer.id,
    year: input.year,
    workforce,
    obligation,
    submittedOn,
    submittedBy: identity.subject,
    submittedByKind: identity.orgKind,
  };
}
