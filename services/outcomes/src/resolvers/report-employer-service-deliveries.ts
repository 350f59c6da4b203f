import { badInput, forbidden } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { EmployerServiceBatchRowResultRow } from '../mappers.ts';
import { canReport } from '../rules/access.ts';
import { reportEmployerServices } from '../use-cases/report-employer-service.ts';

/** As the deliveries' batch: a provider's month of services to employers in one call, within one request's time-out. */
export const MAX_EMPLOYER_SERVICE_BATCH_ROWS = 500;

/** Each row its own outcome (a rejected row stops nothing), the facts asked once (use-cases/report-employer-service). */
export const reportEmployerServiceDeliveries: MutationResolvers['reportEmployerServiceDeliveries'] = async (
  _,
  { rows },
  ctx,
) => {
  if (!canReport(ctx.identity))
    throw forbidden('Only a CPI office or an accredited body reports services to employers');
  if (rows.length > MAX_EMPLOYER_SERVICE_BATCH_ROWS)
    throw badInput('rows', `At most ${MAX_EMPLOYER_SERVICE_BATCH_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await reportEmployerServices(ctx, rows);
  const results: EmployerServiceBatchRowResultRow[] = rows.map((input, index) => {
    const outcome = outcomes[index]!;
    return outcome.status === 'REJECTED'
      ? {
          index,
          idempotencyKey: input.idempotencyKey,
          status: 'REJECTED',
          delivery: null,
          errors: outcome.problems,
        }
      : { index, idempotencyKey: input.idempotencyKey, status: outcome.status, delivery: outcome.row, errors: [] };
  });
  const count = (status: string) => results.filter((r) => r.status === status).length;
  ctx.logger.info(
    { rows: rows.length, created: count('CREATED'), duplicate: count('DUPLICATE'), rejected: count('REJECTED') },
    'employer service batch reported',
  );
  return results;
};
