import type { MutationResolvers } from '../generated/graphql.ts';
import { completeEnrolmentTransfer } from '../use-cases/enrolment-transfer.ts';

export const completeEnrolmentTransferMutation: NonNullable<MutationResolvers['completeEnrolmentTransfer']> = (
  _,
  { input },
  ctx,
) => completeEnrolmentTransfer(ctx, input);
