import { createHmac, timingSafeEqual } from 'node:crypto';
import type { InternalKeys } from './internal-secret.ts';

/**
 * The request id the gateway issues travels to the subgraphs with a signature (`x-request-id-signature`) made with
 * the internal secret, so a subgraph tells the graph's own id from one a direct caller wrote: it takes the first as
 * the request's id and records the second only as the caller's claim (README "Security model").
 */
export const REQUEST_ID_SIGNATURE_HEADER = 'x-request-id-signature';

/** How long a signature holds: far beyond a request's life (the gateway waits 10 s), short for a replayed one. */
export const REQUEST_ID_SIGNATURE_MAX_AGE_SECONDS = 300;

const mac = (keys: InternalKeys, id: string, issuedAt: number) =>
  createHmac('sha256', keys.requestIds).update(`${id}\n${issuedAt}`).digest('base64url');

/** `<issued at, seconds>.<HMAC-SHA256 of id and time>` */
export function signRequestId(keys: InternalKeys, id: string, nowMs = Date.now()): string {
  const issuedAt = Math.floor(nowMs / 1000);
  return `${issuedAt}.${mac(keys, id, issuedAt)}`;
}

/** True when the signature is this id's, made with this secret, issued within the last five minutes (60 s of skew). */
export function requestIdSigned(
  keys: InternalKeys,
  id: string | null | undefined,
  signature: string | null | undefined,
  nowMs = Date.now(),
): boolean {
  if (!id || !signature) return false;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!match) return false;
  const issuedAt = Number(match[1]);
  const now = Math.floor(nowMs / 1000);
  if (issuedAt > now + 60 || now - issuedAt > REQUEST_ID_SIGNATURE_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(mac(keys, id, issuedAt));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
