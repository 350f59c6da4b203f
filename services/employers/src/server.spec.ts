import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, errorCode, gql, startTestSubgraph, type TestSubgraph } from '@reg/testkit';
import { buildEmployers } from './server.ts';

let subgraph: TestSubgraph<Awaited<ReturnType<typeof buildEmployers>>>;
let url: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph((location) => buildEmployers({ location }));
  url = subgraph.url;
});

afterAll(() => subgraph?.[Symbol.asyncDispose]());

const register = /* GraphQL */ `
  mutation ($input: RegisterEmployerInput!) {
    registerEmployer(input: $input) { id name fiscalCode kind atecoCode province sites { name province municipality address } }
  }`;

const openVacancy = /* GraphQL */ `
  mutation ($input: OpenVacancyInput!) {
    openVacancy(input: $input) { id title status openedOn closedOn positions reservedFor occupationCode occupationCodeSystem employer { id name } }
  }`;

const closeVacancy = /* GraphQL */ `
  mutation ($id: ID!, $on: Date!) { closeVacancy(id: $id, on: $on) { id status openedOn closedOn } }`;

const employerQuery = /* GraphQL */ `query ($id: ID!) { employer(id: $id) { id name vacancies { id status } } }`;
const employersPage = /* GraphQL */ `
  query ($province: String, $first: Int, $after: String) { employers(province: $province, first: $first, after: $after) { items { id name } nextCursor } }`;

// Fiscal codes that pass the Agenzia delle Entrate check digit (office codes 001-100).
const brambilla = {
  name: 'Officine Brambilla S.r.l.',
  fiscalCode: '12345670017',
  kind: 'PRIVATE',
  atecoCode: '25.62.00',
  province: 'MI',
  sites: [
    { name: 'Sede legale', province: 'MI', municipality: 'F205', address: 'Via Tortona 10' },
    { name: 'Stabilimento', province: 'MB', municipality: 'F704' },
  ],
};
const rossi = {
  name: 'Ditta Rossi Mario',
  fiscalCode: 'RSSMRA80A01F205X',
  kind: 'PRIVATE',
  atecoCode: '43.21.01',
  province: 'MI',
};

let brambillaId: string;
let rossiId: string;

async function registerAs(token: string, input: Record<string, unknown>): Promise<string> {
  const response = await gql(url, token, register, { input });
  expect(response.errors).toBeUndefined();
  return response.data!['registerEmployer'].id as string;
}

