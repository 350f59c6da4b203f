import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { declareUnemployment, seedJourney } from './support/fixtures.ts';

// The deviations a legal review found in the rules, each checked at its boundary through the gateway.
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

/** A person of the province, with a DID on record on `declaredOn` unless null (then no unemployment status). */
async function newPerson(
  givenName: string,
  familyName: string,
  birthDate: string,
  residenceProvince = 'MI',
  declaredOn: string | null = '2025-01-02',
) {
  const input = {
    fiscalCode: encodePersonFiscalCode({ givenName, familyName, birthDate, sex: 'M', birthPlaceCode: 'F205' }),
    givenName,
    familyName,
    birthDate,
    sex: 'M',
    residenceProvince,
    residenceMunicipality: 'F205',
  };
  const id = (
    await world.must(world.cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input,
    })
  )['registerPerson'].id as string;
  if (declaredOn) await declareUnemployment(world.must, world.cpi, id, declaredOn);
  return id;
}

const submit = `mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id status decisionDueOn eligibility { eligible failures { rule } } } }`;
const change = `mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status observationsDueOn decisionDueOn } }`;
const failuresOf = (data: Record<string, any>) =>
  data['submitEnrolment'].eligibility.failures.map((f: { rule: string }) => f.rule);

describe('people: who may enrol', () => {
  it('L. 68/1999 art. 1 c.1, D.L. 201/2011 art. 24: in 2026 working age ends on the 67th birthday (dated pension age)', async () => {
    const before = await newPerson('Aldo', 'Ferri', '1959-12-01');
    const on = await newPerson('Bruno', 'Ferri', '1959-11-30');
    const input = { list: 'DISABILITY', submittedOn: '2026-11-30', category: 'BLIND' };
    expect(failuresOf(await world.must(world.cpi, submit, { input: { ...input, personId: before } }))).toEqual([]);
    expect(failuresOf(await world.must(world.cpi, submit, { input: { ...input, personId: on } }))).toEqual([
      'L68_ART1_WORKING_AGE',
    ]);
  });

  it('L. 407/1998 art. 1 c.2 as amended: a victim of duty enrols in the art. 18 list while employed, and is accepted; a survivor is not', async () => {
    // Neither has an unemployment status: both are employed.
    const victim = await newPerson('Carlo', 'Greco', '1980-03-03', 'MI', null);
    const survivor = await newPerson('Dario', 'Greco', '1981-04-04', 'MI', null);
    const input = {
      list: 'ART18',
      submittedOn: '2026-10-01',
      documents: [{ kind: 'ART18_TITLE', reference: 'PREF-MI-2026-77', presentedOn: '2026-10-01' }],
    };
    const enrolled = await world.must(world.cpi, submit, {
      input: { ...input, personId: victim, category: 'VICTIM_OF_DUTY' },
    });
    expect(failuresOf(enrolled)).toEqual([]);
    expect(
      (
        await world.must(world.cpi, change, {
          input: { enrolmentId: enrolled['submitEnrolment'].id, to: 'ACCEPTED', on: '2026-10-10' },
        })
      )['changeEnrolmentStatus'].status,
    ).toBe('ACCEPTED');
    expect(
      failuresOf(
        await world.must(world.cpi, submit, {
          input: { ...input, personId: survivor, category: 'SURVIVOR_OF_WORK_WAR_OR_SERVICE_DEATH' },
        }),
      ),
    ).toEqual(['L68_ART8_UNEMPLOYED']);
  });
});

