import type { GraphQLError } from 'graphql';
import { badInput, forbidden } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { BatchRowResultRow } from '../mappers.ts';
import { canReport } from '../rules/access.ts';
import { reportDeliveries } from '../use-cases/report-deliveries.ts';

/** Large enough for an accredited body's nightly export in a few calls, small enough for one request's time-out. */
export const MAX_BATCH_ROWS = 500;

export const rowError = (error: GraphQLError): BatchRowResultRow['errors'][number] => {
  const field = error.extensions['field'];
  const rule = error.extensions['rule'];
  return {
    code: String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR'),
    message: error.message,
    field: typeof field === 'string' ? field.replace(/^input\./, '') : null,
    rule: typeof rule === 'string' ? rule : null,
  };
};

/**
 * Each row gets its own outcome (a rejected row stops nothing, two rows of one path see each other's totals),
 * with a constant number of SQL statements for the whole batch (see use-cases/report-deliveries.ts).
 */
export const reportServiceDeliveries: MutationResolvers['reportServiceDeliveries'] = async (_, { rows }, ctx) => {
  if (!canReport(ctx.identity)) throw forbidden('Only a CPI office or an accredited body reports deliveries');
  if (rows.length > MAX_BATCH_ROWS)
    throw badInput('rows', `At most ${MAX_BATCH_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await reportDeliveries(ctx, rows);

  const results: BatchRowResultRow[] = rows.map((input, index) => {
    const outcome = outcomes[index]!;
    return outcome.status === 'REJECTED'
      ? {
          index,
          idempotencyKey: input.idempotencyKey,
          status: 'REJECTED',
          delivery: null,
          errors: outcome.errors.map(rowError),
        }
      : { index, idempotencyKey: input.idempotencyKey, status: outcome.status, delivery: outcome.row, errors: [] };
  });
  const count = (status: string) => results.filter((r) => r.status === status).length;
  ctx.logger.info(
    { rows: rows.length, created: count('CREATED'), duplicate: count('DUPLICATE'), rejected: count('REJECTED') },
    'delivery batch reported',
  );
  for (const status of ['CREATED', 'DUPLICATE', 'REJECTED'] as const) ctx.importRows(status, count(status));
  return results;
};
