import type { QueryResolvers } from '../generated/graphql.ts';

export const me: QueryResolvers['me'] = (_, __, { identity }) => identity;