describe('people: pre-rejection and observations (L. 241/1990 art. 10-bis)', () => {
  const observe = `mutation ($input: RecordObservationInput!) { recordEnrolmentObservation(input: $input) { id decisionDueOn documents { kind reference } } }`;

  it("the window runs from the notice's receipt; observations with a new commission report are assessed again and acceptance follows", async () => {
    const personId = await newPerson('Elena', 'Riva', '1979-08-30');
    const submitted = await world.must(world.cpi, submit, {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2026-09-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 45,
      },
    });
    const enrolmentId = submitted['submitEnrolment'].id;
    expect(failuresOf(submitted)).toEqual(['L68_ART1_CIVIL_INVALID_OVER_45']);
    // Sent 21 September (10 of the 30 days left), received 24 September: observations until 4 October.
    const notice = await world.must(world.cpi, change, {
      input: {
        enrolmentId,
        to: 'PRE_REJECTED',
        on: '2026-09-21',
        noticeReceivedOn: '2026-09-24',
        reason: 'Invalidità 45%: non superiore al 45%',
      },
    });
    expect(notice['changeEnrolmentStatus']).toMatchObject({
      observationsDueOn: '2026-10-04',
      decisionDueOn: '2026-10-14',
    });
    const noDocuments = await gql(graph.gatewayUrl, world.cpi, observe, {
      input: {
        enrolmentId,
        receivedOn: '2026-09-30',
        text: 'Nuovo verbale',
        reassessment: { category: 'CIVIL_INVALID', invalidityPercent: 46 },
      },
    });
    expect(noDocuments.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documents' });
    const observed = await world.must(world.cpi, observe, {
      input: {
        enrolmentId,
        receivedOn: '2026-09-30',
        text: 'Allego il verbale di aggravamento',
        documents: [{ kind: 'INVALIDITY_REPORT', reference: 'VERB-2026-912', presentedOn: '2026-09-30' }],
        reassessment: {
          category: 'CIVIL_INVALID',
          invalidityPercent: 46,
          commissionReportDate: '2026-09-25',
          commissionReportRef: 'VERB-2026-912',
        },
      },
    });
    // The term resumes 10 days after the observations (10 October), with the 10 days left: 20 October.
    expect(observed['recordEnrolmentObservation']).toMatchObject({
      decisionDueOn: '2026-10-20',
      documents: [{ kind: 'INVALIDITY_REPORT', reference: 'VERB-2026-912' }],
    });
    const accepted = await world.must(world.cpi, change, { input: { enrolmentId, to: 'ACCEPTED', on: '2026-10-05' } });
    expect(accepted['changeEnrolmentStatus'].status).toBe('ACCEPTED');
  });

  it('observations without new documents leave the check as it was: acceptance is still refused', async () => {
    const personId = await newPerson('Franca', 'Riva', '1978-07-30');
    const submitted = await world.must(world.cpi, submit, {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2026-09-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 45,
      },
    });
    const enrolmentId = submitted['submitEnrolment'].id;
    await world.must(world.cpi, change, {
      input: { enrolmentId, to: 'PRE_REJECTED', on: '2026-09-21', reason: 'Invalidità 45%' },
    });
    await world.must(world.cpi, observe, {
      input: { enrolmentId, receivedOn: '2026-09-25', text: 'Chiedo revisione' },
    });
    const accept = await gql(graph.gatewayUrl, world.cpi, change, {
      input: { enrolmentId, to: 'ACCEPTED', on: '2026-10-05' },
    });
    expect(accept.errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ENROLMENT_NOT_ELIGIBLE' });
  });
});

