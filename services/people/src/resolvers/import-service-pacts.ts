import { badInput, forbidden } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { importServicePacts as run, MAX_PACT_IMPORT_ROWS } from '../use-cases/import-service-pacts.ts';

/** The CPI of the people's province records their pacts in bulk (README "Bulk loading"). */
export const importServicePacts: MutationResolvers['importServicePacts'] = async (_, { rows }, ctx) => {
  if (ctx.identity.orgKind !== 'cpi') throw forbidden("Only the CPI of the person's province may do this");
  if (rows.length > MAX_PACT_IMPORT_ROWS)
    throw badInput('rows', `At most ${MAX_PACT_IMPORT_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await run(ctx, rows, todayInRome());
  return outcomes.map((o) =>
    o.status === 'CREATED'
      ? { index: o.index, status: 'CREATED' as const, pact: o.pact, actionPlan: o.actionPlan, errors: [] }
      : { index: o.index, status: 'REJECTED' as const, pact: null, actionPlan: null, errors: o.problems },
  );
};
