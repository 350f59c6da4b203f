import { conflict } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import { todayInRome } from '@reg/calendar';
import type { MutationResolvers } from '../generated/graphql.ts';
import { checkedWorkforceReport } from '../use-cases/workforce-report.ts';
import { employerWithPresence } from './obligation-context.ts';

export const submitWorkforceReport: MutationResolvers['submitWorkforceReport'] = async (_, { input }, ctx) => {
  requireOrgKind(ctx.identity, ['employer', 'cpi']);
  const found = await employerWithPresence(ctx, input.employerId);
  const report = await ctx.stores.obligations.submitReport(
    checkedWorkforceReport(ctx.identity, input, found, todayInRome()),
  );
  if (!report)
    throw conflict(
      'Another version of this report was submitted at the same moment: read the versions and submit again',
    );
  ctx.logger.info(
    { employerId: report.employerId, year: report.year, version: report.version },
    'workforce report submitted',
  );
  return report;
};