describe('people: the take-in-charge indicator (DID + assessment + basic orientation + signed pact)', () => {
  const takenInCharge = async (granularity: string, from: string, to: string) => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      world.accredited,
      'query ($q: IndicatorQuery!) { indicators(query: $q) { takenInCharge { cells { period people measures { value } } } } }',
      { q: { from, to, granularity } },
    );
    expect(errors).toBeUndefined();
    return data!['indicators'].takenInCharge.cells.map((c: { period: string; people: number }) => [c.period, c.people]);
  };

  it('DOMAIN.md Monitoring: a take-in-charge counts from the day its last element is there (the pact, 2 March), not before, and never without all four', async () => {
    // The seeded person is in charge since 10 February 2025 with a DID but none of the other three: not counted.
    expect(await takenInCharge('YEAR', '2025-01-01', '2025-12-31')).toEqual([]);
    const personId = await newPerson('Gianni', 'Sala', '1985-05-05', 'MI', '2026-01-05');
    const enrolment = await world.must(world.cpi, submit, {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2026-01-05',
        category: 'BLIND',
      },
    });
    await world.must(world.cpi, change, {
      input: { enrolmentId: enrolment['submitEnrolment'].id, to: 'ACCEPTED', on: '2026-01-20' },
    });
    await world.must(world.cpi, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
      input: { personId, providerId: world.accreditedId, programme: 'GOL', startedOn: '2026-02-02' },
    });
    const inputs = {
      age: 40,
      sex: 'M',
      citizenship: 'IT',
      educationLevel: 'Diploma',
      province: 'MI',
      monthsSearching: 6,
      monthsEmployedLastFiveYears: 30,
      householdSize: 1,
    };
    await world.must(
      world.cpi,
      'mutation ($input: QuantitativeProfilingInput!) { recordQuantitativeProfiling(input: $input) { version } }',
      { input: { personId, score: 0.4, computedOn: '2026-02-03', inputs } },
    );
    // DID, start and assessment only: still not taken in charge.
    expect(await takenInCharge('MONTH', '2026-01-01', '2026-03-31')).toEqual([]);
    await world.must(
      world.cpi,
      'mutation ($input: QualitativeProfilingInput!) { recordQualitativeProfiling(input: $input) { version } }',
      { input: { personId, assessedOn: '2026-02-04', needs: ['Orientamento'], barriers: [] } },
    );
    expect(await takenInCharge('MONTH', '2026-01-01', '2026-03-31')).toEqual([]);
    const pact = await world.must(
      world.cpi,
      'mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }',
      {
        input: {
          personId,
          responsibleOperator: 'Anna Ferri',
          employabilityProfile: 'Bassa distanza',
          searchActs: [{ act: 'Due candidature', timing: 'ogni mese' }],
          contactFrequency: 'Ogni 30 giorni',
          searchProof: 'Copia delle candidature',
          availableForWorkshops: true,
          availableForTraining: true,
          availableForSuitableOffers: true,
        },
      },
    );
    await world.must(
      world.cpi,
      'mutation ($id: ID!) { signServicePact(pactId: $id, signedOn: "2026-03-02") { status } }',
      { id: pact['saveServicePact'].id },
    );
    // Counted in March (the pact's day), not in February (the start).
    expect(await takenInCharge('MONTH', '2026-01-01', '2026-03-31')).toEqual([['2026-03', 1]]);
    expect(await takenInCharge('MONTH', '2026-01-01', '2026-02-28')).toEqual([]);
  });
});

describe('people: the target group of area 3 and 2Cb (seed 003, Documento degli Interventi)', () => {
  const save = `mutation ($input: ActionPlanInput!) { saveActionPlan(input: $input) { version } }`;
  const plan = (personId: string, serviceCode: string, plannedFrom: string) =>
    gql(graph.gatewayUrl, world.cpi, save, {
      input: {
        personId,
        goals: ['Orientamento'],
        services: [{ serviceCode, providerId: world.accreditedId, plannedFrom }],
      },
    });

  it('a pre-rejected applicant is not thereby in area 3 (2Cb is theirs); a certified disadvantage opens area 3 from its first day', async () => {
    const personId = await newPerson('Ivo', 'Conti', '1982-02-02');
    const enrolment = await world.must(world.cpi, submit, {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2026-09-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 40,
      },
    });
    await world.must(world.cpi, change, {
      input: {
        enrolmentId: enrolment['submitEnrolment'].id,
        to: 'PRE_REJECTED',
        on: '2026-09-10',
        reason: 'Invalidità 40%',
      },
    });
    expect((await plan(personId, '3A', '2026-10-01')).errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'TARGET_GROUP',
    });
    // 2Cb passes the target group; the provider's accreditation (not for 2Cb) is the next check.
    expect((await plan(personId, '2Cb', '2026-10-01')).errors![0]!.extensions).toMatchObject({
      rule: 'PROVIDER_NOT_ACCREDITED',
    });
    await world.must(
      world.cpi,
      'mutation ($input: DisadvantageCertificationInput!) { recordDisadvantageCertification(input: $input) { id } }',
      { input: { personId, basis: 'L. 381/1991 art. 4', reference: 'SERT-MI-2026-44', validFrom: '2026-10-02' } },
    );
    expect((await plan(personId, '3A', '2026-10-01')).errors![0]!.extensions).toMatchObject({ rule: 'TARGET_GROUP' });
    expect((await plan(personId, '3A', '2026-10-02')).errors).toBeUndefined();
    expect((await plan(personId, '2Cb', '2026-10-02')).errors![0]!.extensions).toMatchObject({ rule: 'TARGET_GROUP' });
  });
});

