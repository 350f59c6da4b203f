import type { QueryResolvers } from '../generated/graphql.ts';

export const catalogueVersions: QueryResolvers['catalogueVersions'] = (_, __, { stores }) =>
  stores.catalogue.versions();
