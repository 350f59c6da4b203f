import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, gql, tokenFor } from '@reg/testkit';
import { everyone, outcome, runAsEveryone, type Caller, type Outcome } from './support/access-matrix.ts';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { seedJourney } from './support/fixtures.ts';

/**
 * Who may see what (DESIGN.md, "Identity and access"), as a matrix: each operation as each kind of caller,
 * through the gateway and, for entities, through a direct `_entities` call to the owning subgraph with
 * the same token (the path a router takes, and the one an attacker would try).
 */
let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let tokens: Record<Caller, string | null>;
let deliveryId: string;
let otherAccreditedId: string;

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  const { data } = await gql(
    graph.gatewayUrl,
    world.region,
    'mutation { registerProvider(input: { name: "Ente Senza Persone", kind: ACCREDITED, province: "MI", serviceCodes: ["3A"], accreditedFrom: "2020-01-01" }) { id } }',
  );
  otherAccreditedId = data!['registerProvider'].id;
  const otherEmployer = await world.must(
    world.cpi,
    'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
    {
      input: {
        name: 'Altra Azienda S.r.l.',
        fiscalCode: '06363391001',
        kind: 'PRIVATE',
        atecoCode: '47.11',
        province: 'MI',
        sites: [],
      },
    },
  );
  const otherPerson = encodePersonFiscalCode({
    givenName: 'Nadia',
    familyName: 'Villa',
    birthDate: '1991-01-01',
    sex: 'F',
    birthPlaceCode: 'F205',
  });
  const other = await world.must(
    world.cpi,
    'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    {
      input: {
        fiscalCode: otherPerson,
        givenName: 'Nadia',
        familyName: 'Villa',
        birthDate: '1991-01-01',
        sex: 'F',
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      },
    },
  );
  const delivery = await world.must(
    world.accredited,
    'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
    {
      input: {
        idempotencyKey: 'matrix-1',
        personId: world.personId,
        serviceCode: '3A',
        deliveredOn: '2025-03-01',
        minutes: 50,
        modality: 'INDIVIDUAL_INTERVIEW',
      },
    },
  );
  deliveryId = delivery['reportServiceDelivery'].id;
  tokens = {
    anonymous: null,
    cpiOwnProvince: world.cpi,
    cpiOtherProvince: await callers.cpi('BG'),
    accreditedInCharge: world.accredited,
    accreditedNotInCharge: await callers.accredited(otherAccreditedId),
    employer: await callers.employer(world.employerId),
    otherEmployer: await callers.employer(otherEmployer['registerEmployer'].id),
    region: world.region,
    citizenSelf: await callers.citizen(world.personId),
    citizenOther: await callers.citizen(other['registerPerson'].id),
  };
});

afterAll(() => graph?.[Symbol.asyncDispose]());

const matrix = (run: (token: string | null) => Promise<Outcome>) => runAsEveryone(tokens, run);

