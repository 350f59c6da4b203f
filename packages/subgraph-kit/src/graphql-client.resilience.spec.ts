import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Identity } from '@reg/auth';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, type GraphQLError } from 'graphql';
import { createGraphQLClient } from './graphql-client.ts';

const identity: Identity = {
  subject: 's',
  organisation: 'cpi-mi',
  orgKind: 'cpi',
  province: 'MI',
  scopes: new Set(),
  token: 'the-callers-token',
};

const PersonDocument = parse('query Person($id: ID!) { person(id: $id) { id } }') as TypedDocumentNode<
  { person: { id: string } | null },
  { id: string }
>;

const servers: Server[] = [];
afterEach(async () => {
  // closeAllConnections: the socket of a timed-out call would otherwise hold close() for seconds.
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise((resolve) => {
          s.close(resolve);
          s.closeAllConnections();
        }),
    ),
  );
});

type Reply = 'ok' | 'unavailable' | 'forbidden' | 'slow';

/** An owner whose next answer is chosen by the test (`state.reply`), counting the HTTP requests it received. */
async function owner(port = 0) {
  const state = { reply: 'ok' as Reply, requests: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      state.requests += 1;
      const reply = state.reply;
      if (reply === 'slow') await new Promise((resolve) => setTimeout(resolve, 400));
      if (reply === 'unavailable') {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('upstream connect error');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (reply === 'forbidden')
        return res.end(
          JSON.stringify({ data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }),
        );
      res.end(JSON.stringify({ data: { person: { id: 'p-1' } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  servers.push(server);
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}/graphql`, port: bound, state, server };
}

async function errorOf(promise: Promise<unknown>) {
  return (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as GraphQLError | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('retries of the one client between subgraphs', () => {
  it('succeeds when the owner comes back between attempts (503, then an answer)', async () => {
    const { url, state } = await owner();
    state.reply = 'unavailable';
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url, backoffMs: 50 });
    const answer = client.request(identity, PersonDocument, { id: 'p-1' });
    // The owner comes back once the first attempt has been refused (minting the service token takes a moment).
    while (state.requests < 1) await sleep(5);
    state.reply = 'ok';
    expect(await answer).toEqual({ person: { id: 'p-1' } });
    expect(state.requests).toBe(2);
  });

  it('succeeds when a refused connection starts listening before the next attempt', async () => {
    const { port, server } = await owner();
    await new Promise((resolve) => server.close(resolve));
    const client = createGraphQLClient({
      from: 'employers',
      subgraph: 'people',
      url: `http://127.0.0.1:${port}/graphql`,
      backoffMs: 50,
    });
    const answer = client.request(identity, PersonDocument, { id: 'p-1' });
    await sleep(10);
    const back = await owner(port);
    expect(await answer).toEqual({ person: { id: 'p-1' } });
    expect(back.state.requests).toBe(1);
  });

  it('gives up after the configured retries: SUBGRAPH_UNAVAILABLE after 1 + 2 requests', async () => {
    const { url, state } = await owner();
    state.reply = 'unavailable';
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url, backoffMs: 10 });
    const error = await errorOf(client.request(identity, PersonDocument, { id: 'p-1' }));
    expect(error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', retryable: true, subgraph: 'people' });
    expect(error?.extensions?.['reason']).toBeUndefined();
    expect(state.requests).toBe(3);
  });

  it('does not retry after a time-out: the caller already waited the whole time-out', async () => {
    const { url, state } = await owner();
    state.reply = 'slow';
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url, timeoutMs: 100, backoffMs: 10 });
    const error = await errorOf(client.request(identity, PersonDocument, { id: 'p-1' }));
    expect(error?.extensions?.['code']).toBe('SUBGRAPH_UNAVAILABLE');
    await sleep(150);
    expect(state.requests).toBe(1);
  });

  it('does not retry an answer with GraphQL errors: the owner answered', async () => {
    const { url, state } = await owner();
    state.reply = 'forbidden';
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url, backoffMs: 10 });
    const error = await errorOf(client.request(identity, PersonDocument, { id: 'p-1' }));
    expect(error?.extensions?.['code']).toBe('FORBIDDEN');
    await sleep(50);
    expect(state.requests).toBe(1);
  });
});

describe('the circuit breaker of the one client between subgraphs', () => {
  const options = { from: 'employers', subgraph: 'people', retries: 0, breakerThreshold: 3, breakerCoolDownMs: 200 };

  it('opens after N unavailable calls: the next fails at once with CIRCUIT_OPEN and no request', async () => {
    const { url, state } = await owner();
    state.reply = 'unavailable';
    const client = createGraphQLClient({ ...options, url });
    for (let i = 0; i < 3; i++)
      expect((await errorOf(client.request(identity, PersonDocument, { id: 'p-1' })))?.extensions?.['reason']).toBe(
        undefined,
      );
    expect(state.requests).toBe(3);
    state.reply = 'ok';
    const error = await errorOf(client.request(identity, PersonDocument, { id: 'p-1' }));
    expect(error?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      retryable: true,
      subgraph: 'people',
      reason: 'CIRCUIT_OPEN',
    });
    expect(
      (await errorOf(client.requestEach(identity, PersonDocument, [{ id: 'a' }, { id: 'b' }])))?.extensions,
    ).toMatchObject({ reason: 'CIRCUIT_OPEN' });
    expect(state.requests).toBe(3);
  });

  it('a success resets the count of consecutive failures', async () => {
    const { url, state } = await owner();
    const client = createGraphQLClient({ ...options, url });
    for (const reply of ['unavailable', 'unavailable', 'ok', 'unavailable', 'unavailable', 'ok'] as const) {
      state.reply = reply;
      await errorOf(client.request(identity, PersonDocument, { id: 'p-1' }));
    }
    expect(state.requests).toBe(6);
  });

  it('after the cool-down one trial goes through: success closes the circuit, failure re-opens it', async () => {
    const { url, state } = await owner();
    state.reply = 'unavailable';
    const client = createGraphQLClient({ ...options, url });
    for (let i = 0; i < 3; i++) await errorOf(client.request(identity, PersonDocument, { id: 'p-1' }));
    await sleep(250);
    // The trial fails: open again for another cool-down, without a request.
    expect((await errorOf(client.request(identity, PersonDocument, { id: 'p-1' })))?.extensions?.['reason']).toBe(
      undefined,
    );
    expect(state.requests).toBe(4);
    expect((await errorOf(client.request(identity, PersonDocument, { id: 'p-1' })))?.extensions?.['reason']).toBe(
      'CIRCUIT_OPEN',
    );
    expect(state.requests).toBe(4);
    await sleep(250);
    // The trial succeeds: closed, every call goes through again.
    state.reply = 'ok';
    expect(await client.request(identity, PersonDocument, { id: 'p-1' })).toEqual({ person: { id: 'p-1' } });
    expect(await client.request(identity, PersonDocument, { id: 'p-1' })).toEqual({ person: { id: 'p-1' } });
    expect(state.requests).toBe(6);
  });
});
