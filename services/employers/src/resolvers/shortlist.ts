import type { QueryResolvers } from '../generated/graphql.ts';
import { visibleShortlist } from './visibility.ts';

export const shortlist: QueryResolvers['shortlist'] = async (_, { id }, ctx) =>
  (await visibleShortlist(ctx, id))?.shortlist ?? null;
