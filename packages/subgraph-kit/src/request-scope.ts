import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The request id travels in AsyncLocalStorage so logs and audit rows carry it without threading it by hand. */
export interface RequestScope {
  requestId: string;
}
export const requestScope = new AsyncLocalStorage<RequestScope>();

const safeRequestId = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller's (or the gateway's) request id when it is well-formed, so one id follows a request across subgraphs. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && safeRequestId.test(header) ? header : randomUUID();
}
