import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError, parse } from 'graphql';
import { pino } from 'pino';
import { internalKeys, requestIdSigned, signRequestId, type Identity } from '@reg/auth';
import { createGraphQLClient } from './graphql-client.ts';
import type { BaseSubgraphContext } from './subgraph-server.ts';
import { createSubgraphServer, type RunningSubgraph } from './subgraph-server.ts';

const internal = internalKeys('an-internal-secret-of-at-least-32-characters');
const identity: Identity = {
  subject: 'op@cpi-mi',
  organisation: 'cpi-mi',
  orgKind: 'cpi',
  province: 'MI',
  scopes: new Set(['people:read']),
  token: 'good',
};
const lines: Array<Record<string, unknown>> = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
const seen: string[] = [];

// Another subgraph this one asks (the owner of some fact): it records what each call carried.
const ownerHeaders: IncomingHttpHeaders[] = [];
const owner = createServer((req, res) => {
  ownerHeaders.push(req.headers);
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { ping: 'pong' } }));
  });
});
const ping = parse('query Ping { ping }');

let running: RunningSubgraph;
beforeAll(async () => {
  await new Promise<void>((resolve) => owner.listen(0, '127.0.0.1', resolve));
  const client = createGraphQLClient({
    from: 'probe',
    subgraph: 'owner',
    url: `http://127.0.0.1:${(owner.address() as AddressInfo).port}/graphql`,
    internal,
  });
  const server = createSubgraphServer<BaseSubgraphContext>({
    name: 'probe',
    typeDefs: parse('type Query { caller: String, boom: String, leaky: String, relay: String }'),
    resolvers: {
      Query: {
        caller: (_: unknown, __: unknown, ctx: BaseSubgraphContext) => {
          seen.push(ctx.identity.requestId);
          return ctx.identity.subject;
        },
        relay: async (_: unknown, __: unknown, ctx: BaseSubgraphContext) =>
          (await client.request<{ ping: string }, Record<string, never>>(ctx.identity, ping, {})).ping,
        boom: () => {
          throw new Error('connection refused');
        },
        leaky: () => {
          throw new GraphQLError('select * from people where id = 42', { extensions: { code: 'BAD_USER_INPUT' } });
        },
      },
    },
    createContext: (base) => base,
    ready: async () => {},
    verifyToken: async (token) => {
      if (token !== 'good') throw new Error('unexpected token');
      return identity;
    },
    internalKeys: internal,
    logger,
  });
  running = await server.listen();
});
afterAll(async () => {
  await running?.close();
  owner.close();
});

async function ask(query: string, requestId: string) {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer good',
      'x-request-id': requestId,
      'x-request-id-signature': signRequestId(internal, requestId),
    },
    body: JSON.stringify({ query }),
  });
  return {
    header: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> },
  };
}

describe('the request id in a subgraph, carried by the caller (no async scope)', () => {
  it("each request's caller carries that request's id; the verifier's shared identity is left untouched", async () => {
    const [a, b] = await Promise.all([ask('{ caller }', 'req-aaaaaaaa'), ask('{ caller }', 'req-bbbbbbbb')]);
    expect([a.header, b.header]).toEqual(['req-aaaaaaaa', 'req-bbbbbbbb']);
    expect(seen.sort()).toEqual(['req-aaaaaaaa', 'req-bbbbbbbb']);
    expect(identity).not.toHaveProperty('requestId');
  });

  it('a subgraph asked on the way gets the same request id, signed: one id follows the request', async () => {
    const { body } = await ask('{ relay }', 'req-eeeeeeee');
    expect(body.data).toEqual({ relay: 'pong' });
    const sent = ownerHeaders.at(-1)!;
    expect(sent['x-request-id']).toBe('req-eeeeeeee');
    expect(requestIdSigned(internal, 'req-eeeeeeee', sent['x-request-id-signature'] as string)).toBe(true);
  });

  it('an internal failure reaches the client masked with the request id, and its log line carries the same id', async () => {
    const { body } = await ask('{ boom }', 'req-cccccccc');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-cccccccc' });
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'resolver failed', requestId: 'req-cccccccc' }));
  });

  it('a coded error whose text shows internals is masked with the request id, and logged with it', async () => {
    const { body } = await ask('{ leaky }', 'req-dddddddd');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-dddddddd' });
    expect(JSON.stringify(body)).not.toContain('select');
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'coded error masked for internal detail', requestId: 'req-dddddddd' }),
    );
  });
});
