import { idempotencyKeyOf } from '@reg/subgraph-kit';
import { badInput, conflict, forbidden, notFound, ruleViolation } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canRecordShortlistFeedback } from '../rules/access.ts';
import { visibleShortlist } from './visibility.ts';

export const recordShortlistFeedback: MutationResolvers['recordShortlistFeedback'] = async (_, { input }, ctx) => {
  const key = idempotencyKeyOf(input.idempotencyKey);
  const found = await visibleShortlist(ctx, input.shortlistId);
  if (!found) throw notFound('Shortlist', input.shortlistId);
  const { shortlist, vacancy } = found;
  if (!canRecordShortlistFeedback(ctx.identity, vacancy))
    throw forbidden('Only the employer, or the CPI on its behalf, answers about a shortlist');
  if (shortlist.sentAt === null)
    throw ruleViolation('MATCHING_FEEDBACK_BEFORE_SENDING', 'The shortlist has not been sent to the employer yet');
  const candidate = shortlist.candidates.find((c) => c.personId === input.personId);
  if (!candidate) throw badInput('input.personId', 'This person is not a candidate of the shortlist');
  const reason = input.reason?.trim() || null;
  if (input.outcome === 'REJECTED' && !reason) throw badInput('input.reason', 'A rejection states its reason');
  const { row, created } = await ctx.stores.shortlists.addFeedback({
    shortlistId: shortlist.id,
    personId: candidate.personId,
    outcome: input.outcome,
    reason,
    idempotencyKey: key,
    recordedByOrg: ctx.identity.organisation ?? ctx.identity.subject,
    recordedBy: ctx.identity.subject,
    recordedByKind: ctx.identity.orgKind,
  });
  if (
    !created &&
    (row.shortlistId !== shortlist.id ||
      row.personId !== candidate.personId ||
      row.outcome !== input.outcome ||
      row.reason !== reason)
  ) {
    throw conflict('This idempotency key was already used for another answer', { field: 'input.idempotencyKey' });
  }
  ctx.loaders.feedbackByShortlist.clear(shortlist.id);
  return { ...candidate, shortlistId: shortlist.id };
};
