import { conflict, forbidden, inputError } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canSetReceiptDate, canSubmitReport } from '../rules/access.ts';
import { todayInRome } from '@reg/calendar';
import { computeL68Obligation, WorkforceInputError, type L68Obligation } from '../rules/l68-quota/index.ts';
import { employerWithPresence } from './obligation-context.ts';
import { reportedEmployerProblems, reportReceiptProblems } from '../rules/workforce-report-receipt.ts';

export const submitWorkforceReport: MutationResolvers['submitWorkforceReport'] = async (_, { input }, ctx) => {
  requireOrgKind(ctx.identity, ['employer', 'cpi']);
  const { employer, presence } = await employerWithPresence(ctx, input.employerId);
  if (!canSubmitReport(ctx.identity, employer.id, presence))
    throw forbidden('Only the employer itself or a CPI where it is present submits its workforce report');
  const today = todayInRome();
  const submittedOn = input.submittedOn ?? today;
  if (submittedOn !== today && !canSetReceiptDate(ctx.identity))
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
  const report = await ctx.stores.obligations.submitReport({
    employerId: employer.id,
    year: input.year,
    workforce,
    obligation,
    submittedOn,
    submittedBy: ctx.identity.subject,
    submittedByKind: ctx.identity.orgKind,
  });
  if (!report)
    throw conflict(
      'Another version of this report was submitted at the same moment: read the versions and submit again',
    );
  ctx.logger.info(
    { employerId: employer.id, year: report.year, version: report.version },
    'workforce report submitted',
  );
  return report;
};
