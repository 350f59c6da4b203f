import { badInput, forbidden } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import { provinceListScope } from '../rules/access.ts';
import { statusDateProblem } from '../rules/status-date.ts';
import { rankByUrgency } from '../rules/urgency-ranking.ts';
import { todayInRome } from '@reg/calendar';
import { pageSize } from '@reg/subgraph-kit';
import { obligationStatusOf } from './obligation-context.ts';

export const obligationRanking: QueryResolvers['obligationRanking'] = async (_, { province, on, first }, ctx) => {
  if (!provinceListScope(ctx.identity, province))
    throw forbidden('The ranking of a province is for its CPI and the Region');
  pageSize(first, { default: 50 });
  const dateProblem = statusDateProblem(on, todayInRome());
  if (dateProblem) throw badInput('on', dateProblem);
  const ids = await ctx.stores.obligations.employerIdsIn(province);
  const employers = (await Promise.all(ids.map((id) => ctx.loaders.employerById.load(id)))).flatMap((e) =>
    e ? [e] : [],
  );
  const statuses = await Promise.all(
    employers.map(async (e) => ({ ...(await obligationStatusOf(ctx, e, province, on)), employerName: e.name })),
  );
  return rankByUrgency(statuses).slice(0, first);
};
