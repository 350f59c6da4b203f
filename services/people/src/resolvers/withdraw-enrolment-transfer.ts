import type { MutationResolvers } from '../generated/graphql.ts';
import { closeEnrolmentTransfer } from '../use-cases/enrolment-transfer.ts';

export const withdrawEnrolmentTransferMutation: NonNullable<MutationResolvers['withdrawEnrolmentTransfer']> = (
  _,
  { input },
  ctx,
) => closeEnrolmentTransfer(ctx, input, 'WITHDRAWN');
