import type { MutationResolvers } from '../generated/graphql.ts';
import { cancelEmployerService } from '../use-cases/report-employer-service.ts';

export const cancelEmployerServiceDelivery: MutationResolvers['cancelEmployerServiceDelivery'] = (_, { input }, ctx) =>
  cancelEmployerService(ctx, input);
