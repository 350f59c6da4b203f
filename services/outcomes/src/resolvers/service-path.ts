import type { QueryResolvers } from '../generated/graphql.ts';
import { canSeeDelivery } from '../rules/access.ts';

export const servicePath: QueryResolvers['servicePath'] = async (_, { id }, { identity, loaders }) => {
  const row = await loaders.pathById.load(id);
  return row && canSeeDelivery(identity, row) ? row : null;
};
