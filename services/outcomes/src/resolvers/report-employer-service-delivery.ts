import type { MutationResolvers } from '../generated/graphql.ts';
import { reportEmployerService } from '../use-cases/report-employer-service.ts';

export const reportEmployerServiceDelivery: MutationResolvers['reportEmployerServiceDelivery'] = (_, { input }, ctx) =>
  reportEmployerService(ctx, input);
