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
const PACT_SHARE = 0.35;

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

/**
 * People per request: each brings four aliased mutations to the first document (the gateway allows 30 aliases,
 * packages/limits), one to the second. Fewer, larger requests: the per-request work of the gateway and the
 * subgraph's HTTP round trip are what a pact's five small writes cost most.
 */
export const PACTS_PER_REQUEST = 7;

const recordDocument = (count: number) => {
  const indexes = [...Array(count).keys()];
  const variables = indexes
    .map(
      (i) =>
        `$quantitative${i}: QuantitativeProfilingInput!, $qualitative${i}: QualitativeProfilingInput!, $pact${i}: ServicePactInput!, $plan${i}: ActionPlanInput!`,
    )
    .join(', ');
  const fields = indexes
    .map(
      (i) => `  quantitative${i}: recordQuantitativeProfiling(input: $quantitative${i}) { version }
  qualitative${i}: recordQualitativeProfiling(input: $qualitative${i}) { version }
  pact${i}: saveServicePact(input: $pact${i}) { id }
  plan${i}: saveActionPlan(input: $plan${i}) { id }`,
    )
    .join('\n');
  return `mutation DemoPactRecords(${variables}) {\n${fields}\n}`;
};

const signDocument = (count: number) => {
  const indexes = [...Array(count).keys()];
  return `mutation DemoSignServicePacts(${indexes.map((i) => `$id${i}: ID!, $on${i}: Date!`).join(', ')}) {\n${indexes
    .map((i) => `  sign${i}: signServicePact(pactId: $id${i}, signedOn: $on${i}) { id }`)
    .join('\n')}\n}`;
};

/** A pact as a row of importServicePacts: the same parts the single mutations below are sent, signed on its day. */
export function servicePactImportRow(
  pact: DemoServicePact,
  ids: { personId: string; providerId: string },
): Record<string, unknown> {
  const { personId, providerId } = ids;
  return {
    quantitativeProfiling: {
      personId,
      score: pact.quantitative.score,
      computedOn: pact.on,
      inputs: pact.quantitative.inputs,
    },
    qualitativeProfiling: { personId, assessedOn: pact.on, ...pact.qualitative },
    pact: {
      personId,
      ...pact.pact,
      availableForWorkshops: true,
      availableForTraining: true,
      availableForSuitableOffers: true,
    },
    actionPlan: {
      personId,
      goals: pact.plan.goals,
      services: [{ serviceCode: pact.plan.serviceCode, providerId, plannedFrom: pact.on }],
    },
    signedOn: pact.on,
  };
}

/**
 * Up to PACTS_PER_REQUEST people of one province, by its CPI, in two requests: their profiling, pact drafts and PAIs
 * in one document (the gateway runs a mutation's fields in order), then the signatures.
 */
export async function loadServicePacts(
  request: GatewayRequest,
  cpiToken: string,
  pacts: readonly DemoServicePact[],
  idsOf: (pact: DemoServicePact) => { personId: string; providerId: string },
): Promise<void> {
  if (pacts.length === 0) return;
  if (pacts.length > PACTS_PER_REQUEST) throw new RangeError(`at most ${PACTS_PER_REQUEST} pacts a request`);
  const label = `${pacts[0]!.key}+${pacts.length - 1}`;
  const variables: Record<string, unknown> = {};
  pacts.forEach((pact, i) => {
    const row = servicePactImportRow(pact, idsOf(pact));
    variables[`quantitative${i}`] = row['quantitativeProfiling'];
    variables[`qualitative${i}`] = row['qualitativeProfiling'];
    variables[`pact${i}`] = row['pact'];
    variables[`plan${i}`] = row['actionPlan'];
  });
  const recorded = await request<Record<string, { id: string }>>(
    cpiToken,
    'saveServicePact',
    label,
    recordDocument(pacts.length),
    variables,
  );
  const signatures: Record<string, unknown> = {};
  pacts.forEach((pact, i) => {
    signatures[`id${i}`] = recorded[`pact${i}`]!.id;
    signatures[`on${i}`] = pact.on;
  });
  await request(cpiToken, 'signServicePact', label, signDocument(pacts.length), signatures);
}
