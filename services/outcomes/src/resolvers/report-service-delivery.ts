import { forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import { answerRetry, checkAndRecord, factsNeeded, prepareReport } from '../delivery-reporting.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport } from '../rules/access.ts';

export const reportServiceDelivery: MutationResolvers['reportServiceDelivery'] = async (_, { input }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body reports deliveries');
  const providerId = identity.organisation!;
  const prepared = prepareReport(ctx, input);
  if (!prepared.ok) throw prepared.errors[0]!;
  const previous = await stores.deliveries.byIdempotencyKey(providerId, prepared.prepared.key);
  const needed = factsNeeded([prepared.prepared]);
  const outcome = previous
    ? answerRetry(prepared.prepared, previous)
    : await checkAndRecord(
        ctx,
        prepared.prepared,
        await remote.deliveryFacts(identity, providerId, needed.personIds, needed.standards),
        todayInRome(),
      );
  if (outcome.status === 'REJECTED') throw outcome.errors[0]!;
  if (outcome.status === 'CREATED')
    ctx.logger.info({ deliveryId: outcome.row.id, serviceCode: outcome.row.serviceCode }, 'delivery reported');
  return outcome.row;
};
