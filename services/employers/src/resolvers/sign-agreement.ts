import { forbidden, inputError } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canAuthoriseIn } from '../rules/access.ts';
import { agreementInputProblems } from '../rules/agreement-schedule.ts';
import { employerWithPresence } from './obligation-context.ts';

export const signAgreement: MutationResolvers['signAgreement'] = async (_, { input }, ctx) => {
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
};
