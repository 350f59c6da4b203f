import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv, signDevToken } from '@reg/auth';
import { createGateway } from './gateway.ts';
import { queryLimits } from './query-limits.ts';

// The limits act before any subgraph is asked: the subgraphs can be down.
const down = 'http://127.0.0.1:9/graphql';
const subgraphUrls = { people: down, catalogue: down, employers: down, outcomes: down };
const running: Array<{ url: string; close(): Promise<void> }> = [];
let url: string;
let token: string;

const post = (target: string, body: unknown, auth = token) =>
  fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  const gateway = await createGateway({ subgraphUrls, logLevel: 'error', rateLimitPerMinute: 1000 }).listen(0);
  running.push(gateway);
  url = gateway.url;
  token = await signDevToken(authConfigFromEnv(), { sub: 'analyst@region', org: 'region', org_kind: 'region' });
});
afterAll(async () => {
  for (const r of running) await r.close();
});

const nested = (depth: number, leaf = 'code') => {
  let selection = leaf;
  for (let i = 0; i < depth; i++)
    selection = i % 2 === 0 ? `standards { ${selection} }` : `lepServices { ${selection} }`;
  return `{ lepServices { ${selection} } }`;
};

/** A limit refusal is the request's fault: HTTP 400, BAD_USER_INPUT naming the limit and its number. */
async function limitRefusal(response: Response, limit: keyof typeof queryLimits) {
  expect(response.status).toBe(400);
  const error = await errorOf(response);
  expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit, max: queryLimits[limit] });
  expect(error?.message).toContain(String(queryLimits[limit]));
  return error;
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return body.errors?.[0];
}

describe('query limits (one module: gateway/src/query-limits.ts)', () => {
  it(`depth above ${queryLimits.maxDepth} is refused with BAD_USER_INPUT`, async () => {
    const error = await limitRefusal(await post(url, { query: nested(queryLimits.maxDepth + 2) }), 'maxDepth');
    expect(error?.message).toMatch(/depth/i);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`more than ${queryLimits.maxAliases} aliases are refused`, async () => {
    const aliases = Array.from(
      { length: queryLimits.maxAliases + 1 },
      (_, i) => `a${i}: serviceStandards { code }`,
    ).join(' ');
    const error = await limitRefusal(await post(url, { query: `{ ${aliases} }` }), 'maxAliases');
    expect(error?.message).toMatch(/alias/i);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`more than ${queryLimits.maxTokens} tokens are refused`, async () => {
    const fields = Array.from({ length: queryLimits.maxTokens }, () => 'code').join(' ');
    const error = await limitRefusal(await post(url, { query: `{ serviceStandards { ${fields} } }` }), 'maxTokens');
    expect(error?.message).toMatch(/token/i);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`a cost above ${queryLimits.maxCost} is refused with 400`, async () => {
    // Within depth, aliases and tokens, but each alias nests ten lists: the cost, not another limit, refuses it.
    const leaves = Array.from({ length: 30 }, () => 'code').join(' ');
    const wide = Array.from({ length: 20 }, (_, i) => `a${i}: ${nested(9, leaves).slice(2, -2)}`).join(' ');
    const error = await limitRefusal(await post(url, { query: `{ ${wide} }` }), 'maxCost');
    expect(error?.message).toMatch(/cost/i);
  });

  it(`a body above ${queryLimits.maxBodyBytes} bytes is refused with 413 before it is read`, async () => {
    const response = await post(url, {
      query: '{ serviceStandards { code } }',
      variables: { padding: 'x'.repeat(queryLimits.maxBodyBytes) },
    });
    expect(response.status).toBe(413);
  });
});

describe('rate limit per organisation', () => {
  it('the fourth request in a minute of an organisation allowed three gets 429; another organisation is not affected', async () => {
    const gateway = await createGateway({ subgraphUrls, logLevel: 'error', rateLimitPerMinute: 3 }).listen(0);
    running.push(gateway);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(gateway.url, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await signDevToken(authConfigFromEnv(), {
      sub: 'op@cpi-mi',
      org: 'cpi-mi',
      org_kind: 'cpi',
      province: 'MI',
    });
    expect((await post(gateway.url, { query: '{ __typename }' }, other)).status).toBe(200);
  });
});

describe('trusted documents', () => {
  it('when configured, only the listed operations run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'documents.json');
    writeFileSync(file, JSON.stringify({ 'typename-v1': '{ __typename }' }));
    const gateway = await createGateway({ subgraphUrls, logLevel: 'error', trustedDocumentsFile: file }).listen(0);
    running.push(gateway);
    const listed = await post(gateway.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'typename-v1' } },
    });
    expect(await listed.json()).toEqual({ data: { __typename: 'Query' } });
    const arbitrary = await post(gateway.url, { query: '{ __typename }' });
    expect((await errorOf(arbitrary))?.extensions?.code).toBeDefined();
    expect((await errorOf(await post(gateway.url, { query: '{ __typename }' })))?.message).toMatch(
      /persisted|allowed|not found/i,
    );
  });
});
