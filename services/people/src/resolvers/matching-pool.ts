import type { QueryResolvers } from '../generated/graphql.ts';
import { rankedList } from '../use-cases/ranked-list.ts';
import { cpiProvinceWithHealthRead } from './ranking-list.ts';

/** The list again, as the pool matching reads: the employers subgraph asks the rest of each person in the same call. */
export const matchingPool: QueryResolvers['matchingPool'] = async (_, { list, referenceDate }, ctx) => {
  const province = cpiProvinceWithHealthRead(ctx.identity);
  const { entries } = await rankedList(ctx, province, list, referenceDate);
  return entries.map((e) => ({ person: e.person, rankingPosition: e.position, rankingSize: entries.length }));
};
