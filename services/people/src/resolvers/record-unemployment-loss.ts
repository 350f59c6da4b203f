import type { MutationResolvers } from '../generated/graphql.ts';
import { recordUnemploymentLoss } from '../use-cases/unemployment.ts';

export const recordUnemploymentLossMutation: NonNullable<MutationResolvers['recordUnemploymentLoss']> = (
  _,
  { input },
  ctx,
) => recordUnemploymentLoss(ctx, input);
