import { GraphQLError } from 'graphql';
import { badInput, forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import {
  answerRetry,
  checkAndRecord,
  factsNeeded,
  prepareReport,
  type PreparedReport,
  type RowOutcome,
} from '../delivery-reporting.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { BatchRowResultRow } from '../mappers.ts';
import { canReport } from '../rules/access.ts';

/** Large enough for an accredited body's nightly export in a few calls, small enough for one request's time-out. */
export const MAX_BATCH_ROWS = 500;

const internalError = () =>
  new GraphQLError('The row could not be recorded; send it again', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });

const rowError = (error: GraphQLError): BatchRowResultRow['errors'][number] => {
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
 * Each row is checked and written atomically (its own transaction, or savepoint), one after the other, so a
 * rejected row stops nothing and two rows of one path see each other's totals. Facts from other subgraphs are
 * asked once.
 */
export const reportServiceDeliveries: MutationResolvers['reportServiceDeliveries'] = async (_, { rows }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body reports deliveries');
  if (rows.length > MAX_BATCH_ROWS)
    throw badInput('rows', `At most ${MAX_BATCH_ROWS} rows per call; this one has ${rows.length}`);
  const providerId = identity.organisation!;
  const today = todayInRome();

  const outcomes = new Map<number, RowOutcome>();
  const prepared = new Map<number, PreparedReport>();
  rows.forEach((input, index) => {
    const result = prepareReport(ctx, input);
    if (result.ok) prepared.set(index, result.prepared);
    else outcomes.set(index, { status: 'REJECTED', errors: result.errors });
  });

  const stored = new Map(
    (
      await stores.deliveries.byIdempotencyKeys(
        providerId,
        [...prepared.values()].map((p) => p.key),
      )
    ).map((r) => [r.idempotencyKey, r]),
  );
  const fresh = [...prepared].filter(([index, p]) => {
    const previous = stored.get(p.key);
    if (previous) outcomes.set(index, answerRetry(p, previous));
    return !previous;
  });

  if (fresh.length > 0) {
    const needed = factsNeeded(fresh.map(([, p]) => p));
    const facts = await remote.deliveryFacts(identity, providerId, needed.personIds, needed.standards);
    // On a PostgreSQL server all rows are in one transaction with a savepoint each (see `batch`): outcomes count
    // only once it commits; if it fails nothing is written and the sender's retry (same keys) writes each row once.
    const written = new Map<number, RowOutcome>();
    await stores.deliveries.batch(async (scope) => {
      for (const [index, p] of fresh) {
        try {
          written.set(index, await checkAndRecord(ctx, p, facts, today, scope));
        } catch (error) {
          // Its transaction or savepoint rolled back: the row is reported as not written and the batch goes on.
          ctx.logger.error({ err: error, index }, 'delivery batch row failed');
          written.set(index, { status: 'REJECTED', errors: [internalError()] });
        }
      }
    });
    for (const [index, outcome] of written) outcomes.set(index, outcome);
  }

  const results: BatchRowResultRow[] = rows.map((input, index) => {
    const outcome = outcomes.get(index)!;
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
