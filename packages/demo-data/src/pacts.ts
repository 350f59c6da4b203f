import { ageOn, daysBetween } from '@reg/calendar';
import { catalogueOn } from './catalogue.ts';
import type { GatewayRequest } from './gateway-client.ts';
import type { Random } from './random.ts';
import type { DemoEnrolment, DemoPerson, DemoProvider, DemoTakeInCharge } from './types.ts';

/**
 * What makes a take-in-charge one in the indicator's sense (README "Indicators"; D.Lgs. 150/2015 arts. 19-20): the
 * DID, the assessment (the national quantitative profiling), basic orientation (a qualitative profiling) and the
 * signed service pact, with the PAI that plans the services. All on the take-in-charge's first day, by the CPI of
 * the person's province (the only caller that manages a person's pact and plan, whoever has them in charge).
 */
export interface DemoServicePact {
  key: string;
  personKey: string;
  takeInChargeKey: string;
  /** The provider in charge: the PAI plans the service with it. */
  providerKey: string;
  /** Profiling, pact signature and PAI: the take-in-charge's start. */
  on: string;
  quantitative: {
    score: number;
    inputs: {
      age: number;
      sex: 'F' | 'M';
      citizenship: string;
      educationLevel: string;
      province: string;
      monthsSearching: number;
      monthsEmployedLastFiveYears: number;
      householdSize: number;
    };
  };
  qualitative: { needs: string[]; strengths: string[]; barriers: string[] };
  pact: {
    responsibleOperator: string;
    employabilityProfile: string;
    searchActs: Array<{ act: string; timing: string }>;
    contactFrequency: string;
    searchProof: string;
  };
  plan: { goals: string[]; serviceCode: string };
}

/** Share of the take-in-charges whose pact is signed in the demo: the others show take-in-charges still under way. */
const PACT_SHARE = 0.6;

const EDUCATION = ['ISCED 1', 'ISCED 2', 'ISCED 3', 'ISCED 4', 'ISCED 6'] as const;
const NEEDS = ['job search skills', 'workplace adjustments', 'requalification', 'mobility support', 'digital skills'];
const STRENGTHS = ['motivation', 'previous work experience', 'reliability', 'team work', 'language skills'];
const BARRIERS = ['long unemployment', 'transport', 'care duties', 'low formal education', 'health conditions'];

export function generateServicePacts(
  random: Random,
  facts: {
    people: readonly DemoPerson[];
    enrolments: readonly DemoEnrolment[];
    takeInCharges: readonly DemoTakeInCharge[];
    providers: readonly DemoProvider[];
  },
  today: string,
): DemoServicePact[] {
  const people = new Map(facts.people.map((p) => [p.key, p]));
  const enrolments = new Map(facts.enrolments.map((e) => [e.personKey, e]));
  const providers = new Map(facts.providers.map((p) => [p.key, p]));
  const result: DemoServicePact[] = [];
  for (const tic of facts.takeInCharges) {
    if (!random.chance(PACT_SHARE)) continue;
    const person = people.get(tic.personKey);
    const enrolment = enrolments.get(tic.personKey);
    const provider = providers.get(tic.providerKey);
    if (!person || !enrolment || !provider) continue;
    const on = tic.startedOn <= today ? tic.startedOn : today;
    // A service for every job seeker (area 1 or 2 but 2Cb), so the PAI fits whichever list the person is on.
    const services = catalogueOn(on).standards.filter(
      (s) =>
        (s.targetGroup === 'EVERYONE' || s.targetGroup === 'JOB_SEEKERS') && provider.serviceCodes.includes(s.code),
    );
    if (services.length === 0) continue;
    result.push({
      key: `PACT-${String(result.length + 1).padStart(6, '0')}`,
      personKey: person.key,
      takeInChargeKey: tic.key,
      providerKey: provider.key,
      on,
      quantitative: {
        score: Math.round(random.next() * 1000) / 1000,
        inputs: {
          age: ageOn(person.birthDate, on),
          sex: person.sex,
          citizenship: person.birthPlaceCode.startsWith('Z') ? random.pick(['AL', 'MA', 'RO', 'UA']) : 'IT',
          educationLevel: random.pick(EDUCATION),
          province: person.residenceProvince,
          monthsSearching: Math.floor(daysBetween(enrolment.unemploymentDeclaredOn, on) / 30),
          monthsEmployedLastFiveYears: random.int(0, 48),
          householdSize: random.int(1, 5),
        },
      },
      qualitative: {
        needs: random.sample(NEEDS, 2),
        strengths: random.sample(STRENGTHS, 2),
        barriers: random.sample(BARRIERS, 1),
      },
      pact: {
        responsibleOperator: `operator@${provider.key.toLowerCase()}`,
        employabilityProfile: 'Medium distance from the labour market (national profiling)',
        searchActs: [
          { act: 'Apply to suitable vacancies', timing: 'at least two a month' },
          { act: 'Attend the orientation interviews', timing: 'as scheduled' },
        ],
        contactFrequency: 'monthly',
        searchProof: 'applications sent, reported at each contact',
      },
      plan: { goals: ['A job that fits the residual capacities'], serviceCode: random.pick(services).code },
    });
  }
  return result;
}

const operations = {
  record: `mutation DemoPactRecords($quantitative: QuantitativeProfilingInput!, $qualitative: QualitativeProfilingInput!, $pact: ServicePactInput!, $plan: ActionPlanInput!) {
  recordQuantitativeProfiling(input: $quantitative) { version }
  recordQualitativeProfiling(input: $qualitative) { version }
  saveServicePact(input: $pact) { id }
  saveActionPlan(input: $plan) { id }
}`,
  sign: 'mutation DemoSignServicePact($id: ID!, $on: Date!) { signServicePact(pactId: $id, signedOn: $on) { id } }',
};

/** Two requests: the profiling, the pact draft and the PAI in one document (run in order), then the signature. */
export async function loadServicePact(
  request: GatewayRequest,
  cpiToken: string,
  pact: DemoServicePact,
  ids: { personId: string; providerId: string },
): Promise<void> {
  const { personId } = ids;
  const recorded = await request<{ saveServicePact: { id: string } }>(
    cpiToken,
    'saveServicePact',
    pact.key,
    operations.record,
    {
      quantitative: { personId, score: pact.quantitative.score, computedOn: pact.on, inputs: pact.quantitative.inputs },
      qualitative: { personId, assessedOn: pact.on, ...pact.qualitative },
      pact: {
        personId,
        ...pact.pact,
        availableForWorkshops: true,
        availableForTraining: true,
        availableForSuitableOffers: true,
      },
      plan: {
        personId,
        goals: pact.plan.goals,
        services: [{ serviceCode: pact.plan.serviceCode, providerId: ids.providerId, plannedFrom: pact.on }],
      },
    },
  );
  await request(cpiToken, 'signServicePact', pact.key, operations.sign, {
    id: recorded.saveServicePact.id,
    on: pact.on,
  });
}
