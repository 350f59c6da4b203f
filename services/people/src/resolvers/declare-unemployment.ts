import type { MutationResolvers } from '../generated/graphql.ts';
import { declareUnemployment } from '../use-cases/unemployment.ts';

export const declareUnemploymentMutation: NonNullable<MutationResolvers['declareUnemployment']> = (_, { input }, ctx) =>
  declareUnemployment(ctx, input);
