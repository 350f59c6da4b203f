import { describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, errorCode, gql, tokenFor } from '@reg/testkit';
import { declareUnemployment } from './support/fixtures.ts';
import { useJourneyGraph } from './support/journey-graph.ts';

const world = useJourneyGraph();

async function newPerson(givenName: string, familyName: string, birthDate: string) {
  const input = {
    fiscalCode: encodePersonFiscalCode({ givenName, familyName, birthDate, sex: 'F', birthPlaceCode: 'F205' }),
    givenName,
    familyName,
    birthDate,
    sex: 'F',
    residenceProvince: 'MI',
    residenceMunicipality: 'F205',
  };
  const id = (
    await world.must(world.cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input,
    })
  )['registerPerson'].id as string;
  await declareUnemployment(world.must, world.cpi, id, '2025-01-02');
  return id;
}

const submit = `mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id status decisionDueOn daysLeftToDecide eligibility { eligible failures { rule } } documents { kind } } }`;
const change = `mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status decidedOn observationsDueOn decisionDueOn history { from to on reason } } }`;

describe("the person's journey through the gateway", () => {
  it('application to acceptance: receipt, documents, eligibility, deadline (seed 001; L. 241/1990 art. 2)', async () => {
    const personId = await newPerson('Teresa', 'Marchetti', '1983-02-11');
    const submitted = await world.must(world.cpi, submit, {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2025-04-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 46,
        documents: [{ kind: 'INVALIDITY_REPORT', reference: 'VERB-2025-118', presentedOn: '2025-04-01' }],
      },
    });
    expect(submitted['submitEnrolment']).toMatchObject({
      status: 'SUBMITTED',
      decisionDueOn: '2025-05-01',
      eligibility: { eligible: true, failures: [] },
      documents: [{ kind: 'INVALIDITY_REPORT' }],
    });
    const accepted = await world.must(world.cpi, change, {
      input: { enrolmentId: submitted['submitEnrolment'].id, to: 'ACCEPTED', on: '2025-04-20' },
    });
    expect(accepted['changeEnrolmentStatus']).toMatchObject({ status: 'ACCEPTED', decidedOn: '2025-04-20' });
  });

  it('an undecided application past its 30 days is listed as late, with negative days left (L. 241/1990 art. 2)', async () => {
    const personId = await newPerson('Rita', 'Pellegrini', '1975-12-01');
    const submitted = await world.must(world.cpi, submit, {
      input: { personId, list: 'DISABILITY', submittedOn: '2025-05-01', category: 'BLIND' },
    });
    const { data } = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      '{ lateEnrolments { id late daysLeftToDecide decisionDueOn } }',
    );
    const late = data!['lateEnrolments'].find((e: { id: string }) => e.id === submitted['submitEnrolment'].id);
    expect(late).toMatchObject({ late: true, decisionDueOn: '2025-05-31' });
    expect(late.daysLeftToDecide).toBeLessThan(0);
    expect(errorCode(await gql(world.graph.gatewayUrl, world.accredited, '{ lateEnrolments { id } }'))).toBe(
      'FORBIDDEN',
    );
  });

  it('pre-rejection, observations, rejection; an ineligible application cannot be accepted (L. 68/1999 art. 1; L. 241/1990 art. 10-bis)', async () => {
    const personId = await newPerson('Ilaria', 'Santoro', '1979-08-30');
    const submitted = await world.must(world.cpi, submit, {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2025-04-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 45,
      },
    });
    const enrolmentId = submitted['submitEnrolment'].id;
    expect(submitted['submitEnrolment'].eligibility).toEqual({
      eligible: false,
      failures: [{ rule: 'L68_ART1_CIVIL_INVALID_OVER_45' }],
    });
    const accept = await gql(world.graph.gatewayUrl, world.cpi, change, {
      input: { enrolmentId, to: 'ACCEPTED', on: '2025-04-10' },
    });
    expect(accept.errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ENROLMENT_NOT_ELIGIBLE' });

    const notice = await world.must(world.cpi, change, {
      input: {
        enrolmentId,
        to: 'PRE_REJECTED',
        on: '2025-04-21',
        reason: 'Invalidità 45%: non superiore al 45% (L. 68/1999 art. 1 c.1 lett. a)',
      },
    });
    // 10 days of the 30 remained; they resume after the 10 days for observations.
    expect(notice['changeEnrolmentStatus']).toMatchObject({
      status: 'PRE_REJECTED',
      observationsDueOn: '2025-05-01',
      decisionDueOn: '2025-05-11',
    });
    const early = await gql(world.graph.gatewayUrl, world.cpi, change, {
      input: { enrolmentId, to: 'REJECTED', on: '2025-04-25', reason: 'Requisito non soddisfatto' },
    });
    expect(early.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'ENROLMENT_OBSERVATION_WINDOW_OPEN',
    });
    await world.must(
      world.cpi,
      'mutation ($input: RecordObservationInput!) { recordEnrolmentObservation(input: $input) { id } }',
      { input: { enrolmentId, receivedOn: '2025-04-28', text: 'Chiedo revisione: visita di aggravamento in corso' } },
    );
    const rejected = await world.must(world.cpi, change, {
      input: {
        enrolmentId,
        to: 'REJECTED',
        on: '2025-05-05',
        reason: 'Le osservazioni non superano il motivo ostativo',
      },
    });
    // Seed 001's outputs as dated records: receipt, pre-rejection notice, rejection.
    expect(rejected['changeEnrolmentStatus'].history.map((h: { to: string; on: string }) => [h.to, h.on])).toEqual([
      ['SUBMITTED', '2025-04-01'],
      ['PRE_REJECTED', '2025-04-21'],
      ['REJECTED', '2025-05-05'],
    ]);
    const { data } = await gql(world.graph.gatewayUrl, world.cpi, '{ person: lateEnrolments { id } }');
    expect(data!['person'].map((e: { id: string }) => e.id)).not.toContain(enrolmentId);
  });

  it('a pact without its mandatory content cannot be signed and names what is missing; a complete version is signed and checked (D.Lgs. 150/2015 art. 20)', async () => {
    const save = `mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id version status missing } }`;
    const partial = await world.must(world.cpi, save, {
      input: { personId: world.personId, responsibleOperator: 'Anna Ferri', availableForWorkshops: true },
    });
    expect(partial['saveServicePact'].missing).toHaveLength(6);
    const refused = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'mutation ($id: ID!) { signServicePact(pactId: $id, signedOn: "2025-03-01") { id } }',
      { id: partial['saveServicePact'].id },
    );
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PACT_MANDATORY_CONTENT' });
    expect(refused.errors![0]!.extensions!['missing']).toContain(
      'b) employability profile (profilo personale di occupabilità)',
    );

    const complete = await world.must(world.cpi, save, {
      input: {
        personId: world.personId,
        responsibleOperator: 'Anna Ferri',
        employabilityProfile: 'Media distanza dal mercato del lavoro',
        searchActs: [{ act: 'Almeno 3 candidature', timing: 'ogni mese' }],
        contactFrequency: 'Ogni 30 giorni',
        searchProof: 'Copia delle candidature',
        availableForWorkshops: true,
        availableForTraining: true,
        availableForSuitableOffers: true,
      },
    });
    expect(complete['saveServicePact']).toMatchObject({ version: 2, status: 'DRAFT', missing: [] });
    const signed = await world.must(
      world.cpi,
      'mutation ($id: ID!) { signServicePact(pactId: $id, signedOn: "2025-03-01") { status signedOn } }',
      { id: complete['saveServicePact'].id },
    );
    expect(signed['signServicePact']).toEqual({ status: 'SIGNED', signedOn: '2025-03-01' });
    await world.must(world.cpi, 'mutation ($input: PactCheckInput!) { recordPactCheck(input: $input) { id } }', {
      input: {
        pactId: complete['saveServicePact'].id,
        checkedOn: '2025-04-01',
        progress: 'Due candidature inviate',
        correctiveActions: ['Laboratorio CV'],
      },
    });
    const { data } = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { person(id: $id) { servicePact { version status checks { progress correctiveActions } } servicePactVersions { version } } }',
      { id: world.personId },
    );
    expect(data!['person'].servicePact).toMatchObject({
      version: 2,
      status: 'SIGNED',
      checks: [{ progress: 'Due candidature inviate', correctiveActions: ['Laboratorio CV'] }],
    });
    expect(data!['person'].servicePactVersions).toHaveLength(2);
  });

  it('a PAI is built and updated, its services checked against the catalogue (seed 003)', async () => {
    const save = `mutation ($input: ActionPlanInput!) { saveActionPlan(input: $input) { version services { serviceStandard { code title } provider { name } } } }`;
    const bad = await gql(world.graph.gatewayUrl, world.cpi, save, {
      input: {
        personId: world.personId,
        goals: ['Inserimento'],
        services: [{ serviceCode: '2Cb', providerId: world.accreditedId, plannedFrom: '2025-03-01' }],
      },
    });
    expect(errorCode(bad)).toBe('RULE_VIOLATION');
    const unknown = await gql(world.graph.gatewayUrl, world.cpi, save, {
      input: {
        personId: world.personId,
        goals: ['Inserimento'],
        services: [{ serviceCode: '9Z', providerId: world.accreditedId, plannedFrom: '2025-03-01' }],
      },
    });
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.services[0].serviceCode',
    });
    const first = await world.must(world.cpi, save, {
      input: {
        personId: world.personId,
        goals: ['Orientamento'],
        services: [{ serviceCode: '3A', providerId: world.accreditedId, plannedFrom: '2025-03-01' }],
      },
    });
    expect(first['saveActionPlan']).toMatchObject({
      version: 1,
      services: [
        {
          serviceStandard: { code: '3A', title: 'Orientamento specialistico' },
          provider: { name: 'Cooperativa Sociale Il Ponte' },
        },
      ],
    });
    const second = await world.must(world.cpi, save, {
      input: {
        personId: world.personId,
        goals: ['Orientamento', 'Tutorato'],
        services: [
          { serviceCode: '3A', providerId: world.accreditedId, plannedFrom: '2025-03-01' },
          { serviceCode: '3Bb', providerId: world.accreditedId, plannedFrom: '2025-05-01', plannedTo: '2025-09-30' },
        ],
      },
    });
    expect(second['saveActionPlan'].version).toBe(2);
  });

  it('health data only with health:read; an accredited body sees the functional profile and nothing clinical (GDPR art. 9)', async () => {
    await world.must(
      world.cpi,
      'mutation ($input: FunctionalProfileInput!) { recordFunctionalProfile(input: $input) { version } }',
      {
        input: {
          personId: world.personId,
          residualCapacities: ['Lavoro sedentario'],
          tasksToAvoid: ['Sollevamento carichi oltre 5 kg'],
          compatibleTasks: ['Data entry'],
          workplaceAdjustments: ['Postazione ergonomica'],
        },
      },
    );
    await world.must(
      world.cpi,
      'mutation ($input: DisabilityDetailsInput!) { recordDisabilityDetails(input: $input) { id } }',
      { input: { personId: world.personId, clinicalNotes: 'Esiti di intervento alla colonna' } },
    );
    const cpiView = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { person(id: $id) { disability { category invalidityPercent clinicalNotes } } }',
      { id: world.personId },
    );
    expect(cpiView.data!['person'].disability).toEqual({
      category: 'CIVIL_INVALID',
      invalidityPercent: 67,
      clinicalNotes: 'Esiti di intervento alla colonna',
    });
    const accreditedView = await gql(
      world.graph.gatewayUrl,
      world.accredited,
      'query ($id: ID!) { person(id: $id) { functionalProfile { compatibleTasks tasksToAvoid } disability { invalidityPercent } } }',
      { id: world.personId },
    );
    expect(accreditedView.data!['person'].functionalProfile).toEqual({
      compatibleTasks: ['Data entry'],
      tasksToAvoid: ['Sollevamento carichi oltre 5 kg'],
    });
    expect(accreditedView.data!['person'].disability).toBeNull();
    expect(errorCode(accreditedView)).toBe('FORBIDDEN');
  });

  it('hand-over to another accredited body ends one take-in-charge and starts the next, with the budget', async () => {
    const { data } = await gql(
      world.graph.gatewayUrl,
      await callers.region(),
      'mutation { registerProvider(input: { name: "Fondazione Lavoro e Inclusione", kind: ACCREDITED, province: "MI", serviceCodes: ["3Bb"], accreditedFrom: "2020-01-01" }) { id } }',
    );
    const toProviderId = data!['registerProvider'].id;
    const current = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { person(id: $id) { takeInCharges { id } } }',
      { id: world.personId },
    );
    const handed = await world.must(
      world.cpi,
      'mutation ($input: HandOverInput!) { handOverTakeInCharge(input: $input) { active budget provider { id name } handedOverFrom { active endReason } } }',
      {
        input: {
          takeInChargeId: current.data!['person'].takeInCharges[0].id,
          toProviderId,
          on: '2025-06-01',
          reason: 'Percorso di tutorato',
          budget: 3500,
        },
      },
    );
    expect(handed['handOverTakeInCharge']).toMatchObject({
      active: true,
      budget: 3500,
      provider: { name: 'Fondazione Lavoro e Inclusione' },
      handedOverFrom: { active: false, endReason: 'Handed over: Percorso di tutorato' },
    });
  });

  it('profiling (quantitative with its inputs, qualitative) and the professional record are versioned', async () => {
    const inputs = {
      age: 37,
      sex: 'F',
      citizenship: 'IT',
      educationLevel: 'Diploma',
      province: 'MI',
      monthsSearching: 14,
      monthsEmployedLastFiveYears: 20,
      householdSize: 2,
    };
    const bad = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'mutation ($input: QuantitativeProfilingInput!) { recordQuantitativeProfiling(input: $input) { version } }',
      { input: { personId: world.personId, score: 1.2, computedOn: '2025-02-05', inputs } },
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
    for (const score of [0.62, 0.55]) {
      await world.must(
        world.cpi,
        'mutation ($input: QuantitativeProfilingInput!) { recordQuantitativeProfiling(input: $input) { version } }',
        { input: { personId: world.personId, score, computedOn: '2025-02-05', inputs } },
      );
    }
    await world.must(
      world.cpi,
      'mutation ($input: QualitativeProfilingInput!) { recordQualitativeProfiling(input: $input) { version } }',
      {
        input: {
          personId: world.personId,
          assessedOn: '2025-02-06',
          needs: ['Riqualificazione digitale'],
          barriers: ['Mobilità ridotta'],
        },
      },
    );
    await world.must(
      world.cpi,
      'mutation ($input: ProfessionalRecordInput!) { saveProfessionalRecord(input: $input) { version } }',
      {
        input: {
          personId: world.personId,
          education: [{ eqfLevel: 4, title: 'Diploma di ragioneria', year: 2006 }],
          skills: [{ codeSystem: 'ESCO', code: 'S1.0.1', label: 'contabilità' }],
          languages: [{ language: 'en', level: 'B1' }],
          drivingLicences: ['B'],
          availability: { weeklyHours: 30, maxDistanceKm: 25, shifts: ['DAY'] },
        },
      },
    );
    const { data } = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { person(id: $id) { profiling { version score inputs { monthsSearching } } profilingHistory { score } qualitativeProfiling { needs barriers } professionalRecord { version education { eqfLevel title } languages { level } availability { weeklyHours shifts } } } }',
      { id: world.personId },
    );
    expect(data!['person']).toMatchObject({
      profiling: { version: 2, score: 0.55, inputs: { monthsSearching: 14 } },
      profilingHistory: [{ score: 0.62 }, { score: 0.55 }],
      qualitativeProfiling: { needs: ['Riqualificazione digitale'], barriers: ['Mobilità ridotta'] },
      professionalRecord: {
        version: 1,
        education: [{ eqfLevel: 4 }],
        languages: [{ level: 'B1' }],
        availability: { weeklyHours: 30, shifts: ['DAY'] },
      },
    });
  });

  it('the ranking list for a reference date is reproducible and each position explains itself', async () => {
    await world.must(world.cpi, 'mutation ($input: RankingFactsInput!) { recordRankingFacts(input: $input) { id } }', {
      input: { personId: world.personId, declaredOn: '2025-01-10', annualIncome: 8200, dependants: 1 },
    });
    const query =
      'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { criteriaVersion entries { position score person { familyName } criteria { name points explanation } } } }';
    const first = await gql(world.graph.gatewayUrl, world.cpi, query, { on: '2025-06-30' });
    expect(first.errors).toBeUndefined();
    const entries = first.data!['rankingList'].entries;
    const colombo = entries.find((e: { person: { familyName: string } }) => e.person.familyName === 'Colombo');
    // Accepted 2025-02-01: 4 full months; 1 dependant; 8 thousand euro; 67% invalidity -> 6 tens.
    expect(colombo.criteria.map((c: { name: string; points: number }) => [c.name, c.points])).toEqual([
      ['INITIAL', 100],
      ['SENIORITY_MONTHS', -4],
      ['DEPENDANTS', -1],
      ['INCOME', 8],
      ['INVALIDITY', -6],
    ]);
    expect(colombo.score).toBe(97);
    expect((await gql(world.graph.gatewayUrl, world.cpi, query, { on: '2025-06-30' })).data).toEqual(first.data);
    const before = await gql(world.graph.gatewayUrl, world.cpi, query, { on: '2025-01-31' });
    expect(
      before.data!['rankingList'].entries.find(
        (e: { person: { familyName: string } }) => e.person.familyName === 'Colombo',
      ),
    ).toBeUndefined();
    const noScope = await tokenFor({
      sub: 'clerk@cpi-mi',
      org: world.cpiId,
      org_kind: 'cpi',
      province: 'MI',
      scope: 'people:read',
    });
    expect(errorCode(await gql(world.graph.gatewayUrl, noScope, query, { on: '2025-06-30' }))).toBe('FORBIDDEN');
  });
});
