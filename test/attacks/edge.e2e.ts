import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '@reg/catalogue';
import { queryLimits } from '@reg/limits';
import { callers, createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { rawRequest, urlOf, type Door } from './support.ts';

/**
 * The HTTP edge as an outsider meets it (README, "Security model"): path spellings, chunked bodies, the query
 * limits and a rate limit, at the gateway and at every subgraph reached directly; the production settings of a
 * subgraph (no `_service { sdl }`, no suggestions).
 */
let database: TestDatabase;
let graph: RunningGraph;
let token: string;
let production: { url: string; close(): Promise<void> };
let closeProductionDb: () => Promise<void>;
const subgraphs = ['people', 'catalogue', 'employers', 'outcomes'] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  token = await callers.region();
  // A catalogue built as production builds it, with a small rate limit to reach.
  const saved = {
    NODE_ENV: process.env['NODE_ENV'],
    SUBGRAPH_RATE_LIMIT_PER_MINUTE: process.env['SUBGRAPH_RATE_LIMIT_PER_MINUTE'],
    MIGRATE_ON_START: process.env['MIGRATE_ON_START'],
    GRAPH_INTERNAL_SECRET: process.env['GRAPH_INTERNAL_SECRET'],
  };
  process.env['NODE_ENV'] = 'production';
  // Production refuses to start without the internal secret (none is written anywhere): drawn for this test.
  process.env['GRAPH_INTERNAL_SECRET'] = randomBytes(32).toString('base64url');
  // Production leaves migrations to `pnpm migrate`; this in-memory database has nobody else to run them.
  process.env['MIGRATE_ON_START'] = 'true';
  process.env['SUBGRAPH_RATE_LIMIT_PER_MINUTE'] = '8';
  try {
    const { verifyToken } = await import('@reg/auth').then(({ authConfigFromEnv, createTokenVerifier }) => ({
      verifyToken: createTokenVerifier(authConfigFromEnv({})),
    }));
    const built = await buildCatalogue({ location: 'memory://', verifyToken });
    production = await built.server.listen(0);
    closeProductionDb = built.database.close;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
});

afterAll(async () => {
  await production?.close();
  await closeProductionDb?.();
  await graph?.close();
  await database?.drop();
});

const spellings = [
  '/graphql/',
  '//graphql',
  '/GRAPHQL',
  '/Graphql',
  '/%2Fgraphql',
  '/%2fgraphql',
  '/graphql%2F',
  '/./graphql',
  '/graphql/.',
  '/healthz/../graphql',
  '/graphql;x',
  '/graphql%00',
  '/graphql/x',
  '/healthcheck',
  '/readiness',
];

