import type { MutationResolvers } from '../generated/graphql.ts';
import { closeEnrolmentTransfer } from '../use-cases/enrolment-transfer.ts';

export const refuseEnrolmentTransferMutation: NonNullable<MutationResolvers['refuseEnrolmentTransfer']> = (
  _,
  { input },
  ctx,
) => closeEnrolmentTransfer(ctx, input, 'REFUSED');
