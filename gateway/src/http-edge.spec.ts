import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type GraphQLRuntime, parsedJsonBody, serveGraphQL } from './http-edge.ts';

const body = (text: string) => Buffer.from(text, 'utf8');

describe('parsedJsonBody: what the edge hands the runtime already parsed', () => {
  it('a JSON object of a GraphQL request, under either JSON content type, with or without a charset', () => {
    const text = '{"query":"{ person(id: \\"p\\") { familyName } }","variables":{"name":"Niccolò"}}';
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/GraphQL+JSON'])
      expect(parsedJsonBody(type, body(text))).toEqual(JSON.parse(text));
  });

  it('null for what the runtime must answer itself: another type, invalid JSON, a batch, an empty object, a scalar', () => {
    expect(parsedJsonBody(undefined, body('{"query":"{ __typename }"}'))).toBeNull();
    expect(parsedJsonBody('text/plain', body('{"query":"{ __typename }"}'))).toBeNull();
    expect(parsedJsonBody('application/jsonx', body('{"query":"{ __typename }"}'))).toBeNull();
    expect(parsedJsonBody('application/graphql', body('{ __typename }'))).toBeNull();
    expect(parsedJsonBody('application/json', body('{"query":'))).toBeNull();
    expect(parsedJsonBody('application/json', body('[{"query":"{ __typename }"}]'))).toBeNull();
    expect(parsedJsonBody('application/json', body('{}'))).toBeNull();
    expect(parsedJsonBody('application/json', body('null'))).toBeNull();
    expect(parsedJsonBody('application/json', body('"{ __typename }"'))).toBeNull();
    expect(parsedJsonBody('application/json', body(''))).toBeNull();
  });
});

describe('serveGraphQL: which body reaches the runtime parsed', () => {
  /** The edge before a runtime that records how it was called and answers an empty result. */
  async function served(headers: Record<string, string>, text: string) {
    const calls: Array<{ door: 'node' | 'fetch'; parsedBody?: unknown }> = [];
    const answer = () => new Response('{"data":{}}', { headers: { 'content-type': 'application/json' } });
    const runtime: GraphQLRuntime = {
      handleNodeRequestAndResponse: (req) => {
        calls.push({ door: 'node', parsedBody: (req as IncomingMessage & { body?: unknown }).body });
        return answer();
      },
      fetch: () => {
        calls.push({ door: 'fetch' });
        return answer();
      },
      fetchAPI: { Request },
    };
    const server = createServer(
      (req, res) => void serveGraphQL(runtime, req, res, { graphqlPath: '/graphql', maxBodyBytes: 1024 }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body: text });
      return { status: response.status, calls };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it("a token-bearing caller's JSON object is handed over parsed, through the runtime's Node entry", async () => {
    const { status, calls } = await served(
      { authorization: 'Bearer t', 'content-type': 'application/json' },
      '{"query":"{ __typename }"}',
    );
    expect(status).toBe(200);
    expect(calls).toEqual([{ door: 'node', parsedBody: { query: '{ __typename }' } }]);
  });

  it('a caller without a token, or a body that is not a JSON object, goes as read (the runtime answers it)', async () => {
    for (const [headers, text] of [
      [{ 'content-type': 'application/json' }, '{"query":"{ __typename }"}'],
      [{ authorization: 'Bearer t', 'content-type': 'application/json' }, '{"query":'],
      [{ authorization: 'Bearer t', 'content-type': 'application/graphql' }, '{ __typename }'],
    ] as const) {
      const { calls } = await served(headers, text);
      expect(calls, text).toEqual([{ door: 'fetch' }]);
    }
  });

  it('a body above the limit is refused with 413 before the runtime is called', async () => {
    const { status, calls } = await served(
      { authorization: 'Bearer t', 'content-type': 'application/json' },
      JSON.stringify({ query: 'x'.repeat(2048) }),
    );
    expect(status).toBe(413);
    expect(calls).toEqual([]);
  });
});
