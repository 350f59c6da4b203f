import { todayInRome } from '@reg/subgraph-kit';
import type {
  ActionPlanResolvers,
  EnrolmentResolvers,
  PersonResolvers,
  PlannedServiceResolvers,
  ServicePactResolvers,
  TakeInChargeResolvers,
} from '../../generated/graphql.ts';
import { daysLeft } from '../../rules/enrolment-deadlines.ts';
import { missingPactContent } from '../../rules/service-pact-content.ts';
import { selectedFields } from '../selected-fields.ts';
import { requireClinicalAccess, visiblePerson } from '../visibility.ts';

const undecided = new Set(['SUBMITTED', 'PRE_REJECTED']);
const latest = <T>(rows: T[]): T | null => rows.at(-1) ?? null;

export const EnrolmentJourney: EnrolmentResolvers = {
  eligibility: async (enrolment, _, { identity, loaders, audit }) => {
    requireClinicalAccess(identity);
    audit.read('Enrolment', enrolment.id, ['eligibility'], enrolment.personId);
    return loaders.eligibilityByEnrolment.load(enrolment.id);
  },
  daysLeftToDecide: (enrolment) =>
    undecided.has(enrolment.status) ? daysLeft(enrolment.decisionDueOn, todayInRome()) : null,
  daysLeftForObservations: (enrolment) =>
    enrolment.status === 'PRE_REJECTED' ? daysLeft(enrolment.observationsDueOn, todayInRome()) : null,
  observations: (enrolment, _, { loaders }) => loaders.observationsByEnrolment.load(enrolment.id),
  late: (enrolment) =>
    undecided.has(enrolment.status) && enrolment.decisionDueOn !== null && enrolment.decisionDueOn < todayInRome(),
};

export const PersonJourney: PersonResolvers = {
  disability: async (person, _, { identity, loaders, audit }, info) => {
    requireClinicalAccess(identity);
    audit.read('Person', person.id, ['disability', ...selectedFields(info)], person.id);
    return loaders.disabilityByPerson.load(person.id);
  },
  functionalProfile: async (person, _, { loaders }) => latest(await loaders.functionalProfilesByPerson.load(person.id)),
  functionalProfiles: (person, _, { loaders }) => loaders.functionalProfilesByPerson.load(person.id),
  servicePact: async (person, _, { loaders }) => latest(await loaders.pactsByPerson.load(person.id)),
  servicePactVersions: (person, _, { loaders }) => loaders.pactsByPerson.load(person.id),
  actionPlan: async (person, _, { loaders }) => latest(await loaders.plansByPerson.load(person.id)),
  actionPlanVersions: (person, _, { loaders }) => loaders.plansByPerson.load(person.id),
};

export const ServicePact: ServicePactResolvers = {
  __resolveReference: async (ref, ctx) => {
    const pact = await ctx.loaders.pactById.load(ref.id);
    return pact && (await visiblePerson(ctx, pact.personId)) ? pact : null;
  },
  person: (pact, _, ctx) => visiblePerson(ctx, pact.personId),
  availability: (pact) => ({
    workshops: pact.availableForWorkshops,
    training: pact.availableForTraining,
    suitableOffers: pact.availableForSuitableOffers,
  }),
  missing: (pact) => missingPactContent(pact),
  checks: (pact, _, { loaders }) => loaders.checksByPact.load(pact.id),
};

export const ActionPlan: ActionPlanResolvers = {
  __resolveReference: async (ref, ctx) => {
    const plan = await ctx.loaders.planById.load(ref.id);
    return plan && (await visiblePerson(ctx, plan.personId)) ? plan : null;
  },
  person: (plan, _, ctx) => visiblePerson(ctx, plan.personId),
};

export const PlannedService: PlannedServiceResolvers = {
  serviceStandard: (planned) => ({ code: planned.serviceCode }),
  provider: (planned) => ({ id: planned.providerId }),
};

export const TakeInChargeJourney: TakeInChargeResolvers = {
  budget: (row) => (row.budgetCents === null ? null : row.budgetCents / 100),
  handedOverFrom: async (row, _, { loaders }) =>
    row.handedOverFrom ? loaders.takeInChargeById.load(row.handedOverFrom) : null,
};
