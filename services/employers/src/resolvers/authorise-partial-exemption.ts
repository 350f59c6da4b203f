import { conflict, forbidden, inputError, ruleViolation } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canAuthoriseIn } from '../rules/access.ts';
import { periodsOverlap } from '../rules/exemption-overlap.ts';
import { mayBePartiallyExempted, PRIVATE_OR_ECONOMIC } from '../rules/employer-kind.ts';
import { exemptedPositions, exemptionInputProblems, exemptionRuleViolation } from '../rules/partial-exemption.ts';
import { latestVersionPerYear, reportedProvince, reportValidOn } from '../rules/report-versions.ts';
import { employerWithPresence } from './obligation-context.ts';

export const authorisePartialExemption: MutationResolvers['authorisePartialExemption'] = async (_, { input }, ctx) => {
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
};
