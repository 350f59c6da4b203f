import { badInput, conflict, forbidden, inputError } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canSetReceiptDate, canSubmitReport } from '../rules/access.ts';
import { todayInRome, yearEnd } from '@reg/calendar';
import { computeL68Obligation, WorkforceInputError, type L68Obligation } from '../rules/l68-quota/index.ts';
import { employerWithPresence } from './obligation-context.ts';

const FIRST_REPORT_YEAR = 2000;

export const submitWorkforceReport: MutationResolvers['submitWorkforceReport'] = async (_, { input }, ctx) => {
  requireOrgKind(ctx.identity, ['employer', 'cpi']);
  const { employer, presence } = await employerWithPresence(ctx, input.employerId);
  if (!canSubmitReport(ctx.identity, employer.id, presence))
    throw forbidden('Only the employer itself or a CPI where it is present submits its workforce report');
  const today = todayInRome();
  const submittedOn = input.submittedOn ?? today;
  if (submittedOn !== today && !canSetReceiptDate(ctx.identity))
    throw forbidden('Only a CPI records a report received on another day');
  if (submittedOn > today)
    throw badInput('input.submittedOn', `a report cannot be received in the future (${submittedOn})`);
  if (!Number.isInteger(input.year) || input.year < FIRST_REPORT_YEAR)
    throw badInput('input.year', `year must be ${FIRST_REPORT_YEAR} or later, got ${input.year}`);
  if (submittedOn <= yearEnd(input.year))
    throw badInput(
      'input.year',
      `the situation at ${yearEnd(input.year)} can be reported from the next day, not on ${submittedOn}`,
    );
  const office = input.workforce.registeredOfficeProvince ?? employer.province;
  if (office !== employer.province)
    throw badInput(
      'input.workforce.registeredOfficeProvince',
      `the employer's registered office is in ${employer.province}, not ${office}`,
    );
  if (input.workforce.employerKind != null && input.workforce.employerKind !== employer.kind)
    throw badInput(
      'input.workforce.employerKind',
      `the employer is registered as ${employer.kind}, not ${input.workforce.employerKind}`,
    );
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
