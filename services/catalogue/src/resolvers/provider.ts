import type { QueryResolvers } from '../generated/graphql.ts';

export const provider: QueryResolvers['provider'] = (_, { id }, { loaders }) => loaders.providerById.load(id);
