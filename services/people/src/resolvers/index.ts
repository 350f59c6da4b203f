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
import { journeyMutations } from './journey-mutations.ts';
import { Mutation } from './mutation.ts';
import { PersonProfiling, profilingMutations } from './profiling.ts';
import { Enrolment, EnrolmentTransition, Person, Provider, TakeInCharge } from './person.ts';
import { Query } from './query.ts';
import { declareUnemploymentMutation } from './declare-unemployment.ts';
import { recordUnemploymentLossMutation } from './record-unemployment-loss.ts';
import { recordWorkContractMutation } from './record-work-contract.ts';
import { PersonUnemployment, UnemploymentEvent } from './unemployment-status.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation: auditedMutations({
    ...Mutation,
    ...journeyMutations,
    ...profilingMutations,
    declareUnemployment: declareUnemploymentMutation,
    recordWorkContract: recordWorkContractMutation,
    recordUnemploymentLoss: recordUnemploymentLossMutation,
  }),
  Person: { ...Person, ...PersonJourney, ...PersonProfiling, ...PersonUnemployment },
  UnemploymentEvent,
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
