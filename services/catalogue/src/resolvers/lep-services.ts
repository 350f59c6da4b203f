import type { QueryResolvers } from '../generated/graphql.ts';

export const lepServices: QueryResolvers['lepServices'] = (_, __, { stores }) => stores.catalogue.lepServices();