describe('access matrix through the gateway', () => {
  it('Person by id: CPI of the province, the accredited body in charge, the person themself', async () => {
    expect(
      await matrix(async (t) =>
        outcome(
          await gql(graph.gatewayUrl, t, 'query ($id: ID!) { person(id: $id) { id } }', { id: world.personId }),
          (d) => d['person'],
        ),
      ),
    ).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      employer: 'null',
      otherEmployer: 'null',
      region: 'null',
      citizenSelf: 'data',
      citizenOther: 'null',
    });
  });

  it('health fields need health:read (@requiresScopes, checked by the gateway before any subgraph is asked; GDPR art. 9)', async () => {
    expect(
      await matrix(async (t) =>
        outcome(
          await gql(graph.gatewayUrl, t, 'query ($id: ID!) { person(id: $id) { disability { invalidityPercent } } }', {
            id: world.personId,
          }),
          (d) => d['person']?.disability,
        ),
      ),
    ).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'FORBIDDEN',
      accreditedNotInCharge: 'FORBIDDEN',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it('the functional profile (no clinical data) is seen by whoever sees the person', async () => {
    await world.must(
      world.cpi,
      'mutation ($input: FunctionalProfileInput!) { recordFunctionalProfile(input: $input) { version } }',
      {
        input: {
          personId: world.personId,
          residualCapacities: ["Lavoro d'ufficio"],
          tasksToAvoid: [],
          compatibleTasks: ['Archivio'],
          workplaceAdjustments: [],
        },
      },
    );
    const result = await matrix(async (t) =>
      outcome(
        await gql(
          graph.gatewayUrl,
          t,
          'query ($id: ID!) { person(id: $id) { functionalProfile { compatibleTasks } } }',
          { id: world.personId },
        ),
        (d) => d['person']?.functionalProfile,
      ),
    );
    expect(result).toMatchObject({
      cpiOwnProvince: 'data',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      region: 'null',
      employer: 'null',
    });
  });

  it('lists of named people: never for the Region, employers or citizens', async () => {
    expect(
      await matrix(async (t) =>
        outcome(await gql(graph.gatewayUrl, t, '{ people(first: 100) { items { id } } }'), (d) => d['people']?.items),
      ),
    ).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it("a delivery: its provider, the CPI of the person's province, the person", async () => {
    expect(
      await matrix(async (t) =>
        outcome(
          await gql(graph.gatewayUrl, t, 'query ($id: ID!) { serviceDelivery(id: $id) { id minutes } }', {
            id: deliveryId,
          }),
          (d) => d['serviceDelivery'],
        ),
      ),
    ).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      employer: 'null',
      otherEmployer: 'null',
      region: 'null',
      citizenSelf: 'data',
      citizenOther: 'null',
    });
  });

  it('an employer sees only its own record', async () => {
    const result = await matrix(async (t) =>
      outcome(
        await gql(graph.gatewayUrl, t, 'query ($id: ID!) { employer(id: $id) { id name } }', { id: world.employerId }),
        (d) => d['employer'],
      ),
    );
    expect(result).toMatchObject({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      employer: 'data',
      otherEmployer: 'null',
      citizenSelf: 'null',
    });
  });

  it('the catalogue is reference data for every authenticated caller', async () => {
    const result = await matrix(async (t) =>
      outcome(await gql(graph.gatewayUrl, t, '{ serviceStandard(code: "3A") { code } }'), (d) => d['serviceStandard']),
    );
    expect(Object.values(result).filter((o) => o === 'data')).toHaveLength(everyone.length - 1);
    expect(result.anonymous).toBe('UNAUTHENTICATED');
  });

  it('registering a person: only the CPI of the province', async () => {
    let n = 0;
    const result = await matrix(async (t) => {
      n += 1;
      const givenName = `Prova${String.fromCharCode(64 + n)}`;
      const input = {
        fiscalCode: encodePersonFiscalCode({
          givenName,
          familyName: 'Matrice',
          birthDate: '1980-05-05',
          sex: 'M',
          birthPlaceCode: 'F205',
        }),
        givenName,
        familyName: 'Matrice',
        birthDate: '1980-05-05',
        sex: 'M',
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      };
      return outcome(
        await gql(
          graph.gatewayUrl,
          t,
          'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
          { input },
        ),
        (d) => d['registerPerson'],
      );
    });
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'FORBIDDEN',
      accreditedInCharge: 'FORBIDDEN',
      accreditedNotInCharge: 'FORBIDDEN',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it('reporting a delivery: a provider for a person it may reach, and nobody else', async () => {
    let n = 0;
    const result = await matrix(async (t) => {
      n += 1;
      return outcome(
        await gql(
          graph.gatewayUrl,
          t,
          'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
          {
            input: {
              idempotencyKey: `matrix-report-${n}`,
              personId: world.personId,
              serviceCode: '3A',
              deliveredOn: '2025-03-02',
              minutes: 45,
              modality: 'INDIVIDUAL_INTERVIEW',
            },
          },
        ),
        (d) => d['reportServiceDelivery'],
      );
    });
    expect(result).toMatchObject({
      anonymous: 'UNAUTHENTICATED',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'NOT_FOUND',
      cpiOtherProvince: 'NOT_FOUND',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it('registering a provider: only the Region', async () => {
    let n = 0;
    const result = await matrix(async (t) => {
      n += 1;
      return outcome(
        await gql(
          graph.gatewayUrl,
          t,
          'mutation ($name: String!) { registerProvider(input: { name: $name, kind: ACCREDITED, province: "MI", serviceCodes: [], accreditedFrom: "2024-01-01" }) { id } }',
          { name: `Ente ${n}` },
        ),
        (d) => d['registerProvider'],
      );
    });
    expect(
      Object.entries(result)
        .filter(([, o]) => o === 'data')
        .map(([c]) => c),
    ).toEqual(['region']);
  });
});

describe('the same rules on direct _entities calls to the owning subgraph', () => {
  const entities = (typename: string, key: Record<string, string>, selection: string) =>
    [
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: [{ __typename: typename, ...key }] },
    ] as const;

  it('Person through the people subgraph', async () => {
    const [query, variables] = entities('Person', { id: world.personId }, 'id familyName');
    const result = await matrix(async (t) =>
      outcome(await gql(graph.subgraphUrls.people, t, query, variables), (d) => d['_entities']?.[0]),
    );
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      employer: 'null',
      otherEmployer: 'null',
      region: 'null',
      citizenSelf: 'data',
      citizenOther: 'null',
    });
  });

  it('health fields through _entities still need health:read', async () => {
    const [query, variables] = entities('Person', { id: world.personId }, 'disability { invalidityPercent }');
    expect(
      outcome(
        await gql(graph.subgraphUrls.people, world.accredited, query, variables),
        (d) => d['_entities']?.[0]?.disability,
      ),
    ).toBe('FORBIDDEN');
  });

  it('ServiceDelivery through the outcomes subgraph', async () => {
    const [query, variables] = entities('ServiceDelivery', { id: deliveryId }, 'id minutes');
    const result = await matrix(async (t) =>
      outcome(await gql(graph.subgraphUrls.outcomes, t, query, variables), (d) => d['_entities']?.[0]),
    );
    expect(result).toMatchObject({
      anonymous: 'UNAUTHENTICATED',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      cpiOtherProvince: 'null',
      region: 'null',
      employer: 'null',
    });
  });

  it('Person.deliveries through the outcomes subgraph show only what the caller may see', async () => {
    const [query, variables] = entities('Person', { id: world.personId }, 'deliveries { id }');
    const result = await matrix(async (t) =>
      outcome(await gql(graph.subgraphUrls.outcomes, t, query, variables), (d) => d['_entities']?.[0]?.deliveries),
    );
    expect(result).toMatchObject({
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      cpiOtherProvince: 'null',
      region: 'null',
      employer: 'null',
      otherEmployer: 'null',
    });
  });

  it('Employer through the employers subgraph', async () => {
    const [query, variables] = entities('Employer', { id: world.employerId }, 'id name');
    const result = await matrix(async (t) =>
      outcome(await gql(graph.subgraphUrls.employers, t, query, variables), (d) => d['_entities']?.[0]),
    );
    expect(result).toMatchObject({
      anonymous: 'UNAUTHENTICATED',
      employer: 'data',
      otherEmployer: 'null',
      citizenSelf: 'null',
    });
  });
});

describe('token attacks', () => {
  it('an expired token, a token for another audience and an unsigned token are refused at the gateway and at each subgraph', async () => {
    const { SignJWT, UnsecuredJWT } = await import('jose');
    const { authConfigFromEnv } = await import('@reg/auth');
    const config = authConfigFromEnv() as { secret: Uint8Array; issuer: string; audience: string };
    const claims = { org: world.cpiId, org_kind: 'cpi', province: 'MI', scope: 'health:read' };
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(config.secret);
    const otherAudience = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(config.issuer)
      .setAudience('someone-else')
      .setExpirationTime('1h')
      .sign(config.secret);
    const unsigned = new UnsecuredJWT(claims)
      .setSubject('x')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .encode();
    for (const token of [expired, otherAudience, unsigned]) {
      expect((await gql(graph.gatewayUrl, token, '{ serviceStandards { code } }')).status).toBe(401);
      for (const url of Object.values(graph.subgraphUrls))
        expect((await gql(url, token, '{ _service { sdl } }')).status).toBe(401);
    }
  });

  it('identity cannot be forged with headers: a CPI token with an extra org header sees nothing more', async () => {
    const other = await tokenFor({
      sub: 'op@cpi-bg',
      org: 'cpi-bg',
      org_kind: 'cpi',
      province: 'BG',
      scope: 'health:read',
    });
    const response = await gql(
      graph.gatewayUrl,
      other,
      'query ($id: ID!) { person(id: $id) { id } }',
      { id: world.personId },
      { 'x-org': world.cpiId, 'x-province': 'MI' },
    );
    expect(response.data!['person']).toBeNull();
  });
});
