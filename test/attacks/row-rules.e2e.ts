import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode, vatCheckDigit } from '@reg/identifiers';
import { callers, createTestDatabase, gql, tokenFor, type GraphQLResponse, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { seedJourney } from '../support/fixtures.ts';

/**
 * Writes attacked as a malicious partner would, through the gateway (DESIGN.md: every write passes the row rules of
 * the reads of what it changes). The world: a CPI of Milan (MI), an employer with its office and only site in MI, a
 * person of MI; the attackers: the CPI of Bergamo (BG), a CPI token with no province, another employer, the Region,
 * a citizen. Each refused write is checked to have changed nothing.
 */
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
const t = {} as Record<'cpiBG' | 'cpiNoProvince' | 'employer' | 'otherEmployer' | 'citizen', string>;
let otherEmployerId = '';
const absentId = '00000000-0000-4000-8000-000000000000';

const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  gql(graph.gatewayUrl, token, query, variables);
const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions ?? null;
let sequence = 0;
const freshVatNumber = () => {
  sequence += 1;
  const first10 = `${String(5300000 + sequence).padStart(7, '0')}015`;
  return first10 + vatCheckDigit(first10);
};

const openVacancy = 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id province } }';
const closeVacancy = 'mutation ($id: ID!) { closeVacancy(id: $id, on: "2025-06-01") { id status } }';
const setProfile =
  'mutation ($id: ID!, $p: JobProfileInput!) { setVacancyJobProfile(vacancyId: $id, jobProfile: $p) { id } }';
const vacancyInput = (employerId: string, province = 'MI') => ({
  employerId,
  title: 'Magazziniere',
  province,
  positions: 1,
  openedOn: '2025-02-01',
});

