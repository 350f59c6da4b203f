import { badInput, forbidden } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canAuthoriseIn } from '../rules/access.ts';
import { employerWithPresence } from './obligation-context.ts';

export const suspendObligation: MutationResolvers['suspendObligation'] = async (_, { input }, ctx) => {
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
};
