import type { QueryResolvers } from '../generated/graphql.ts';
import { visibleEmployer } from './visibility.ts';

export const employer: QueryResolvers['employer'] = (_, { id }, ctx) => visibleEmployer(ctx, id);
