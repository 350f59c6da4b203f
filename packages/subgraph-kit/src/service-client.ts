import type { Identity } from '@reg/auth';
import { GraphQLError } from 'graphql';
import { requestScope } from './request-scope.ts';
import { traceHeaders } from './tracing.ts';

/**
 * Calls another subgraph on the caller's behalf, with the caller's own token: the other subgraph
 * re-verifies it and applies its own access rules, so no subgraph can widen what a caller sees.
 * Used only where a write must check a fact another subgraph owns (DESIGN.md: never read its tables).
 */
export interface ServiceClient {
  query<T>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<T>;
}

export class UpstreamError extends Error {}

export function createServiceClient(url: string, timeoutMs = 5_000): ServiceClient {
  return {
    async query<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const requestId = requestScope.getStore()?.requestId;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${identity.token}`,
          ...(requestId ? { 'x-request-id': requestId } : {}),
          ...traceHeaders(),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.['code'];
        // A domain answer (not found, forbidden) of the other subgraph is the caller's answer too.
        if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
          throw new GraphQLError(first.message, { extensions: { ...first.extensions, code } });
        }
        throw new UpstreamError(`Upstream ${url} answered: ${first.message}`);
      }
      if (!response.ok || !body.data) throw new UpstreamError(`Upstream ${url} answered HTTP ${response.status}`);
      return body.data;
    },
  };
}
