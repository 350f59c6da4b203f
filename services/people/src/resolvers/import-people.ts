import { badInput, forbidden } from '@reg/errors';
import { requireScope, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { importPeople as run, MAX_IMPORT_ROWS } from '../use-cases/import-people.ts';

/** A CPI with scope people:write loads the files of its province (README "Bulk loading"). */
export const importPeople: MutationResolvers['importPeople'] = async (_, { rows }, ctx) => {
  if (ctx.identity.orgKind !== 'cpi') throw forbidden('Only a CPI loads people in bulk, for its own province');
  requireScope(ctx.identity, 'people:write');
  if (rows.length > MAX_IMPORT_ROWS)
    throw badInput('rows', `At most ${MAX_IMPORT_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await run(ctx, rows, todayInRome());
  return outcomes.map((o) =>
    o.status === 'CREATED'
      ? {
          index: o.index,
          status: 'CREATED' as const,
          person: o.written.person,
          enrolment: o.written.enrolment,
          takeInCharges: o.written.takeInCharges,
          errors: [],
        }
      : {
          index: o.index,
          status: 'REJECTED' as const,
          person: null,
          enrolment: null,
          takeInCharges: [],
          errors: o.problems,
        },
  );
};