const statusOn = `query ($id: ID!, $on: Date!) { employer(id: $id) { obligationStatus(on: $on) { province quota uncovered dailySanction accruedSanction } } }`;
async function status(employerId: string, on: string) {
  const { data, errors } = await gql(graph.gatewayUrl, world.cpi, statusOn, { id: employerId, on });
  expect(errors).toBeUndefined();
  return data!['employer'].obligationStatus.find((s: { province: string }) => s.province === 'MI');
}

describe('employers: obligations and amounts', () => {
  it('DOMAIN.md, L. 68/1999 art. 15 c.4: a past period prices at 5 x EUR 30.64 = 153.20 on the last day of 2021, 196.05 from 2022', async () => {
    const { cpi, employerId, must } = world;
    await must(
      cpi,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
      {
        input: {
          employerId,
          year: 2020,
          submittedOn: '2021-01-20',
          workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
        },
      },
    );
    expect(await status(employerId, '2021-12-31')).toMatchObject({ quota: 4, uncovered: 4, dailySanction: 4 * 153.2 });
    expect(await status(employerId, '2022-01-03')).toMatchObject({ dailySanction: 4 * 196.05 });
  });

  const place = (key: string, fields: Record<string, unknown>) =>
    gql(
      graph.gatewayUrl,
      world.cpi,
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: key,
          personId: world.personId,
          employerId: world.employerId,
          contract: 'PERMANENT',
          startedOn: '2026-03-02',
          countsTowardQuota: true,
          ...fields,
        },
      },
    );

  it("DPR 333/2000 art. 3: a quota hire's part-time share is of the contract's own full time — 19/36 is one unit, 18/36 half", async () => {
    expect((await place('law-pt-none', { weeklyHours: 19 })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fullTimeWeeklyHours',
    });
    expect((await place('law-pt-19', { weeklyHours: 19, fullTimeWeeklyHours: 36 })).errors).toBeUndefined();
    expect(await status(world.employerId, '2026-04-01')).toMatchObject({ uncovered: 3 });
    expect((await place('law-pt-18', { weeklyHours: 18, fullTimeWeeklyHours: 36 })).errors).toBeUndefined();
    // 4 - 1 - 0.5: the half unit leaves a fraction, still one uncovered position to fill.
    expect(await status(world.employerId, '2026-04-01')).toMatchObject({ uncovered: 3 });
    expect((await place('law-pt-18b', { weeklyHours: 18, fullTimeWeeklyHours: 36 })).errors).toBeUndefined();
    expect(await status(world.employerId, '2026-04-01')).toMatchObject({ uncovered: 2 });
  });

  it('D.Lgs. 81/2015 art. 34 c.3: an agency hire covers the user company only on a mission of 12 months or more', async () => {
    expect((await place('law-agency-11', { contract: 'AGENCY', termMonths: 11 })).errors![0]!.extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'input.countsTowardQuota' },
    );
    expect((await place('law-agency-12', { contract: 'AGENCY', termMonths: 12 })).errors).toBeUndefined();
    expect(await status(world.employerId, '2026-04-01')).toMatchObject({ uncovered: 1 });
  });
});

