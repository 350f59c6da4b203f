import { badInput } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { employerRegistrars } from '../rules/access.ts';
import { importEmployers as run, MAX_EMPLOYER_IMPORT_ROWS } from '../use-cases/employer-import.ts';

/** A CPI (employers present in its province) or the Region loads employers in bulk (README "Bulk loading"). */
export const importEmployers: MutationResolvers['importEmployers'] = async (_, { rows }, ctx) => {
  requireOrgKind(ctx.identity, employerRegistrars);
  if (rows.length > MAX_EMPLOYER_IMPORT_ROWS)
    throw badInput('rows', `At most ${MAX_EMPLOYER_IMPORT_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await run(ctx, rows);
  return outcomes.map((o) =>
    o.status === 'CREATED'
      ? { index: o.index, status: 'CREATED' as const, employer: o.employer, errors: [] }
      : { index: o.index, status: 'REJECTED' as const, employer: null, errors: o.problems },
  );
};
