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
import { completeEnrolmentTransferMutation } from './complete-enrolment-transfer.ts';
import { EnrolmentMoves, EnrolmentTransfer, PersonTransfers } from './enrolment-transfer.ts';
import { requestEnrolmentTransferMutation } from './request-enrolment-transfer.ts';

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
    requestEnrolmentTransfer: requestEnrolmentTransferMutation,
    completeEnrolmentTransfer: completeEnrolmentTransferMutation,
  }),
  Person: { ...Person, ...PersonJourney, ...PersonProfiling, ...PersonUnemployment, ...PersonTransfers },
  EnrolmentTransfer,
  UnemploymentEvent,
  Enrolment: { ...Enrolment, ...EnrolmentJourney, ...EnrolmentMoves },
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
