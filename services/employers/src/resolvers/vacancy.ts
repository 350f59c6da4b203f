import type { QueryResolvers } from '../generated/graphql.ts';
import { visibleVacancy } from './visibility.ts';

export const vacancy: QueryResolvers['vacancy'] = (_, { id }, ctx) => visibleVacancy(ctx, id);
