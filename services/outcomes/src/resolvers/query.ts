import type { QueryResolvers } from '../generated/graphql.ts';
import { canSeeDelivery, canSeePlacement } from '../rules/access.ts';

export const Query: QueryResolvers = {
  serviceDelivery: async (_, { id }, { identity, loaders }) => {
    const row = await loaders.deliveryById.load(id);
    return row && canSeeDelivery(identity, row) ? row : null;
  },
  servicePath: async (_, { id }, { identity, loaders }) => {
    const row = await loaders.pathById.load(id);
    return row && canSeeDelivery(identity, row) ? row : null;
  },
  placement: async (_, { id }, { identity, loaders }) => {
    const row = await loaders.placementById.load(id);
    return row && canSeePlacement(identity, row) ? row : null;
  },
};