describe('employers subgraph', () => {
  it('refuses a request without a token with 401', async () => {
    const response = await gql(url, null, '{ vacancies { id } }');
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  describe('registerEmployer', () => {
    it('a CPI operator registers an employer with its sites, in one write', async () => {
      const { data, errors } = await gql(url, await callers.cpi('MI'), register, { input: brambilla });
      expect(errors).toBeUndefined();
      expect(data!['registerEmployer']).toMatchObject({
        name: 'Officine Brambilla S.r.l.',
        fiscalCode: '12345670017',
        kind: 'PRIVATE',
        atecoCode: '25.62.00',
        province: 'MI',
      });
      expect(data!['registerEmployer'].sites).toEqual([
        { name: 'Sede legale', province: 'MI', municipality: 'F205', address: 'Via Tortona 10' },
        { name: 'Stabilimento', province: 'MB', municipality: 'F704', address: null },
      ]);
      brambillaId = data!['registerEmployer'].id;
    });

    it("the Region registers a sole trader by the owner's personal fiscal code, stored upper case", async () => {
      const { data, errors } = await gql(url, await callers.region(), register, {
        input: { ...rossi, fiscalCode: ' rssmra80a01f205x ' },
      });
      expect(errors).toBeUndefined();
      expect(data!['registerEmployer']).toMatchObject({ fiscalCode: 'RSSMRA80A01F205X', sites: [] });
      rossiId = data!['registerEmployer'].id;
    });

    it('identifiers: a fiscal code failing its check digit is BAD_USER_INPUT and writes nothing', async () => {
      const region = await callers.region();
      const count = async () => (await gql(url, region, employersPage, { first: 100 })).data!['employers'].items.length;
      const before = await count();
      const bad = await gql(url, region, register, {
        input: { ...brambilla, name: 'Altra S.p.A.', fiscalCode: '12345670018' },
      });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.extensions!['field']).toBe('input.fiscalCode');
      const badSite = await gql(url, region, register, {
        input: {
          ...brambilla,
          fiscalCode: '07654320030',
          sites: [{ name: 'Filiale', province: 'MI', municipality: 'F20' }],
        },
      });
      expect(badSite.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.sites[0].municipality',
      });
      expect(await count()).toBe(before);
    });

    it('ATECO 2007: a code with the section letter is BAD_USER_INPUT', async () => {
      const response = await gql(url, await callers.cpi('MI'), register, {
        input: { ...brambilla, fiscalCode: '07654320030', atecoCode: 'C25.62' },
      });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.atecoCode' });
    });

    it('one employer per fiscal code: a second registration is CONFLICT', async () => {
      const response = await gql(url, await callers.cpi('MI'), register, {
        input: { ...brambilla, name: 'Brambilla bis' },
      });
      expect(errorCode(response)).toBe('CONFLICT');
      expect(response.errors![0]!.extensions!['field']).toBe('input.fiscalCode');
    });

    it('access: an accredited body may not register employers (FORBIDDEN)', async () => {
      const response = await gql(url, await callers.accredited('ente-lavoro'), register, {
        input: { ...brambilla, fiscalCode: '07654320030' },
      });
      expect(errorCode(response)).toBe('FORBIDDEN');
    });
  });

  describe('vacancies', () => {
    let vacancyId: string;

    it('a CPI operator opens a vacancy reserved for the disability quota', async () => {
      const input = {
        employerId: brambillaId,
        title: 'Addetto al montaggio',
        occupationCode: '7.2.7.9.0',
        occupationCodeSystem: 'ISTAT_CP2011',
        province: 'MI',
        positions: 2,
        reservedFor: 'DISABLED',
        openedOn: '2025-03-10',
      };
      const { data, errors } = await gql(url, await callers.cpi('MI'), openVacancy, { input });
      expect(errors).toBeUndefined();
      expect(data!['openVacancy']).toMatchObject({
        status: 'OPEN',
        positions: 2,
        reservedFor: 'DISABLED',
        closedOn: null,
        employer: { id: brambillaId, name: 'Officine Brambilla S.r.l.' },
      });
      vacancyId = data!['openVacancy'].id;
    });

    it("an employer opens its own vacancy; another employer's is NOT_FOUND to it, as an absent one (no existence oracle)", async () => {
      const employer = await callers.employer(rossiId);
      const own = await gql(url, employer, openVacancy, {
        input: { employerId: rossiId, title: 'Elettricista', province: 'MI', positions: 1, openedOn: '2025-04-01' },
      });
      expect(own.errors).toBeUndefined();
      const other = await gql(url, employer, openVacancy, {
        input: { employerId: brambillaId, title: 'Elettricista', province: 'MI', positions: 1, openedOn: '2025-04-01' },
      });
      expect(errorCode(other)).toBe('NOT_FOUND');
    });

    it('opening: unknown employer is NOT_FOUND; 1001 positions or a code without its system is BAD_USER_INPUT', async () => {
      const cpi = await callers.cpi('MI');
      const input = {
        employerId: brambillaId,
        title: 'Magazziniere',
        province: 'MI',
        positions: 1,
        openedOn: '2025-03-10',
      };
      expect(
        errorCode(
          await gql(url, cpi, openVacancy, { input: { ...input, employerId: '00000000-0000-0000-0000-000000000000' } }),
        ),
      ).toBe('NOT_FOUND');
      const tooMany = await gql(url, cpi, openVacancy, { input: { ...input, positions: 1001 } });
      expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.positions' });
      const noSystem = await gql(url, cpi, openVacancy, { input: { ...input, occupationCode: '4.3.1.1.0' } });
      expect(noSystem.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.occupationCodeSystem',
      });
    });

    it('closing: unknown id NOT_FOUND, before the opening day BAD_USER_INPUT, then closed, then CONFLICT', async () => {
      const cpi = await callers.cpi('MI');
      expect(
        errorCode(await gql(url, cpi, closeVacancy, { id: '00000000-0000-0000-0000-000000000000', on: '2025-05-01' })),
      ).toBe('NOT_FOUND');
      const early = await gql(url, cpi, closeVacancy, { id: vacancyId, on: '2025-03-09' });
      expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
      const closed = await gql(url, cpi, closeVacancy, { id: vacancyId, on: '2025-05-01' });
      expect(closed.errors).toBeUndefined();
      expect(closed.data!['closeVacancy']).toEqual({
        id: vacancyId,
        status: 'CLOSED',
        openedOn: '2025-03-10',
        closedOn: '2025-05-01',
      });
      expect(errorCode(await gql(url, cpi, closeVacancy, { id: vacancyId, on: '2025-05-02' }))).toBe('CONFLICT');
    });

    it("an employer cannot close another employer's vacancy: to it, the vacancy does not exist", async () => {
      expect(
        errorCode(await gql(url, await callers.employer(rossiId), closeVacancy, { id: vacancyId, on: '2025-05-02' })),
      ).toBe('NOT_FOUND');
    });
  });

  describe('who reads what', () => {
    it('an employer sees its own employer and vacancies only', async () => {
      const employer = await callers.employer(rossiId);
      expect((await gql(url, employer, employerQuery, { id: brambillaId })).data!['employer']).toBeNull();
      const own = await gql(url, employer, employerQuery, { id: rossiId });
      expect(own.data!['employer']).toMatchObject({ id: rossiId, vacancies: [{ status: 'OPEN' }] });
      const page = await gql(url, employer, employersPage, { first: 100 });
      expect(page.data!['employers'].items.map((e: { id: string }) => e.id)).toEqual([rossiId]);
      const vacancies = await gql(url, employer, '{ vacancies { employer { id } } }');
      expect(vacancies.data!['vacancies']).toEqual([{ employer: { id: rossiId } }]);
    });

    it('an accredited body reads every employer and vacancy, closed ones included', async () => {
      const accredited = await callers.accredited('ente-lavoro');
      const { data } = await gql(url, accredited, employerQuery, { id: brambillaId });
      expect(data!['employer'].vacancies).toEqual([{ id: expect.any(String), status: 'CLOSED' }]);
      const all = await gql(url, accredited, '{ vacancies { status } }');
      expect(all.data!['vacancies'].map((v: { status: string }) => v.status).sort()).toEqual(['CLOSED', 'OPEN']);
    });

    it('a citizen sees open vacancies, and no employer list', async () => {
      const citizen = await callers.citizen('person-1');
      const vacancies = await gql(url, citizen, '{ vacancies { title status } }');
      expect(vacancies.data!['vacancies']).toEqual([{ title: 'Elettricista', status: 'OPEN' }]);
      expect((await gql(url, citizen, '{ vacancies(status: CLOSED) { id } }')).data!['vacancies']).toEqual([]);
      expect(errorCode(await gql(url, citizen, employersPage, {}))).toBe('FORBIDDEN');
      expect((await gql(url, citizen, employerQuery, { id: rossiId })).data!['employer']).toBeNull();
    });
  });

  describe('employers(province, first, after): keyset pages by name', () => {
    const names = ['Alfa Meccanica', 'Beta Logistica', 'Gamma Servizi', 'Delta Impianti', 'Epsilon Tessile'];
    const fiscalCodes = ['02222220010', '08111110154', '07654320030', '04444440012', '05555550028'];

    it('walks 5 employers of a province 2 at a time, in name order, without repeats', async () => {
      const cpi = await callers.cpi('BG');
      for (const [i, name] of names.entries()) {
        const fiscalCode = fiscalCodes[i]!;
        await registerAs(cpi, { name, fiscalCode, kind: 'PRIVATE', atecoCode: '62.01', province: 'BG' });
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const response = await gql(url, cpi, employersPage, { province: 'BG', first: 2, after });
        expect(response.errors).toBeUndefined();
        const page = response.data!['employers'] as { items: Array<{ name: string }>; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((e) => e.name));
        after = page.nextCursor;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual([...names].sort());
    });

    it('first is 1 to 100: 0 and 101 are BAD_USER_INPUT, 100 is fine', async () => {
      const cpi = await callers.cpi('BG');
      expect(errorCode(await gql(url, cpi, employersPage, { first: 0 }))).toBe('BAD_USER_INPUT');
      const tooMany = await gql(url, cpi, employersPage, { first: 101 });
      expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await gql(url, cpi, employersPage, { first: 100 })).errors).toBeUndefined();
    });

    it('a cursor this service did not issue is BAD_USER_INPUT', async () => {
      const response = await gql(url, await callers.cpi('BG'), employersPage, { first: 2, after: 'not-a-cursor' });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('federation', () => {
    const entities = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Employer { id name sites { municipality } } ... on Vacancy { id title } }
      }`;

    it('_entities resolves Employer and Vacancy references by id, unknown ones to null', async () => {
      const { data: opened } = await gql(url, await callers.region(), '{ vacancies(status: OPEN) { id } }');
      const vacancyId = opened!['vacancies'][0].id as string;
      const representations = [
        { __typename: 'Employer', id: brambillaId },
        { __typename: 'Employer', id: rossiId },
        { __typename: 'Employer', id: 'unknown' },
        { __typename: 'Vacancy', id: vacancyId },
      ];
      const { data, errors } = await gql(url, await callers.cpi('MI'), entities, { representations });
      expect(errors).toBeUndefined();
      expect(data!['_entities']).toEqual([
        {
          id: brambillaId,
          name: 'Officine Brambilla S.r.l.',
          sites: [{ municipality: 'F205' }, { municipality: 'F704' }],
        },
        { id: rossiId, name: 'Ditta Rossi Mario', sites: [] },
        null,
        { id: vacancyId, title: 'Elettricista' },
      ]);
    });

    it('_entities applies the read rule: an employer resolves itself only', async () => {
      const representations = [
        { __typename: 'Employer', id: brambillaId },
        { __typename: 'Employer', id: rossiId },
      ];
      const { data } = await gql(url, await callers.employer(rossiId), entities, { representations });
      expect(data!['_entities']).toEqual([null, { id: rossiId, name: 'Ditta Rossi Mario', sites: [] }]);
    });
  });

  describe('computeL68Obligation', () => {
    const compute = /* GraphQL */ `
      query ($input: WorkforceInput!) {
        computeL68Obligation(input: $input) {
          computationBase disabledQuota art18Quota disabledCovered art18Covered disabledUncovered art18Uncovered
          excluded { rule article count }
          byProvince { province computationBase disabledQuota art18Quota }
          explanation
        }
      }`;

    it('DOMAIN.md rounding: base 151 -> 7% = 10.57 -> 11 disabled, 1% = 1.51 -> 2 art. 18 (L.68 art. 3 c.1, art. 18 c.2)', async () => {
      const input = {
        registeredOfficeProvince: 'MI',
        workers: [
          { contract: 'PERMANENT', count: 151 },
          { contract: 'EXECUTIVE', count: 2 },
          { contract: 'PERMANENT', protected: { category: 'DISABLED', hiredUnderL68: true } },
        ],
      };
      // A public calculator: an employer's own consultant may call it.
      const { data, errors } = await gql(url, await callers.employer(rossiId), compute, { input });
      expect(errors).toBeUndefined();
      expect(data!['computeL68Obligation']).toMatchObject({
        computationBase: 151,
        disabledQuota: 11,
        art18Quota: 2,
        disabledCovered: 1,
        art18Covered: 0,
        disabledUncovered: 10,
        art18Uncovered: 2,
        byProvince: [{ province: 'MI', computationBase: 151, disabledQuota: 11, art18Quota: 2 }],
      });
      expect(data!['computeL68Obligation'].excluded).toContainEqual({
        rule: 'L68_ART4_C1_EXECUTIVE',
        article: 'L. 68/1999 art. 4 c.1',
        count: 2,
      });
      expect(data!['computeL68Obligation'].explanation).toContain(
        'L. 68/1999 art. 3 c.1 lett. a: base 151 > 50 -> 7% = 10.57 -> 11 (fraction above 0.50 rounds up)',
      );
    });

    it('DOMAIN.md part-time (D.Lgs. 81/2015 art. 9): 34 full time + three at 20/40 = 35.5 -> 35 -> 1; three at 21/40 = 35.575 -> 36 -> 2', async () => {
      const cpi = await callers.cpi('MI');
      const workforce = (weeklyHours: number) => ({
        registeredOfficeProvince: 'MI',
        workers: [
          { contract: 'PERMANENT', count: 34 },
          { contract: 'PERMANENT', count: 3, weeklyHours },
        ],
      });
      const at20 = await gql(url, cpi, compute, { input: workforce(20) });
      expect(at20.data!['computeL68Obligation']).toMatchObject({
        computationBase: 35,
        disabledQuota: 1,
        art18Quota: 0,
      });
      const at21 = await gql(url, cpi, compute, { input: workforce(21) });
      expect(at21.data!['computeL68Obligation']).toMatchObject({
        computationBase: 36,
        disabledQuota: 2,
        art18Quota: 0,
      });
    });

    it('L.68 art. 4 c.1: a fixed-term row without its length is BAD_USER_INPUT on that field', async () => {
      const input = {
        registeredOfficeProvince: 'MI',
        workers: [{ contract: 'PERMANENT', count: 20 }, { contract: 'FIXED_TERM' }],
      };
      const response = await gql(url, await callers.cpi('MI'), compute, { input });
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.workers[1].termMonths',
      });
    });
  });
});