describe('employers: public administrations (L. 68/1999 art. 5 c.3, c.8-bis, art. 15)', () => {
  it('no partial exemption, no art. 15 c.4 sanction, not on the late-report list; the positions are still uncovered', async () => {
    const { cpi, must } = world;
    const employerId = (
      await must(cpi, 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
        input: {
          name: 'Comune di Esempio',
          fiscalCode: '02438750586',
          kind: 'PUBLIC',
          atecoCode: '84.11',
          province: 'MI',
          sites: [{ name: 'Municipio', province: 'MI', municipality: 'F205' }],
        },
      })
    )['registerEmployer'].id as string;
    await must(
      cpi,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
      {
        input: {
          employerId,
          year: 2024,
          submittedOn: '2025-01-20',
          workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
        },
      },
    );
    expect(await status(employerId, '2025-03-06')).toMatchObject({
      uncovered: 4,
      dailySanction: 0,
      accruedSanction: 0,
    });
    const exemption = await gql(
      graph.gatewayUrl,
      cpi,
      'mutation ($input: AuthorisePartialExemptionInput!) { authorisePartialExemption(input: $input) { positions } }',
      {
        input: { employerId, province: 'MI', percentage: 50, validFrom: '2025-01-01', validTo: '2025-06-30' },
      },
    );
    expect(exemption.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'L68_ART5_C3_PRIVATE_EMPLOYERS_ONLY',
    });
    const late = await gql(
      graph.gatewayUrl,
      world.region,
      'query { lateWorkforceReports(year: 2025, asOf: "2026-02-03") { employer { id } } }',
    );
    expect(late.data!['lateWorkforceReports'].map((l: { employer: { id: string } }) => l.employer.id)).not.toContain(
      employerId,
    );
  });
});

describe('employers: the quota calculator', () => {
  const compute = async (workers: unknown[]) => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query ($input: WorkforceInput!) { computeL68Obligation(input: $input) { computationBase disabledQuota disabledCovered disabledUncovered excluded { rule count } } }',
      { input: { registeredOfficeProvince: 'MI', workers } },
    );
    expect(errors).toBeUndefined();
    return data!['computeL68Obligation'];
  };
  const hundred = { contract: 'PERMANENT', count: 100 };

  it('L. 68/1999 art. 4 c.3-bis: a war/service/labour invalid of category 6 hired outside the lists covers, category 7 does not', async () => {
    expect(
      await compute([
        hundred,
        { contract: 'PERMANENT', protected: { category: 'DISABLED', hiredUnderL68: false, pensionCategory: 6 } },
      ]),
    ).toMatchObject({ disabledQuota: 7, disabledCovered: 1, disabledUncovered: 6 });
    expect(
      await compute([
        hundred,
        { contract: 'PERMANENT', protected: { category: 'DISABLED', hiredUnderL68: false, pensionCategory: 7 } },
      ]),
    ).toMatchObject({ disabledCovered: 0, disabledUncovered: 7 });
  });

  it('D.Lgs. 81/2015 art. 34 c.3: a disabled agency worker on a 12-month mission covers the user, on 11 months not', async () => {
    const agency = (missionMonths: number) => ({
      contract: 'AGENCY',
      missionMonths,
      protected: { category: 'DISABLED', hiredUnderL68: false },
    });
    expect(await compute([hundred, agency(12)])).toMatchObject({ computationBase: 100, disabledCovered: 1 });
    expect(await compute([hundred, agency(11)])).toMatchObject({ computationBase: 100, disabledCovered: 0 });
  });

  it('DPR 333/2000 art. 3 c.5: at a base of 35 a 10-hour part-timer with 51% reduction is one unit; at 36, half', async () => {
    const partTimer = {
      contract: 'PERMANENT',
      weeklyHours: 10,
      protected: { category: 'DISABLED', hiredUnderL68: true, capacityReductionPercent: 51 },
    };
    expect(await compute([{ contract: 'PERMANENT', count: 35 }, partTimer])).toMatchObject({
      computationBase: 35,
      disabledQuota: 1,
      disabledCovered: 1,
      disabledUncovered: 0,
    });
    expect(await compute([{ contract: 'PERMANENT', count: 36 }, partTimer])).toMatchObject({
      computationBase: 36,
      disabledQuota: 2,
      disabledCovered: 0.5,
      disabledUncovered: 2,
    });
  });
});

