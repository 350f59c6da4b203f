import type { MutationResolvers } from '../generated/graphql.ts';
import { requestEnrolmentTransfer } from '../use-cases/enrolment-transfer.ts';

export const requestEnrolmentTransferMutation: NonNullable<MutationResolvers['requestEnrolmentTransfer']> = (
  _,
  { input },
  ctx,
) => requestEnrolmentTransfer(ctx, input);
