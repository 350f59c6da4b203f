import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { auditEvents } from './audit-events.ts';
import { changeEnrolmentStatus } from './change-enrolment-status.ts';
import { endTakeInCharge } from './end-take-in-charge.ts';
import { handOverTakeInCharge } from './hand-over-take-in-charge.ts';
import { lateEnrolments } from './late-enrolments.ts';
import { matchingPool } from './matching-pool.ts';
import { people } from './people.ts';
import { person } from './person.ts';
import { personByFiscalCode } from './person-by-fiscal-code.ts';
import { rankingList } from './ranking-list.ts';
import { recordDisabilityDetails } from './record-disability-details.ts';
import { recordDisadvantageCertification } from './record-disadvantage-certification.ts';
import { recordEnrolmentObservation } from './record-enrolment-observation.ts';
import { recordFunctionalProfile } from './record-functional-profile.ts';
import { recordPactCheck } from './record-pact-check.ts';
import { recordQualitativeProfiling } from './record-qualitative-profiling.ts';
import { recordQuantitativeProfiling } from './record-quantitative-profiling.ts';
import { recordRankingFacts } from './record-ranking-facts.ts';
import { registerPerson } from './register-person.ts';
import { saveActionPlan } from './save-action-plan.ts';
import { saveProfessionalRecord } from './save-professional-record.ts';
import { saveServicePact } from './save-service-pact.ts';
import { signServicePact } from './sign-service-pact.ts';
import { submitEnrolment } from './submit-enrolment.ts';
import { takeInCharge } from './take-in-charge.ts';
import { IndicatorCell, IndicatorFamily, IndicatorTable } from './types/indicators.ts';
import {
  ActionPlan,
  EnrolmentJourney,
  PersonJourney,
  PlannedService,
  ServicePact,
  TakeInChargeJourney,
} from './types/journey.ts';
import { Enrolment, EnrolmentTransition, Person, Provider, TakeInCharge } from './types/person.ts';
import { PersonProfiling } from './types/profiling.ts';
import { importPeople } from './import-people.ts';
import { importServicePacts } from './import-service-pacts.ts';
import { declareUnemploymentMutation } from './declare-unemployment.ts';
import { recordUnemploymentLossMutation } from './record-unemployment-loss.ts';
import { recordWorkContractMutation } from './record-work-contract.ts';
import { PersonUnemployment, UnemploymentEvent } from './types/unemployment-status.ts';
import { completeEnrolmentTransferMutation } from './complete-enrolment-transfer.ts';
import { EnrolmentMoves, EnrolmentTransfer, PersonTransfers } from './types/enrolment-transfer.ts';
import { refuseEnrolmentTransferMutation } from './refuse-enrolment-transfer.ts';
import { requestEnrolmentTransferMutation } from './request-enrolment-transfer.ts';
import { withdrawEnrolmentTransferMutation } from './withdraw-enrolment-transfer.ts';

/** One file per root field (named after it), one per type or group of types under `types/`. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { auditEvents, lateEnrolments, matchingPool, people, person, personByFiscalCode, rankingList },
  Mutation: auditedMutations({
    registerPerson,
    submitEnrolment,
    changeEnrolmentStatus,
    recordEnrolmentObservation,
    takeInCharge,
    endTakeInCharge,
    handOverTakeInCharge,
    recordDisadvantageCertification,
    recordDisabilityDetails,
    recordFunctionalProfile,
    recordQuantitativeProfiling,
    recordQualitativeProfiling,
    saveProfessionalRecord,
    saveServicePact,
    signServicePact,
    recordPactCheck,
    saveActionPlan,
    recordRankingFacts,
    importPeople,
    importServicePacts,
    declareUnemployment: declareUnemploymentMutation,
    recordWorkContract: recordWorkContractMutation,
    recordUnemploymentLoss: recordUnemploymentLossMutation,
    requestEnrolmentTransfer: requestEnrolmentTransferMutation,
    completeEnrolmentTransfer: completeEnrolmentTransferMutation,
    refuseEnrolmentTransfer: refuseEnrolmentTransferMutation,
    withdrawEnrolmentTransfer: withdrawEnrolmentTransferMutation,
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
