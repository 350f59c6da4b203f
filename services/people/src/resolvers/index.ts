import { DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Mutation } from './mutation.ts';
import { Enrolment, EnrolmentTransition, Person, Provider, TakeInCharge } from './person.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Mutation, Person, Enrolment, EnrolmentTransition, TakeInCharge, Provider };