async function milanVacancy(): Promise<string> {
  return (await world.must(world.cpi, openVacancy, { input: vacancyInput(world.employerId) }))['openVacancy'].id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
  otherEmployerId = (
    await world.must(
      world.cpi,
      'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
      {
        input: {
          name: 'Altra Azienda S.r.l.',
          fiscalCode: freshVatNumber(),
          kind: 'PRIVATE',
          atecoCode: '47.11',
          province: 'MI',
          sites: [],
        },
      },
    )
  )['registerEmployer'].id;
  t.cpiBG = await callers.cpi('BG');
  t.cpiNoProvince = await tokenFor({
    sub: 'op@cpi',
    org: world.cpiId,
    org_kind: 'cpi',
    scope: 'people:read people:write health:read',
  });
  t.employer = await callers.employer(world.employerId);
  t.otherEmployer = await callers.employer(otherEmployerId);
  t.citizen = await callers.citizen(world.personId);
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

describe("vacancies: the employer itself, or the CPI of the vacancy's province where the employer is present", () => {
  it('the CPI of another province cannot open a vacancy of a Milan employer, in MI or in its own province', async () => {
    for (const province of ['MI', 'BG']) {
      const response = await call(t.cpiBG, openVacancy, { input: vacancyInput(world.employerId, province) });
      expect(response.data?.['openVacancy'] ?? null).toBeNull();
      expect(refusal(response)).toMatchObject({ code: 'FORBIDDEN', rule: 'VACANCY_MANAGER' });
    }
  });

  it('a CPI token without a province opens nothing', async () => {
    expect(refusal(await call(t.cpiNoProvince, openVacancy, { input: vacancyInput(world.employerId) }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'VACANCY_MANAGER',
    });
  });

  it('the CPI of another province neither changes the job profile of nor closes a Milan vacancy; the vacancy is untouched', async () => {
    const id = await milanVacancy();
    const { employer } = await world.must(world.cpi, 'query ($id: ID!) { employer(id: $id) { sites { id } } }', {
      id: world.employerId,
    });
    const profile = {
      tasks: [{ description: 'Magazzino', demands: ['d4300'] }],
      weeklyHours: 30,
      contract: 'PERMANENT',
      siteId: employer.sites[0].id,
    };
    expect(refusal(await call(t.cpiBG, setProfile, { id, p: profile }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'VACANCY_MANAGER',
    });
    expect(refusal(await call(t.cpiBG, closeVacancy, { id }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'VACANCY_MANAGER',
    });
    expect(refusal(await call(t.cpiNoProvince, closeVacancy, { id }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'VACANCY_MANAGER',
    });
    const after = await world.must(
      world.cpi,
      'query ($id: ID!) { vacancy(id: $id) { status jobProfile { weeklyHours } } }',
      { id },
    );
    expect(after['vacancy']).toEqual({ status: 'OPEN', jobProfile: null });
    // The CPI of the province still does it.
    expect((await world.must(world.cpi, closeVacancy, { id }))['closeVacancy'].status).toBe('CLOSED');
  });

  it('another employer is told NOT_FOUND, the same answer as for an id that does not exist: no existence oracle', async () => {
    const other = await call(t.otherEmployer, openVacancy, { input: vacancyInput(world.employerId) });
    const absent = await call(t.otherEmployer, openVacancy, { input: vacancyInput(absentId) });
    expect(refusal(other)).toMatchObject({ code: 'NOT_FOUND', entity: 'Employer' });
    expect(other.errors![0]!.message.replace(world.employerId, 'ID')).toBe(
      absent.errors![0]!.message.replace(absentId, 'ID'),
    );
    const id = await milanVacancy();
    expect(refusal(await call(t.otherEmployer, closeVacancy, { id }))).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Vacancy',
    });
  });

  it('the Region, a citizen: FORBIDDEN whatever the id (their kind never manages vacancies)', async () => {
    for (const token of [world.region, t.citizen]) {
      expect(refusal(await call(token, openVacancy, { input: vacancyInput(world.employerId) }))?.['code']).toBe(
        'FORBIDDEN',
      );
      expect(refusal(await call(token, openVacancy, { input: vacancyInput(absentId) }))?.['code']).toBe('FORBIDDEN');
    }
  });

  it("the employer opens its own, but only where it is present (a vacancy in BG would be nobody's CPI's to manage)", async () => {
    expect(
      (await call(t.employer, openVacancy, { input: vacancyInput(world.employerId) })).data?.['openVacancy'].province,
    ).toBe('MI');
    expect(refusal(await call(t.employer, openVacancy, { input: vacancyInput(world.employerId, 'BG') }))).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'input.province' },
    );
  });
});

describe("employers' registration and L. 68/1999 records", () => {
  const register = 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }';
  it('a CPI registers employers present in its province only; a CPI token without a province none', async () => {
    const milanOnly = {
      name: 'Lombarda S.r.l.',
      fiscalCode: freshVatNumber(),
      kind: 'PRIVATE',
      atecoCode: '25.62',
      province: 'MI',
      sites: [],
    };
    expect(refusal(await call(t.cpiBG, register, { input: milanOnly }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'EMPLOYER_REGISTRAR_PROVINCE',
    });
    expect(refusal(await call(t.cpiNoProvince, register, { input: milanOnly }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'EMPLOYER_REGISTRAR_PROVINCE',
    });
    const withBergamoSite = {
      ...milanOnly,
      fiscalCode: freshVatNumber(),
      sites: [{ name: 'Magazzino', province: 'BG', municipality: 'A794' }],
    };
    expect((await call(t.cpiBG, register, { input: withBergamoSite })).data?.['registerEmployer'].id).toEqual(
      expect.any(String),
    );
  });

  it('a workforce report for another employer: NOT_FOUND as for an absent id; the CPI of another province: FORBIDDEN', async () => {
    const report =
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }';
    const input = (employerId: string) => ({
      input: { employerId, year: 2024, workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] } },
    });
    const other = await call(t.otherEmployer, report, input(world.employerId));
    const absent = await call(t.otherEmployer, report, input(absentId));
    expect(refusal(other)).toMatchObject({ code: 'NOT_FOUND', entity: 'Employer' });
    expect(other.errors![0]!.message.replace(world.employerId, 'ID')).toBe(
      absent.errors![0]!.message.replace(absentId, 'ID'),
    );
    expect(refusal(await call(t.cpiBG, report, input(world.employerId)))?.['code']).toBe('FORBIDDEN');
    expect(refusal(await call(t.citizen, report, input(world.employerId)))?.['code']).toBe('FORBIDDEN');
  });

  it('exemptions, agreements, suspensions: the CPI of another province, a CPI without a province, the employer: FORBIDDEN', async () => {
    const writes = [
      [
        'mutation ($input: AuthorisePartialExemptionInput!) { authorisePartialExemption(input: $input) { id } }',
        { percentage: 50, validFrom: '2025-06-01', validTo: '2025-12-31' },
      ],
      [
        'mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id } }',
        { startsOn: '2025-07-01', schedule: [{ dueOn: '2025-12-31', hires: 1 }] },
      ],
      [
        'mutation ($input: SuspendObligationInput!) { suspendObligation(input: $input) { id } }',
        { validFrom: '2025-07-01', validTo: '2025-09-30', legalBasis: 'L. 68/1999 art. 3 c.5: CIGS' },
      ],
    ] as const;
    for (const [document, rest] of writes) {
      for (const [token, province] of [
        [t.cpiBG, 'MI'],
        [t.cpiBG, 'BG'],
        [t.cpiNoProvince, 'MI'],
        [t.employer, 'MI'],
        [t.otherEmployer, 'MI'],
      ] as const) {
        expect(
          refusal(await call(token, document, { input: { employerId: world.employerId, province, ...rest } }))?.[
            'code'
          ],
          document,
        ).toBe('FORBIDDEN');
      }
    }
  });
});

