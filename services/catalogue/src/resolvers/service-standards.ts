import { todayInRome } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

export const serviceStandards: QueryResolvers['serviceStandards'] = async (
  _,
  { area, targetGroup, on },
  { stores },
) => {
  const date = on ?? todayInRome();
  const rows = await stores.catalogue.standardsOn(date, undefined, { area, targetGroup });
  return rows.map((row) => ({ ...row, askedOn: date }));
};
