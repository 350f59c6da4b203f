import { forbidden } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport } from '../rules/access.ts';
import { reportDeliveries } from '../use-cases/report-deliveries.ts';

/** One report: a batch of one, so it is checked and written exactly as a row of `reportServiceDeliveries`. */
export const reportServiceDelivery: MutationResolvers['reportServiceDelivery'] = async (_, { input }, ctx) => {
  if (!canReport(ctx.identity)) throw forbidden('Only a CPI office or an accredited body reports deliveries');
  const [outcome] = await reportDeliveries(ctx, [input]);
  if (outcome!.status === 'REJECTED') throw outcome!.errors[0]!;
  if (outcome!.status === 'CREATED')
    ctx.logger.info({ deliveryId: outcome!.row.id, serviceCode: outcome!.row.serviceCode }, 'delivery reported');
  return outcome!.row;
};