describe('outcomes: placements', () => {
  it('D.Lgs. 104/2022 art. 7 c.2 (L. 203/2024): a 3-month fixed-term hire from Monday 2 March fails probation until the 6th working day (9 March)', async () => {
    const recorded = await world.must(
      world.cpi,
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'law-probation',
          personId: world.personId,
          employerId: world.employerId,
          contract: 'FIXED_TERM',
          termMonths: 3,
          startedOn: '2026-03-02',
          countsTowardQuota: false,
        },
      },
    );
    const end = (endedOn: string) =>
      gql(
        graph.gatewayUrl,
        world.cpi,
        'mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { endedOn endReason } }',
        { input: { placementId: recorded['recordPlacement'].id, endedOn, reason: 'PROBATION_NOT_PASSED' } },
      );
    expect((await end('2026-03-10')).errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'PROBATION_OVER_FIXED_TERM_SHARE',
    });
    expect((await end('2026-03-09')).data!['endPlacement']).toEqual({
      endedOn: '2026-03-09',
      endReason: 'PROBATION_NOT_PASSED',
    });
  });
});

describe('employers: special regimes and the high-risk self-certification in the calculator', () => {
  const compute = async (input: Record<string, unknown>) => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query ($input: WorkforceInput!) { computeL68Obligation(input: $input) { computationBase disabledQuota disabledUncovered } }',
      { input: { registeredOfficeProvince: 'MI', ...input } },
    );
    expect(errors).toBeUndefined();
    return data!['computeL68Obligation'];
  };
  it('L. 68/1999 art. 3 c.4: defence counts administrative services only (36 -> quota 2); art. 5 c.3-bis: 60 per thousand leaves the base, 59.9 stays', async () => {
    expect(
      await compute({
        specialRegime: 'POLICE_CIVIL_PROTECTION_DEFENCE',
        workers: [
          { contract: 'PERMANENT', count: 36, duties: 'ADMINISTRATIVE' },
          { contract: 'PERMANENT', count: 300, duties: 'OTHER' },
        ],
      }),
    ).toMatchObject({ computationBase: 36, disabledQuota: 2 });
    const highRisk = (rate: number) =>
      compute({
        highRiskSelfCertified: true,
        workers: [
          { contract: 'PERMANENT', count: 50 },
          { contract: 'PERMANENT', count: 50, inailRatePerThousand: rate },
        ],
      });
    expect(await highRisk(60)).toMatchObject({ computationBase: 50, disabledQuota: 2 });
    expect(await highRisk(59.9)).toMatchObject({ computationBase: 100, disabledQuota: 7 });
  });
  it("L. 68/1999 art. 5 c.8-bis: a public employer without authorisation keeps each province's shortfall", async () => {
    const workers = [
      { contract: 'PERMANENT', count: 100 },
      { contract: 'PERMANENT', count: 9, protected: { category: 'DISABLED', hiredUnderL68: true } },
      { contract: 'PERMANENT', count: 100, province: 'RM' },
      { contract: 'PERMANENT', count: 5, province: 'RM', protected: { category: 'DISABLED', hiredUnderL68: true } },
    ];
    expect(await compute({ employerKind: 'PUBLIC', workers })).toMatchObject({ disabledUncovered: 2 });
    expect(await compute({ employerKind: 'PUBLIC', offsetAuthorised: true, workers })).toMatchObject({
      disabledUncovered: 0,
    });
    expect(await compute({ employerKind: 'PRIVATE', workers })).toMatchObject({ disabledUncovered: 0 });
  });
});
