import type { QueryResolvers } from '../generated/graphql.ts';
import { canSeeDelivery } from '../rules/access.ts';

export const serviceDelivery: QueryResolvers['serviceDelivery'] = async (_, { id }, { identity, loaders }) => {
  const row = await loaders.deliveryById.load(id);
  return row && canSeeDelivery(identity, row) ? row : null;
};
