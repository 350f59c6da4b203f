import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceTokenVerifier, internalKeys, requestIdSigned, type Identity } from '@reg/auth';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, graphql, parse, type GraphQLError } from 'graphql';
import { createGraphQLClient, UpstreamError } from './graphql-client.ts';
import { forRequest } from './request-scope.ts';

const identity: Identity = {
  subject: 's',
  organisation: 'cpi-mi',
  orgKind: 'cpi',
  province: 'MI',
  scopes: new Set(),
  token: 'the-callers-token',
};

const schema = buildSchema(
  'type Person { id: ID! province: String! } type Query { person(id: ID!): Person secret: String }',
);
const root = {
  person: ({ id }: { id: string }) => (id === 'missing' ? null : { id, province: 'MI' }),
  secret: () => {
    throw new Error('select * from people where id = 42');
  },
};
const PersonDocument = parse('query Person($id: ID!) { person(id: $id) { id province } }') as TypedDocumentNode<
  { person: { id: string; province: string } | null },
  { id: string }
>;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** An owner that executes what it receives against a real schema and records each HTTP request. */
async function owner(options: { delayMs?: number; status?: number; body?: string; forbid?: boolean } = {}) {
  const received: Array<{ headers: IncomingHttpHeaders; query: string; variables: Record<string, unknown> }> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(text) as { query: string; variables: Record<string, unknown> };
      received.push({ headers: req.headers, query, variables });
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
      res.writeHead(options.status ?? 200, { 'content-type': 'application/json' });
      if (options.forbid)
        return res.end(
          JSON.stringify({ data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }),
        );
      const result = await graphql({ schema, source: query, rootValue: root, variableValues: variables });
      const errors =
        'errors' in result && result.errors
          ? result.errors.map((e) => ({
              message: e.message,
              path: (e as GraphQLError).path,
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            }))
          : undefined;
      res.end(options.body ?? JSON.stringify({ data: result.data, ...(errors ? { errors } : {}) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received, server };
}

async function codeOf(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as GraphQLError | null;
  return error?.extensions?.['code'];
}

describe('the one client between subgraphs', () => {
  it("sends a service token naming itself, the owner and the caller (never the caller's token) and the signed request id", async () => {
    const { url, received } = await owner();
    const internal = internalKeys('an-internal-secret-of-at-least-32-characters');
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url, internal });
    const answer = await client.request(forRequest(identity, 'req-123456789'), PersonDocument, { id: 'p-1' });
    expect(answer).toEqual({ person: { id: 'p-1', province: 'MI' } });
    const authorization = received[0]!.headers['authorization'] as string;
    expect(authorization).not.toContain('the-callers-token');
    const asked = await createServiceTokenVerifier(internal, 'people')(authorization.replace('Bearer ', ''));
    expect(asked).toMatchObject({
      via: 'employers',
      subject: 's',
      organisation: 'cpi-mi',
      orgKind: 'cpi',
      province: 'MI',
    });
    expect(received[0]!.headers['x-request-id']).toBe('req-123456789');
    expect(requestIdSigned(internal, 'req-123456789', received[0]!.headers['x-request-id-signature'] as string)).toBe(
      true,
    );
    // The same caller's next request (another object, another id) reuses the token (minted once while it has time left).
    await client.request(forRequest(identity, 'req-987654321'), PersonDocument, { id: 'p-2' });
    expect(received[1]!.headers['authorization']).toBe(authorization);
    expect(received[1]!.headers['x-request-id']).toBe('req-987654321');
  });

  it('requestEach merges the asks into one HTTP request and answers in the order asked', async () => {
    const { url, received } = await owner();
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url });
    const answers = await client.requestEach(identity, PersonDocument, [
      { id: 'p-1' },
      { id: 'missing' },
      { id: 'p-3' },
    ]);
    expect(received).toHaveLength(1);
    expect(Object.keys(received[0]!.variables)).toHaveLength(3);
    expect(answers).toEqual([
      { person: { id: 'p-1', province: 'MI' } },
      { person: null },
      { person: { id: 'p-3', province: 'MI' } },
    ]);
  });

  it('an owner that is down: SUBGRAPH_UNAVAILABLE, retryable, naming the subgraph and not its URL', async () => {
    const { url, server } = await owner();
    await new Promise((resolve) => server.close(resolve));
    const client = createGraphQLClient({ from: 'employers', subgraph: 'catalogue', url });
    const error = (await client
      .request(identity, PersonDocument, { id: 'p-1' })
      .catch((e: unknown) => e)) as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', retryable: true, subgraph: 'catalogue' });
    expect(error.message).not.toContain('127.0.0.1');
    expect(await codeOf(client.requestEach(identity, PersonDocument, [{ id: 'a' }, { id: 'b' }]))).toBe(
      'SUBGRAPH_UNAVAILABLE',
    );
  });

  it('an owner slower than the time-out: SUBGRAPH_UNAVAILABLE', async () => {
    const { url } = await owner({ delayMs: 500 });
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url, timeoutMs: 100 });
    expect(await codeOf(client.request(identity, PersonDocument, { id: 'p-1' }))).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('a 503 without a GraphQL body: SUBGRAPH_UNAVAILABLE', async () => {
    const { url } = await owner({ status: 503, body: 'upstream connect error' });
    const client = createGraphQLClient({ from: 'employers', subgraph: 'people', url });
    expect(await codeOf(client.request(identity, PersonDocument, { id: 'p-1' }))).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it("the owner's client error is the caller's answer; its internal error stays internal", async () => {
    const forbidding = createGraphQLClient({
      from: 'employers',
      subgraph: 'people',
      url: (await owner({ forbid: true })).url,
    });
    expect(await codeOf(forbidding.request(identity, PersonDocument, { id: 'p-1' }))).toBe('FORBIDDEN');
    const failing = createGraphQLClient({ from: 'employers', subgraph: 'people', url: (await owner()).url });
    const Secret = parse('{ secret }') as TypedDocumentNode<{ secret: string | null }, Record<string, never>>;
    await expect(failing.request(identity, Secret, {})).rejects.toBeInstanceOf(UpstreamError);
  });
});
