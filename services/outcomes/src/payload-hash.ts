import { createHash } from 'node:crypto';

/** A stable hash of a report's content (keys sorted), to tell a true retry from a reused key. */
export function payloadHash(payload: Record<string, unknown>): string {
  const canonical = JSON.stringify(payload, Object.keys(payload).sort());
  return createHash('sha256').update(canonical).digest('hex');
}
