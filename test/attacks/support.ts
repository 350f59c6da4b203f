import { gql, type GraphQLResponse } from '@reg/testkit';
import type { RunningGraph } from '../../scripts/graph.ts';

export type Door = 'gateway' | 'people' | 'catalogue' | 'employers' | 'outcomes';

/** Where an outsider knocks: the gateway, or a subgraph reached directly (as if the network boundary failed). */
export const urlOf = (graph: RunningGraph, door: Door) => (door === 'gateway' ? graph.gatewayUrl : graph.subgraphUrls[door]);

/** The same request through the gateway and straight at the subgraph that owns the field. */
export async function throughBoth(graph: RunningGraph, owner: Exclude<Door, 'gateway'>, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  return {
    gateway: await gql(graph.gatewayUrl, token, query, variables),
    [owner]: await gql(graph.subgraphUrls[owner], token, query, variables),
  } as Record<'gateway' | typeof owner, GraphQLResponse>;
}

/** The codes a client may ever see (DESIGN.md, "Errors are masked by an allow-list"). */
export const clientCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RULE_VIOLATION', 'RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/** Every error is on the allow-list, and an internal one says nothing but that, with a request id. */
export function masked(response: GraphQLResponse): boolean {
  return (response.errors ?? []).every((error) => {
    const code = error.extensions?.['code'];
    if (!clientCodes.has(code)) return false;
    return code !== 'INTERNAL_SERVER_ERROR' || (error.message === 'Internal server error' && typeof error.extensions?.['requestId'] === 'string');
  });
}

/** The refusal of a value at the edge: BAD_USER_INPUT, nothing stored, nothing internal. */
export function refusedAsBadInput(response: GraphQLResponse): string | undefined {
  const codes = (response.errors ?? []).map((e) => e.extensions?.['code']);
  return codes.length > 0 && codes.every((c) => c === 'BAD_USER_INPUT') ? 'BAD_USER_INPUT' : JSON.stringify(response.errors ?? response.data);
}
