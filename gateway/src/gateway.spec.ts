import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv, signDevToken } from '@reg/auth';
import { createGateway } from './gateway.ts';
import { rustPlannerAbsence } from './query-planner.ts';

// Nothing listens on port 9 (discard) on the loopback: every subgraph is down.
const down = 'http://127.0.0.1:9/graphql';
let running: Awaited<ReturnType<ReturnType<typeof createGateway>['listen']>>;

beforeAll(async () => {
  running = await createGateway({
    subgraphUrls: { people: down, catalogue: down, employers: down, outcomes: down },
    logLevel: 'silent',
  }).listen(0);
});
afterAll(() => running.close());

const ask = async (url: string, query: string) => {
  const token = await signDevToken(authConfigFromEnv(), { sub: 'x', org_kind: 'region' });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.text();
};

async function listening(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

describe('gateway health', () => {
  it('/healthz answers 200 while the process runs', async () => {
    expect((await fetch(running.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('/readyz answers 200 once the supergraph is loaded, even with every subgraph down, and reports each subgraph', async () => {
    const response = await fetch(running.url.replace('/graphql', '/readyz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ready',
      supergraph: 'loaded',
      // The default, where its native module loads (query-planner.ts).
      queryPlanner: rustPlannerAbsence() ? 'js' : 'rust',
      subgraphs: { people: 'not ready', outcomes: 'not ready' },
    });
  });

  it('/health/subgraphs answers 503 with the subgraphs that do not answer', async () => {
    const response = await fetch(running.url.replace('/graphql', '/health/subgraphs'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      subgraphs: { catalogue: 'not ready', employers: 'not ready' },
    });
  });

  it('an unreachable subgraph gives SUBGRAPH_UNAVAILABLE (refused), naming the service, with no internal URL or stack', async () => {
    const text = await ask(running.url, '{ serviceStandards { code } }');
    expect(text).not.toContain('127.0.0.1:9');
    expect(text).not.toContain('stack');
    expect(JSON.parse(text).errors[0].extensions).toEqual({
      code: 'SUBGRAPH_UNAVAILABLE',
      reason: 'CONNECTION_REFUSED',
      service: 'catalogue',
    });
  });

  it('a subgraph slower than UPSTREAM_TIMEOUT_MS gives SUBGRAPH_UNAVAILABLE with reason TIMEOUT', async () => {
    const slow = await listening(() => {
      /* never answers */
    });
    const gateway = await createGateway({
      env: { ...process.env, UPSTREAM_TIMEOUT_MS: '300' },
      subgraphUrls: { people: down, catalogue: slow.url, employers: down, outcomes: down },
      logLevel: 'silent',
    }).listen(0);
    try {
      const body = JSON.parse(await ask(gateway.url, '{ serviceStandards { code } }'));
      expect(body.errors[0].extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        reason: 'TIMEOUT',
        service: 'catalogue',
      });
    } finally {
      await gateway.close();
      slow.server.closeAllConnections();
      slow.server.close();
    }
  });

  it('a subgraph that answers with an HTTP error instead of a GraphQL result gives reason SUBGRAPH_ERROR', async () => {
    const failing = await listening((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const gateway = await createGateway({
      subgraphUrls: { people: down, catalogue: failing.url, employers: down, outcomes: down },
      logLevel: 'silent',
    }).listen(0);
    try {
      const body = JSON.parse(await ask(gateway.url, '{ serviceStandards { code } }'));
      expect(body.errors[0].extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        reason: 'SUBGRAPH_ERROR',
        service: 'catalogue',
      });
    } finally {
      await gateway.close();
      failing.server.close();
    }
  });
});
