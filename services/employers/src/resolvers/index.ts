import { DateScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Employer } from './employer.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { Vacancy } from './vacancy.ts';

export const resolvers: Resolvers = { Date: DateScalar, Query, Mutation, Employer, Vacancy };
