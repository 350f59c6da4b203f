import { forbidden, inputError } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canAuthoriseIn } from '../rules/access.ts';
import { employerWithPresence } from './obligation-context.ts';
import { suspensionProblems } from '../rules/suspension.ts';

export const suspendObligation: MutationResolvers['suspendObligation'] = async (_, { input }, ctx) => {
  requireOrgKind(ctx.identity, ['cpi']);
  const { employer, presence } = await employerWithPresence(ctx, input.employerId);
  if (!canAuthoriseIn(ctx.identity, input.province, presence))
    throw forbidden('Only a CPI of the province, where the employer is present, records a suspension');
  const [problem] = suspensionProblems(input);
  if (problem) throw inputError(problem);
  const legalBasis = input.legalBasis.trim();
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
};
