import { badInput } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import { todayInRome } from '@reg/calendar';
import type { MutationResolvers } from '../generated/graphql.ts';
import { importWorkforceReports as run, MAX_REPORT_IMPORT_ROWS } from '../use-cases/workforce-report-import.ts';

/** The callers of submitWorkforceReport (an employer, a CPI where it is present), many reports a call. */
export const importWorkforceReports: MutationResolvers['importWorkforceReports'] = async (_, { rows }, ctx) => {
  requireOrgKind(ctx.identity, ['employer', 'cpi']);
  if (rows.length > MAX_REPORT_IMPORT_ROWS)
    throw badInput('rows', `At most ${MAX_REPORT_IMPORT_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await run(ctx, rows, todayInRome());
  return outcomes.map((o) =>
    o.status === 'CREATED'
      ? { index: o.index, status: 'CREATED' as const, report: o.report, errors: [] }
      : { index: o.index, status: 'REJECTED' as const, report: null, errors: o.problems },
  );
};
