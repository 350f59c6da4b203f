import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from './gateway.ts';

// Nothing listens on port 9 (discard) on the loopback: every subgraph is down.
const down = 'http://127.0.0.1:9/graphql';
let running: Awaited<ReturnType<ReturnType<typeof createGateway>['listen']>>;

beforeAll(async () => {
  running = await createGateway({ subgraphUrls: { people: down, catalogue: down, employers: down, outcomes: down }, logLevel: 'error' }).listen(0);
});
afterAll(() => running.close());

describe('gateway health', () => {
  it('/healthz answers 200 while the process runs', async () => {
    expect((await fetch(running.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('/readyz answers 503 and names the subgraphs that do not answer', async () => {
    const response = await fetch(running.url.replace('/graphql', '/readyz'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, subgraphs: { people: 'not ready', outcomes: 'not ready' } });
  });

  it('an unreachable subgraph gives a masked error with a code, no internal URL', async () => {
    const { signDevToken, authConfigFromEnv } = await import('@reg/auth');
    const token = await signDevToken(authConfigFromEnv(), { sub: 'x', org_kind: 'region' });
    const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ serviceStandards { code } }' }) });
    const text = await response.text();
    expect(text).not.toContain('127.0.0.1:9');
    expect(JSON.parse(text).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
