import type { QueryResolvers } from '../generated/graphql.ts';
import { visiblePerson } from './visibility.ts';

export const person: QueryResolvers['person'] = (_, { id }, ctx) => visiblePerson(ctx, id);
