import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv, signDevToken } from '@reg/auth';
import { createGateway } from './gateway.ts';

const down = 'http://127.0.0.1:9/graphql';
const env = {
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: 'a-production-secret-that-is-long-enough-0123',
  GRAPH_INTERNAL_SECRET: 'the-internal-secret-that-is-long-enough-4567',
};
let running: Awaited<ReturnType<ReturnType<typeof createGateway>['listen']>>;
let token: string;

beforeAll(async () => {
  running = await createGateway({
    env,
    subgraphUrls: { people: down, catalogue: down, employers: down, outcomes: down },
    logLevel: 'error',
  }).listen(0);
  token = await signDevToken(authConfigFromEnv(env), { sub: 'analyst', org_kind: 'region' });
});
afterAll(() => running.close());

const post = (query: string, auth: string | null = token) =>
  fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ query }),
  });

describe('NODE_ENV=production', () => {
  it('introspection is refused', async () => {
    const body = (await (await post('{ __schema { types { name } } }')).json()) as {
      data?: unknown;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBeDefined();
  });

  it('field suggestions do not reveal the schema', async () => {
    const body = (await (await post('{ serviceStandardz { code } }')).json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).not.toMatch(/did you mean/i);
  });

  it('GraphiQL is not served', async () => {
    const response = await fetch(running.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('graphiql');
  });

  it('a token signed with the development secret is refused', async () => {
    const devToken = await signDevToken(authConfigFromEnv({}), { sub: 'x', org_kind: 'region' });
    expect((await post('{ __typename }', devToken)).status).toBe(401);
  });
});
