import { badInput, conflict, forbidden, inputError, ruleViolation } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canAuthoriseIn, canSetReceiptDate, canSubmitReport } from '../rules/access.ts';
import { agreementInputProblems } from '../rules/agreement-schedule.ts';
import { todayInRome, yearEnd } from '@reg/calendar';
import { periodsOverlap } from '../rules/exemption-overlap.ts';
import { computeL68Obligation, WorkforceInputError, type L68Obligation } from '../rules/l68-quota/index.ts';
import { mayBePartiallyExempted, PRIVATE_OR_ECONOMIC } from '../rules/employer-kind.ts';
import { exemptedPositions, exemptionInputProblems, exemptionRuleViolation } from '../rules/partial-exemption.ts';
import { latestVersionPerYear, reportedProvince, reportValidOn } from '../rules/report-versions.ts';
import { employerWithPresence } from './obligation-context.ts';

type Resolvers = Required<
  Pick<MutationResolvers, 'submitWorkforceReport' | 'authorisePartialExemption' | 'signAgreement' | 'suspendObligation'>
>;

const FIRST_REPORT_YEAR = 2000;

export const obligationMutations: Resolvers = {
  submitWorkforceReport: async (_, { input }, ctx) => {
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
  },

  authorisePartialExemption: async (_, { input }, ctx) => {
    requireOrgKind(ctx.identity, ['cpi']);
    const { employer, presence } = await employerWithPresence(ctx, input.employerId);
    if (!canAuthoriseIn(ctx.identity, input.province, presence))
      throw forbidden('Only a CPI of the province, where the employer is present, authorises an exemption');
    const request = {
      percentage: input.percentage,
      from: input.validFrom,
      to: input.validTo,
      securityOrTransportSector: input.securityOrTransportSector ?? false,
    };
    const [problem] = exemptionInputProblems(request);
    if (problem) throw inputError({ ...problem, field: problem.field === 'to' ? 'validTo' : problem.field });
    if (!mayBePartiallyExempted(employer.kind))
      throw ruleViolation(
        'L68_ART5_C3_PRIVATE_EMPLOYERS_ONLY',
        `L. 68/1999 art. 5 c.3: the partial exemption is for ${PRIVATE_OR_ECONOMIC}, not a public administration`,
      );
    const violation = exemptionRuleViolation(request);
    if (violation) throw ruleViolation(violation.rule, violation.message);
    const report = reportValidOn(
      latestVersionPerYear(await ctx.loaders.reportsByEmployer.load(employer.id)),
      input.validFrom,
    );
    if (!report)
      throw ruleViolation(
        'L68_EXEMPTION_NEEDS_REPORT',
        `No workforce report with a situation date on or before ${input.validFrom}: the quota to exempt is unknown`,
      );
    const { quota } = reportedProvince(report, input.province);
    const positions = exemptedPositions(quota, input.percentage);
    if (positions === 0)
      throw ruleViolation(
        'L68_ART5_C3_NOTHING_TO_EXEMPT',
        `${input.percentage}% of a disability quota of ${quota} in ${input.province} is less than one position`,
      );
    const exemption = await ctx.stores.obligations.insertExemptionUnless(
      {
        employerId: employer.id,
        province: input.province,
        percentage: input.percentage,
        securityOrTransportSector: request.securityOrTransportSector,
        validFrom: input.validFrom,
        validTo: input.validTo,
        quota,
        positions,
        reportYear: report.year,
        reportVersion: report.version,
        authorisedBy: ctx.identity.subject,
        authorisedByOrg: ctx.identity.organisation,
      },
      (e) => e.province === input.province && periodsOverlap(e, input),
    );
    if (!exemption)
      throw conflict(`An exemption in ${input.province} already covers part of ${input.validFrom} to ${input.validTo}`);
    ctx.logger.info({ employerId: employer.id, exemptionId: exemption.id }, 'partial exemption authorised');
    return exemption;
  },

  signAgreement: async (_, { input }, ctx) => {
    requireOrgKind(ctx.identity, ['cpi']);
    const { employer, presence } = await employerWithPresence(ctx, input.employerId);
    if (!canAuthoriseIn(ctx.identity, input.province, presence))
      throw forbidden('Only a CPI of the province, where the employer is present, signs an agreement');
    const terms = {
      startsOn: input.startsOn,
      schedule: input.schedule
        .map((s) => ({ dueOn: s.dueOn, hires: s.hires }))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    };
    const [problem] = agreementInputProblems({ startsOn: input.startsOn, schedule: input.schedule });
    if (problem) throw inputError(problem);
    const agreement = await ctx.stores.obligations.insertAgreement({
      employerId: employer.id,
      province: input.province,
      ...terms,
      authorisedBy: ctx.identity.subject,
      authorisedByOrg: ctx.identity.organisation,
    });
    ctx.logger.info({ employerId: employer.id, agreementId: agreement.id }, 'agreement signed');
    return agreement;
  },

  suspendObligation: async (_, { input }, ctx) => {
    requireOrgKind(ctx.identity, ['cpi']);
    const { employer, presence } = await employerWithPresence(ctx, input.employerId);
    if (!canAuthoriseIn(ctx.identity, input.province, presence))
      throw forbidden('Only a CPI of the province, where the employer is present, records a suspension');
    const legalBasis = input.legalBasis.trim();
    if (legalBasis.length === 0) throw badInput('input.legalBasis', 'a suspension states its legal basis');
    if (input.validTo != null && input.validTo < input.validFrom)
      throw badInput('input.validTo', `the suspension ends (${input.validTo}) before it starts (${input.validFrom})`);
    const suspension = await ctx.stores.obligations.insertSuspension({
      employerId: employer.id,
      province: input.province,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      legalBasis,
      authorisedBy: ctx.identity.subject,
      authorisedByOrg: ctx.identity.organisation,
    });
    ctx.logger.info({ employerId: employer.id, suspensionId: suspension.id }, 'obligation suspended');
    return suspension;
  },
};
