import { badInput, forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport } from '../rules/access.ts';
import { MAX_PLACEMENT_BATCH_ROWS, recordPlacements as run } from '../use-cases/record-placements.ts';

/** Many placements at once (README "Bulk loading"): the callers of recordPlacement, a result per row. */
export const recordPlacements: MutationResolvers['recordPlacements'] = async (_, { rows }, ctx) => {
  if (!canReport(ctx.identity)) throw forbidden('Only a CPI office or an accredited body records placements');
  if (rows.length > MAX_PLACEMENT_BATCH_ROWS)
    throw badInput('rows', `At most ${MAX_PLACEMENT_BATCH_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await run(ctx, rows, todayInRome());
  const results = rows.map((input, index) => {
    const o = outcomes[index]!;
    return o.status === 'REJECTED'
      ? { index, idempotencyKey: input.idempotencyKey, status: o.status, placement: null, errors: o.problems }
      : { index, idempotencyKey: input.idempotencyKey, status: o.status, placement: o.row, errors: [] };
  });
  const count = (status: string) => results.filter((r) => r.status === status).length;
  ctx.logger.info(
    { rows: rows.length, created: count('CREATED'), duplicate: count('DUPLICATE'), rejected: count('REJECTED') },
    'placements recorded',
  );
  return results;
};
