import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import {
  ActionPlan,
  EnrolmentJourney,
  PersonJourney,
  PlannedService,
  ServicePact,
  TakeInChargeJourney,
} from './journey.ts';
import { IndicatorCell, IndicatorFamily, IndicatorTable } from './indicators.ts';
import { importPeople } from './import-people.ts';
import { journeyMutations } from './journey-mutations.ts';
import { Mutation } from './mutation.ts';
import { PersonProfiling, profilingMutations } from './profiling.ts';
import { Enrolment, EnrolmentTransition, Person, Provider, TakeInCharge } from './person.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: auditedMutations({ ...Mutation, ...journeyMutations, ...profilingMutations, importPeople }),
  Person: { ...Person, ...PersonJourney, ...PersonProfiling },
  Enrolment: { ...Enrolment, ...EnrolmentJourney },
  EnrolmentTransition,
  TakeInCharge: { ...TakeInCharge, ...TakeInChargeJourney },
  Provider,
  ServicePact,
  ActionPlan,
  PlannedService,
  IndicatorTable,
  IndicatorFamily,
  IndicatorCell,
};
