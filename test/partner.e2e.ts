import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, createTestDatabase, errorCode, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';

/* What a partner front-end developer meets through the gateway: `me`, GraphiQL, introspection in development, CORS. */

let database: TestDatabase;
let graph: RunningGraph;
const ids = { cpi: '', accredited: '', employer: '' };
const tokens = {} as Record<'region' | 'cpi' | 'accredited' | 'employer' | 'citizen', string>;

const me = '{ me { subject organisation kind province scopes provider { id name kind } employer { id name } } }';
const introspection = '{ __schema { queryType { name } types { name } } }';

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true, anonymousSchema: true });
  tokens.region = await callers.region();
  const provider = async (name: string, kind: string) => {
    const response = await gql(
      graph.gatewayUrl,
      tokens.region,
      'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
      {
        input: { name, kind, province: 'MI', municipality: 'F205', serviceCodes: ['1A'], accreditedFrom: '2020-01-01' },
      },
    );
    return response.data!['registerProvider'].id as string;
  };
  ids.cpi = await provider('CPI Milano', 'CPI');
  ids.accredited = await provider('Ente A', 'ACCREDITED');
  tokens.cpi = await callers.cpi('MI', ids.cpi);
  tokens.accredited = await callers.accredited(ids.accredited);
  const employer = await gql(
    graph.gatewayUrl,
    tokens.cpi,
    'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
    {
      input: {
        name: 'Officine Lombarde S.p.A.',
        fiscalCode: '01199250158',
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
      },
    },
  );
  ids.employer = employer.data!['registerEmployer'].id;
  tokens.employer = await callers.employer(ids.employer);
  tokens.citizen = await callers.citizen('person-1');
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

describe('me: the caller as the graph sees it', () => {
  it('tells a CPI operator its organisation, kind, province, sorted scopes and provider', async () => {
    const response = await gql(graph.gatewayUrl, tokens.cpi, me);
    expect(response.errors).toBeUndefined();
    expect(response.data!['me']).toEqual({
      subject: `operator@${ids.cpi}`,
      organisation: ids.cpi,
      kind: 'CPI',
      province: 'MI',
      scopes: ['health:read', 'people:read', 'people:write'],
      provider: { id: ids.cpi, name: 'CPI Milano', kind: 'CPI' },
      employer: null,
    });
  });

  it('tells an accredited body its own provider and no province', async () => {
    const response = await gql(graph.gatewayUrl, tokens.accredited, me);
    expect(response.data!['me']).toMatchObject({
      kind: 'ACCREDITED',
      organisation: ids.accredited,
      province: null,
      provider: { name: 'Ente A' },
      employer: null,
    });
  });

  it('tells the Region it has no provider and no employer', async () => {
    const response = await gql(graph.gatewayUrl, tokens.region, me);
    expect(response.data!['me']).toEqual({
      subject: 'analyst@region',
      organisation: 'region',
      kind: 'REGION',
      province: null,
      scopes: ['indicators:read'],
      provider: null,
      employer: null,
    });
  });

  it("gives an employer's operator its employer, from the employers subgraph", async () => {
    const response = await gql(graph.gatewayUrl, tokens.employer, me);
    expect(response.data!['me']).toMatchObject({
      kind: 'EMPLOYER',
      organisation: ids.employer,
      provider: null,
      employer: { id: ids.employer, name: 'Officine Lombarde S.p.A.' },
    });
  });

  it('tells a citizen who they are and nothing more', async () => {
    const response = await gql(graph.gatewayUrl, tokens.citizen, me);
    expect(response.data!['me']).toMatchObject({
      kind: 'CITIZEN',
      organisation: 'person-1',
      provider: null,
      employer: null,
    });
  });

  it("answers a Viewer representation to the employers subgraph only for the caller's own subject", async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Viewer { employer { id } } } }';
    const own = await gql(graph.subgraphUrls.employers, tokens.employer, query, {
      r: [{ __typename: 'Viewer', subject: `hr@${ids.employer}` }],
    });
    expect(own.data!['_entities']).toEqual([{ employer: { id: ids.employer } }]);
    const forged = await gql(graph.subgraphUrls.employers, tokens.cpi, query, {
      r: [{ __typename: 'Viewer', subject: `hr@${ids.employer}` }],
    });
    expect(forged.data!['_entities']).toEqual([null]);
  });

  it('needs a token', async () => {
    const response = await gql(graph.gatewayUrl, null, me);
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });
});

describe("the dashboard's development sign-in (refused in production: gateway/src/dashboard.spec.ts)", () => {
  const origin = () => new URL(graph.gatewayUrl).origin;

  it('lists the demo identities and signs a token the graph accepts', async () => {
    const identities = (await (await fetch(`${origin()}/dashboard/dev/identities`)).json()) as Array<{
      id: string;
      organisation: string;
    }>;
    expect(identities.map((i) => i.id)).toEqual(['region', 'cpi', 'accredited']);
    expect(identities.find((i) => i.id === 'cpi')?.organisation).toBe(ids.cpi);
    const response = await fetch(`${origin()}/dashboard/dev/token`, {
      method: 'POST',
      body: JSON.stringify({ identity: 'accredited' }),
    });
    const { token } = (await response.json()) as { token: string };
    expect((await gql(graph.gatewayUrl, token, '{ me { kind organisation } }')).data!['me']).toEqual({
      kind: 'ACCREDITED',
      organisation: ids.accredited,
    });
  });

  it('refuses an unknown identity, naming the known ones', async () => {
    const response = await fetch(`${origin()}/dashboard/dev/token`, {
      method: 'POST',
      body: JSON.stringify({ identity: 'admin' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'identity must be one of region, cpi, accredited' });
  });
});

describe('GraphiQL and introspection in development', () => {
  it('opens GraphiQL with an Authorization header template and a hint', async () => {
    const response = await fetch(graph.gatewayUrl, { headers: { accept: 'text/html' } });
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('Bearer ');
    expect(page).toContain('Every operation needs a token');
  });

  it('answers an introspection-only query without a token', async () => {
    const response = await gql(graph.gatewayUrl, null, introspection);
    expect(response.status).toBe(200);
    expect(response.data!['__schema'].queryType.name).toBe('Query');
  });

  it('answers the standard introspection query with the empty header template GraphiQL opens with', async () => {
    const response = await gql(graph.gatewayUrl, null, getIntrospectionQuery(), {}, { authorization: 'Bearer ' });
    expect(response.status).toBe(200);
    expect(response.data!['__schema'].types.map((t: { name: string }) => t.name)).toContain('Viewer');
  });

  it('refuses anything else without a token, even beside introspection', async () => {
    for (const query of [
      '{ providers { id } }',
      '{ __typename providers { id } }',
      `${introspection} query Other { providers { id } }`,
    ]) {
      const response = await gql(graph.gatewayUrl, null, query);
      expect(response.status, query).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('CORS: listed origins only, with credentials', () => {
  const preflight = (origin: string) =>
    fetch(graph.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it("allows the dashboard's development origin, with credentials", async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    const answer = await gql(
      graph.gatewayUrl,
      tokens.region,
      '{ me { kind } }',
      {},
      { origin: 'http://localhost:5173' },
    );
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives an unlisted origin no CORS headers at all', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await gql(
      graph.gatewayUrl,
      tokens.region,
      '{ me { kind } }',
      {},
      { origin: 'https://evil.example' },
    );
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
