import { badInput } from '@reg/errors';
import { requireOrgKind } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { vacancyManagers } from '../rules/access.ts';
import { importVacancies as run, MAX_VACANCY_IMPORT_ROWS } from '../use-cases/vacancy-import.ts';

/** The employer itself or a CPI loads vacancies in bulk, each row as openVacancy (README "Bulk loading"). */
export const importVacancies: MutationResolvers['importVacancies'] = async (_, { rows }, ctx) => {
  requireOrgKind(ctx.identity, vacancyManagers);
  if (rows.length > MAX_VACANCY_IMPORT_ROWS)
    throw badInput('rows', `At most ${MAX_VACANCY_IMPORT_ROWS} rows per call; this one has ${rows.length}`);
  const outcomes = await run(ctx, rows);
  return outcomes.map((o) =>
    o.status === 'CREATED'
      ? { index: o.index, status: 'CREATED' as const, vacancy: o.vacancy, errors: [] }
      : { index: o.index, status: 'REJECTED' as const, vacancy: null, errors: o.problems },
  );
};
