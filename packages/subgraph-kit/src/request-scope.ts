import { randomUUID } from 'node:crypto';
import { requestIdSigned, type Identity, type InternalKeys } from '@reg/auth';

/**
 * The caller of one request as a subgraph's resolvers see it: the verified identity with the request's id, which the
 * subgraph client sends on (signed) when it asks another subgraph. The id travels with the caller rather than in an
 * AsyncLocalStorage: on Node 20 a store that is ever entered installs promise hooks, which then cost every await in
 * the process (4-12% of the subgraphs' CPU per request in paired runs, bench/README.md).
 */
export interface RequestIdentity extends Identity {
  readonly requestId: string;
}

/** The caller's identity for one request; the verifier's Identity stays shared, untouched, across its requests. */
export const forRequest = (identity: Identity, requestId: string): RequestIdentity => ({ ...identity, requestId });

const safeRequestId = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The request's id: the one the gateway issued (or a calling subgraph carried on) when its signature, made with the
 * internal secret, holds, so one id follows a request across subgraphs; else a new one. An id sent without a valid
 * signature (a direct caller's) is kept apart as `unsignedRequestId`, for the audit to record as a claim.
 */
export function requestAttribution(
  keys: InternalKeys,
  header: string | string[] | undefined,
  signature: string | string[] | undefined,
): { requestId: string; unsignedRequestId: string | null } {
  const id = typeof header === 'string' ? header : null;
  if (id && safeRequestId.test(id) && requestIdSigned(keys, id, typeof signature === 'string' ? signature : null)) {
    return { requestId: id, unsignedRequestId: null };
  }
  return { requestId: randomUUID(), unsignedRequestId: id };
}
