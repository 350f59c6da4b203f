import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsIssued } from '@reg/db';
import { callers, errorCode, gql, startTestSubgraph, type TestSubgraph } from '@reg/testkit';
import { buildCatalogue } from './server.ts';

let subgraph: TestSubgraph<Awaited<ReturnType<typeof buildCatalogue>>>;
let url: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph((location) => buildCatalogue({ location }));
  url = subgraph.url;
});

afterAll(() => subgraph?.[Symbol.asyncDispose]());

const standardQuery = /* GraphQL */ `
  query ($code: String!, $on: Date) {
    serviceStandard(code: $code, on: $on) {
      code title area targetGroup
      modalities { code kind minMinutes maxMinutes minutesScope minSessions maxSessions maxSpanMonths }
      outputs { code optional }
      catalogueVersion { id validFrom }
    }
  }`;

describe('catalogue subgraph', () => {
  it('answers every code 1A-4E (seed 003)', async () => {
    const { data } = await gql(url, await callers.region(), '{ serviceStandards { code area } }');
    expect(data!['serviceStandards'].map((s: { code: string }) => s.code)).toEqual([
      '1A',
      '2A',
      '2Ba',
      '2Bb',
      '2Ca',
      '2Cb',
      '2Cc',
      '2Cd',
      '2Ce',
      '2D',
      '3A',
      '3Ba',
      '3Bb',
      '3Bc',
      '3Bd',
      '3Be',
      '4A',
      '4B',
      '4C',
      '4D',
      '4E',
    ]);
  });

  it('3A: individual sessions of 45-60 minutes, 3 to 4 of them (seed 003)', async () => {
    const { data } = await gql(url, await callers.cpi('MI'), standardQuery, { code: '3A' });
    const individual = data!['serviceStandard'].modalities.find((m: { kind: string }) => m.kind === 'INDIVIDUAL');
    expect(individual).toMatchObject({
      minMinutes: 45,
      maxMinutes: 60,
      minutesScope: 'SESSION',
      minSessions: 3,
      maxSessions: 4,
    });
    expect(data!['serviceStandard'].targetGroup).toBe('DISABLED_OR_DISADVANTAGED');
  });

  it('2Bb: 15-18 hours within at most two months (seed 003)', async () => {
    const { data } = await gql(url, await callers.cpi('MI'), standardQuery, { code: '2Bb' });
    expect(data!['serviceStandard'].modalities[0]).toMatchObject({
      minMinutes: 900,
      maxMinutes: 1080,
      minutesScope: 'PATH',
      maxSpanMonths: 2,
    });
  });

  it('3Bc: at most 50 hours, no minimum (seed 003)', async () => {
    const { data } = await gql(url, await callers.cpi('MI'), standardQuery, { code: '3Bc' });
    expect(data!['serviceStandard'].modalities[0]).toMatchObject({ minMinutes: null, maxMinutes: 3000 });
  });

  it('versioned: no standard before the catalogue was issued (24 May 2013)', async () => {
    const before = await gql(url, await callers.cpi('MI'), standardQuery, { code: '1A', on: '2013-05-23' });
    expect(before.data!['serviceStandard']).toBeNull();
    const on = await gql(url, await callers.cpi('MI'), standardQuery, { code: '1A', on: '2013-05-24' });
    expect(on.data!['serviceStandard'].catalogueVersion.validFrom).toBe('2013-05-24');
  });

  it('unknown code answers null', async () => {
    const { data } = await gql(url, await callers.cpi('MI'), standardQuery, { code: '9Z' });
    expect(data!['serviceStandard']).toBeNull();
  });

  it('refuses a request without a token with 401', async () => {
    const response = await gql(url, null, '{ serviceStandards { code } }');
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed date with BAD_USER_INPUT', async () => {
    const response = await gql(url, await callers.region(), standardQuery, { code: '1A', on: '2024-02-30' });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('many dates in one request (a batch of reports): each date gets the version and accreditation valid then, in as many statements as one date', async () => {
    const { data: registered } = await gql(
      url,
      await callers.region(),
      'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
      {
        input: {
          name: 'Agenzia Date Molte',
          kind: 'ACCREDITED',
          province: 'MI',
          serviceCodes: ['1A'],
          accreditedFrom: '2023-01-01',
        },
      },
    );
    const provider = registered!['registerProvider'].id as string;
    const ask = async (dates: readonly string[]) => {
      const query = `query ($p: ID!) { ${dates
        .map(
          (d, i) =>
            `s${i}: serviceStandard(code: "1A", on: "${d}") { code catalogueVersion { validFrom } } a${i}: provider(id: $p) { isAccreditedFor(code: "1A", on: "${d}") }`,
        )
        .join(' ')} }`;
      const started = statementsIssued();
      const { data, errors } = await gql(url, await callers.region(), query, { p: provider });
      expect(errors).toBeUndefined();
      return {
        statements: statementsIssued() - started,
        answers: dates.map((_, i) => [
          data![`s${i}`]?.catalogueVersion.validFrom ?? null,
          data![`a${i}`].isAccreditedFor,
        ]),
      };
    };
    // The catalogue was issued on 24 May 2013 (seed 003); the body is accredited from 1 January 2023.
    const many = await ask(['2013-05-23', '2013-05-24', '2022-12-31', '2023-01-01', '2025-06-30']);
    expect(many.answers).toEqual([
      [null, false],
      ['2013-05-24', false],
      ['2013-05-24', false],
      ['2013-05-24', true],
      ['2013-05-24', true],
    ]);
    const one = await ask(['2025-06-30']);
    expect(many.statements).toBe(one.statements);
  });

  it('serviceStandardsOnDates: the same answers as serviceStandard and isAccreditedFor per date, each standard once, in as many statements as one date', async () => {
    const { data: registered } = await gql(
      url,
      await callers.region(),
      'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
      {
        input: {
          name: 'Agenzia Date In Lista',
          kind: 'ACCREDITED',
          province: 'MI',
          serviceCodes: ['1A'],
          accreditedFrom: '2023-01-01',
        },
      },
    );
    const provider = registered!['registerProvider'].id as string;
    const query = `query ($p: ID!, $asks: [StandardOnDateInput!]!) { serviceStandardsOnDates(provider: $p, asks: $asks) {
      dates { code on catalogueVersionId accredited } standards { code catalogueVersion { id validFrom } } } }`;
    const ask = async (asks: ReadonlyArray<{ code: string; on: string }>) => {
      const started = statementsIssued();
      const { data, errors } = await gql(url, await callers.cpi('MI'), query, { p: provider, asks });
      expect(errors).toBeUndefined();
      return { statements: statementsIssued() - started, answer: data!['serviceStandardsOnDates'] };
    };
    // The catalogue was issued on 24 May 2013 (seed 003); the body is accredited for 1A from 1 January 2023.
    const dates = ['2013-05-23', '2013-05-24', '2022-12-31', '2023-01-01', '2025-06-30'];
    // Once before counting: the store keeps the standards of a version once read.
    await ask([{ code: '1A', on: '2025-06-30' }]);
    const many = await ask([...dates.map((on) => ({ code: '1A', on })), { code: '9Z', on: '2025-06-30' }]);
    const version = many.answer.standards[0].catalogueVersion;
    expect(version.validFrom).toBe('2013-05-24');
    expect(many.answer.standards).toHaveLength(1);
    expect(
      many.answer.dates.map((d: { catalogueVersionId: string | null; accredited: boolean }) => [
        d.catalogueVersionId,
        d.accredited,
      ]),
    ).toEqual([
      [null, false],
      [version.id, false],
      [version.id, false],
      [version.id, true],
      [version.id, true],
      [null, false],
    ]);
    expect(many.answer.dates[5]).toMatchObject({ code: '9Z', on: '2025-06-30' });
    const one = await ask([{ code: '1A', on: '2025-06-30' }]);
    expect(many.statements).toBe(one.statements);
  });

  describe('registerProvider', () => {
    const register = /* GraphQL */ `
      mutation ($input: RegisterProviderInput!) {
        registerProvider(input: $input) { id name kind province accreditedServices(on: "2024-01-01") { code } isAccreditedFor(code: "3A", on: "2024-01-01") }
      }`;
    const input = {
      name: 'Cooperativa Lavoro Insieme',
      kind: 'ACCREDITED',
      province: 'MI',
      municipality: 'F205',
      serviceCodes: ['3A', '3Bb'],
      accreditedFrom: '2023-01-01',
    };

    it('the Region registers an accredited body with its scope', async () => {
      const { data, errors } = await gql(url, await callers.region(), register, { input });
      expect(errors).toBeUndefined();
      expect(data!['registerProvider']).toMatchObject({ kind: 'ACCREDITED', province: 'MI', isAccreditedFor: true });
      expect(data!['registerProvider'].accreditedServices.map((s: { code: string }) => s.code)).toEqual(['3A', '3Bb']);
    });

    it('a CPI operator may not register providers', async () => {
      expect(errorCode(await gql(url, await callers.cpi('MI'), register, { input }))).toBe('FORBIDDEN');
    });

    it('an unknown service code or province is BAD_USER_INPUT and writes nothing', async () => {
      const region = await callers.region();
      const before = (await gql(url, region, '{ providers { id } }')).data!['providers'].length;
      const badCode = await gql(url, region, register, {
        input: { ...input, name: 'Ente X', serviceCodes: ['3A', '9Z'] },
      });
      expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
      expect(badCode.errors![0]!.extensions!['field']).toBe('input.serviceCodes');
      const badProvince = await gql(url, region, register, { input: { ...input, name: 'Ente Y', province: 'XX' } });
      expect(errorCode(badProvince)).toBe('BAD_USER_INPUT');
      expect((await gql(url, region, '{ providers { id } }')).data!['providers'].length).toBe(before);
    });
  });
});