describe("matching: shortlists are the CPI of the vacancy's province's", () => {
  it('another employer asking to build one for a vacancy it cannot see: NOT_FOUND, as for an absent vacancy; the CPI of another province: FORBIDDEN', async () => {
    const id = await milanVacancy();
    const build = 'mutation ($input: BuildShortlistInput!) { buildShortlist(input: $input) { id } }';
    const input = (vacancyId: string) => ({
      input: { vacancyId, referenceDate: '2025-06-30', idempotencyKey: `k-${vacancyId}` },
    });
    expect(refusal(await call(t.otherEmployer, build, input(id)))).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Vacancy',
    });
    expect(refusal(await call(t.otherEmployer, build, input(absentId)))).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Vacancy',
    });
    expect(refusal(await call(t.cpiBG, build, input(id)))?.['code']).toBe('FORBIDDEN');
    expect(refusal(await call(t.cpiNoProvince, build, input(id)))?.['code']).toBe('FORBIDDEN');
  });
});

describe('people and outcomes writes', () => {
  it('registering a person resident in another province: FORBIDDEN; acting on a person of another province: NOT_FOUND, as for an absent id', async () => {
    const birthDate = '1990-04-04';
    const fiscalCode = encodePersonFiscalCode({
      givenName: 'Ugo',
      familyName: 'Attacco',
      birthDate,
      sex: 'M',
      birthPlaceCode: 'F205',
    });
    const register = await call(
      t.cpiBG,
      'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      {
        input: {
          fiscalCode,
          givenName: 'Ugo',
          familyName: 'Attacco',
          birthDate,
          sex: 'M',
          residenceProvince: 'MI',
          residenceMunicipality: 'F205',
        },
      },
    );
    expect(refusal(register)?.['code']).toBe('FORBIDDEN');
    const enrol = 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }';
    const input = (personId: string) => ({
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2025-05-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 70,
      },
    });
    const other = await call(t.cpiBG, enrol, input(world.personId));
    const absent = await call(t.cpiBG, enrol, input(absentId));
    expect(refusal(other)).toMatchObject({ code: 'NOT_FOUND', entity: 'Person' });
    expect(other.errors![0]!.message.replace(world.personId, 'ID')).toBe(
      absent.errors![0]!.message.replace(absentId, 'ID'),
    );
    const pact = 'mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }';
    expect(refusal(await call(t.cpiBG, pact, { input: { personId: world.personId } }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(refusal(await call(t.cpiNoProvince, pact, { input: { personId: world.personId } }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('taking a person in charge: kinds that never do it are FORBIDDEN for an existing and an absent person alike', async () => {
    const take = 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }';
    for (const token of [world.region, t.employer, t.citizen]) {
      for (const personId of [world.personId, absentId]) {
        const response = await call(token, take, {
          input: { personId, providerId: world.accreditedId, programme: 'GOL', startedOn: '2025-05-01' },
        });
        expect(refusal(response)?.['code']).toBe('FORBIDDEN');
      }
    }
  });

  it('a delivery or a path for a person of another province: NOT_FOUND, as for an absent person', async () => {
    const report = 'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }';
    const input = (personId: string) => ({
      input: {
        idempotencyKey: `attack-${personId}`,
        personId,
        serviceCode: '3A',
        deliveredOn: '2025-03-02',
        minutes: 45,
        modality: 'INDIVIDUAL_INTERVIEW',
      },
    });
    expect(refusal(await call(t.cpiBG, report, input(world.personId)))?.['code']).toBe('NOT_FOUND');
    expect(refusal(await call(t.cpiBG, report, input(absentId)))?.['code']).toBe('NOT_FOUND');
  });
});