describe('path spellings never reach the runtime around the token check', () => {
  for (const door of ['gateway', ...subgraphs] as Door[]) {
    it(`${door}: an anonymous caller gets nothing but 401 or 404, whatever the spelling`, async () => {
      const base = urlOf(graph, door);
      for (const path of [...spellings, '/graphql?x', '/graphql?query={__typename}']) {
        for (const body of [
          JSON.stringify({ query: '{ __typename }' }),
          JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
        ]) {
          const answer = await rawRequest(base, { path, body });
          expect([401, 404], `${door} POST ${path}: ${answer.status} ${answer.body.slice(0, 120)}`).toContain(
            answer.status,
          );
          expect(answer.body).not.toMatch(/"data"|__typename|queryType|"Query"/);
        }
        const get = await rawRequest(base, {
          method: 'GET',
          path: path.includes('?') ? path : `${path}?query=%7B__typename%7D`,
        });
        expect([401, 404], `${door} GET ${path}`).toContain(get.status);
      }
    });
  }

  it('the gateway answers only /graphql as spelled, and the health endpoints, to anyone', async () => {
    expect((await rawRequest(graph.gatewayUrl, { method: 'GET', path: '/healthz' })).status).toBe(200);
    expect(
      (await rawRequest(graph.gatewayUrl, { path: '/graphql', headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
    for (const path of spellings)
      expect(
        (await rawRequest(graph.gatewayUrl, { path, headers: { authorization: `Bearer ${token}` } })).status,
        path,
      ).toBe(404);
  });
});

describe('the gateway reads every POST body at the edge: a JSON object is handed over parsed, the rest as sent', () => {
  const post = (body: string, contentType = 'application/json') =>
    rawRequest(graph.gatewayUrl, {
      path: '/graphql',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      body,
    });

  it('answers a JSON request under either JSON content type, its variables intact', async () => {
    const query = 'query Q($id: ID!) { person(id: $id) { id } }';
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/graphql+json']) {
      const answer = await post(JSON.stringify({ query, variables: { id: 'nessuna-persona-è' } }), type);
      expect(answer.status, type).toBe(200);
      expect(JSON.parse(answer.body).data, type).toEqual({ person: null });
    }
  });

  it('answers what it cannot hand over parsed as the runtime does, with a coded error and no data', async () => {
    const cases: Array<[body: string, status: number, message: RegExp]> = [
      ['{"query":', 400, /^POST body sent invalid JSON\.$/],
      ['[{"query":"{ __typename }"}]', 400, /^Batching is not supported\.$/],
      ['"{ __typename }"', 400, /^POST body is expected to be object but received string$/],
      ['{}', 200, /^Must provide query string\.$/],
    ];
    for (const [body, status, message] of cases) {
      const answer = await post(body);
      expect(answer.status, body).toBe(status);
      const parsed = JSON.parse(answer.body);
      expect(parsed.data, body).toBeUndefined();
      expect(parsed.errors[0].message, body).toMatch(message);
      expect(parsed.errors[0].extensions.code, body).toBe('BAD_REQUEST');
    }
    const asText = await post('{ __typename }', 'application/graphql');
    expect(JSON.parse(asText.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('bodies are bounded as they are read, chunked or not (413)', () => {
  it('the gateway cuts a 2 MB chunked body off at its limit', async () => {
    const answer = await rawRequest(graph.gatewayUrl, {
      path: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      chunks: { size: 64 * 1024, count: 32 },
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'maxBodyBytes',
      max: queryLimits.maxBodyBytes,
    });
  });

  it('the gateway answers a chunked body within its limit (read whole at the edge)', async () => {
    const answer = await rawRequest(graph.gatewayUrl, {
      path: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      chunks: { size: 1024, count: 4 },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('the gateway refuses a declared Content-Length above its limit before reading the body', async () => {
    const answer = await rawRequest(graph.gatewayUrl, {
      path: '/graphql',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(queryLimits.maxBodyBytes + 1) },
      body: '{"query":"{ __typename }"}',
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'maxBodyBytes',
    });
  });

  for (const door of subgraphs) {
    it(`${door} cuts a 4 MB chunked body off at its limit`, async () => {
      const answer = await rawRequest(urlOf(graph, door), {
        path: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        chunks: { size: 64 * 1024, count: 64 },
      });
      expect(answer.status).toBe(413);
    });
  }
});

describe('every door applies the same query limits, refused with 400 naming the limit', () => {
  const overLimit: Array<[string, string]> = [
    [
      'maxAliases',
      `{ ${Array.from({ length: queryLimits.maxAliases + 1 }, (_, i) => `a${i}: serviceStandards { code }`).join(' ')} }`,
    ],
    ['maxTokens', `{ serviceStandards { ${Array.from({ length: queryLimits.maxTokens }, () => 'code').join(' ')} } }`],
  ];
  const deep: Record<string, string> = {
    gateway:
      'lepServices { standards { lepServices { standards { lepServices { standards { lepServices { standards { lepServices { standards { lepServices { standards { lepServices { code } } } } } } } } } } } } }',
    catalogue:
      'lepServices { standards { lepServices { standards { lepServices { standards { lepServices { standards { lepServices { standards { lepServices { standards { lepServices { code } } } } } } } } } } } } }',
    people:
      'people { items { takeInCharges { person { takeInCharges { person { takeInCharges { person { takeInCharges { person { takeInCharges { person { takeInCharges { person { id } } } } } } } } } } } } } }',
    employers:
      'employers { items { vacancies { employer { vacancies { employer { vacancies { employer { vacancies { employer { vacancies { employer { vacancies { employer { id } } } } } } } } } } } } } }',
  };

  for (const door of ['gateway'] as Door[]) {
    for (const [limit, query] of overLimit) {
      it(`${door}: ${limit}`, async () => {
        const answer = await gql(urlOf(graph, door), token, query);
        expect(answer.status).toBe(400);
        expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(answer.errors![0]!.message).toContain(String(queryLimits[limit as 'maxAliases']));
      });
    }
  }

  for (const door of ['gateway', 'catalogue', 'people', 'employers'] as Door[]) {
    it(`${door}: depth above ${queryLimits.maxDepth}`, async () => {
      const answer = await gql(urlOf(graph, door), token, `{ ${deep[door]} }`);
      expect(answer.status).toBe(400);
      expect(
        answer.errors!.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT' && /depth limit of 12/.test(e.message)),
      ).toBe(true);
    });
  }

  for (const door of subgraphs) {
    it(`${door}: aliases above ${queryLimits.subgraphMaxAliases} and tokens above ${queryLimits.subgraphMaxTokens}, even on __typename`, async () => {
      const aliases = await gql(
        urlOf(graph, door),
        token,
        `{ ${Array.from({ length: queryLimits.subgraphMaxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      );
      expect(aliases.status).toBe(400);
      expect(aliases.errors![0]!.message).toContain(`Aliases limit of ${queryLimits.subgraphMaxAliases}`);
      const tokens = await gql(urlOf(graph, door), token, `{ ${'__typename '.repeat(queryLimits.subgraphMaxTokens)} }`);
      expect(tokens.status).toBe(400);
      expect(tokens.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(tokens.errors![0]!.message).toContain(String(queryLimits.subgraphMaxTokens));
    });
  }
});

describe('a subgraph built for production', () => {
  it('refuses _service { sdl } and introspection, and suggests no field names', async () => {
    const sdl = await gql(production.url, token, '{ _service { sdl } }');
    expect(sdl.data ?? null).toBeNull();
    expect(JSON.stringify(sdl)).not.toContain('type Query');
    const introspection = await gql(production.url, token, '{ __schema { types { name } } }');
    expect(introspection.data ?? null).toBeNull();
    const typo = await gql(production.url, token, '{ serviceStandardz { code } }');
    expect(typo.errors![0]!.message).not.toMatch(/did you mean|serviceStandards/i);
  });

  it('limits requests per organisation (429 with retry-after), another organisation unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await gql(production.url, token, '{ __typename }')).status);
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
    expect(statuses).toContain(429);
    const other = await callers.cpi('TO');
    expect((await gql(production.url, other, '{ __typename }')).status).toBe(200);
  });
});
