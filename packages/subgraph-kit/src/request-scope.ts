import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { requestIdSigned, type InternalKeys } from '@reg/auth';

/** The request id travels in AsyncLocalStorage so logs and audit rows carry it without threading it by hand. */
export interface RequestScope {
  requestId: string;
}
export const requestScope = new AsyncLocalStorage<RequestScope>();

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
