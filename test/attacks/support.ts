import { request } from 'node:http';
import { gql, type GraphQLResponse } from '@reg/testkit';
import type { RunningGraph } from '../../scripts/graph.ts';

export type Door = 'gateway' | 'people' | 'catalogue' | 'employers' | 'outcomes';

/** Where an outsider knocks: the gateway, or a subgraph reached directly (as if the network boundary failed). */
export const urlOf = (graph: RunningGraph, door: Door) =>
  door === 'gateway' ? graph.gatewayUrl : graph.subgraphUrls[door];

/** The same request through the gateway and straight at the subgraph that owns the field. */
export async function throughBoth(
  graph: RunningGraph,
  owner: Exclude<Door, 'gateway'>,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return {
    gateway: await gql(graph.gatewayUrl, token, query, variables),
    [owner]: await gql(graph.subgraphUrls[owner], token, query, variables),
  } as Record<'gateway' | typeof owner, GraphQLResponse>;
}

/** The codes a client may ever see (DESIGN.md, "Errors are masked by an allow-list"). */
export const clientCodes = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'SUBGRAPH_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** Every error is on the allow-list, and an internal one says nothing but that, with a request id. */
export function masked(response: GraphQLResponse): boolean {
  return (response.errors ?? []).every((error) => {
    const code = error.extensions?.['code'];
    if (!clientCodes.has(code)) return false;
    return (
      code !== 'INTERNAL_SERVER_ERROR' ||
      (error.message === 'Internal server error' && typeof error.extensions?.['requestId'] === 'string')
    );
  });
}

/** The refusal of a value at the edge: BAD_USER_INPUT, nothing stored, nothing internal. */
export function refusedAsBadInput(response: GraphQLResponse): string | undefined {
  const codes = (response.errors ?? []).map((e) => e.extensions?.['code']);
  return codes.length > 0 && codes.every((c) => c === 'BAD_USER_INPUT')
    ? 'BAD_USER_INPUT'
    : JSON.stringify(response.errors ?? response.data);
}

export interface RawAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One HTTP request with the path exactly as written (fetch would normalise `/./graphql` or `//graphql`), and
 * optionally a chunked body written piece by piece with no Content-Length.
 */
export function rawRequest(
  base: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    chunks?: { size: number; count: number };
  },
): Promise<RawAnswer> {
  const target = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    // The server may answer and close before the whole body is sent: that is the point, not a failure, as long as
    // its answer arrives; a reset with no answer at all is reported rather than waited on.
    let answered = false;
    req.on('response', () => {
      answered = true;
    });
    req.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPIPE' && code !== 'ECONNRESET') return reject(error);
      setTimeout(() => {
        if (!answered) reject(new Error(`The server closed the connection (${code}) without an answer`));
      }, 2000).unref();
    });
    if (options.chunks) {
      const chunk = Buffer.alloc(options.chunks.size, 'a');
      req.write('{"query":"{ __typename }","variables":{"padding":"');
      let written = 0;
      const writeMore = () => {
        while (written < options.chunks!.count) {
          written++;
          if (!req.write(chunk)) return void req.once('drain', writeMore);
        }
        req.end('"}}');
      };
      writeMore();
    } else {
      req.end(options.method === 'GET' ? undefined : (options.body ?? JSON.stringify({ query: '{ __typename }' })));
    }
  });
}
