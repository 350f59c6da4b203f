import { forbidden, notFound, ruleViolation } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canConfirmQuotaPlacement, canSeePlacement } from '../rules/access.ts';
import { Refused, unwrapRefused } from './refused.ts';

/**
 * The employer or a CPI of its province confirms that a placement recorded by someone else counts toward the
 * employer's quota; until then it is PENDING and counts nowhere. Confirming a confirmed one answers it unchanged.
 */
export const confirmQuotaPlacement: MutationResolvers['confirmQuotaPlacement'] = async (
  _,
  { placementId },
  { identity, stores },
) =>
  unwrapRefused(() =>
    stores.placements.transaction(async (tx) => {
      const row = await tx.lock(placementId);
      if (!row || !canSeePlacement(identity, row)) throw new Refused(notFound('Placement', placementId));
      if (!row.countsTowardQuota)
        throw new Refused(
          ruleViolation(
            'QUOTA_PLACEMENT_NOT_COUNTING',
            'This placement was recorded as not counting toward the quota: there is nothing to confirm',
          ),
        );
      if (!canConfirmQuotaPlacement(identity, row))
        throw new Refused(forbidden("Only the employer or a CPI of the employer's province confirms a quota hire"));
      if (row.quotaStatus === 'CONFIRMED') return row;
      return tx.confirmQuota(row.id, { subject: identity.subject, organisation: identity.organisation });
    }),
  );
