import type { MutationResolvers } from '../generated/graphql.ts';
import { recordWorkContract } from '../use-cases/unemployment.ts';

export const recordWorkContractMutation: NonNullable<MutationResolvers['recordWorkContract']> = (_, { input }, ctx) =>
  recordWorkContract(ctx, input);
