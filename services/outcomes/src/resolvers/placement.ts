import type { QueryResolvers } from '../generated/graphql.ts';
import { canSeePlacement } from '../rules/access.ts';

export const placement: QueryResolvers['placement'] = async (_, { id }, { identity, loaders }) => {
  const row = await loaders.placementById.load(id);
  return row && canSeePlacement(identity, row) ? row : null;
};
