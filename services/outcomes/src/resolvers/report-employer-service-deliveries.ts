import { badInput, forbidden } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canReport } from '../rules/access.ts';
import { MAX_EMPLOYER_SERVICE_BATCH_ROWS, reportEmployerServices } from '../use-cases/report-employer-services.ts';

/** Many services to employers at once (README "Bulk loading"): the callers of reportEmployerServiceDelivery. */
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
  return rows.map((input, index) => {
    const o = outcomes[index]!;
    return o.status === 'REJECTED'
      ? { index, idempotencyKey: input.idempotencyKey, status: o.status, delivery: null, errors: o.problems }
      : { index, idempotencyKey: input.idempotencyKey, status: o.status, delivery: o.row, errors: [] };
  });
};
