import { describe, expect, it } from 'vitest';
import { internalKeys } from './internal-secret.ts';
import { requestIdSigned, signRequestId } from './request-ids.ts';

const keys = internalKeys('the-graphs-internal-secret-0123456789abcdef');
const id = '6f1c1f57-1c39-4e0b-9d0c-0c7c6f0e2a11';
const now = Date.parse('2026-12-01T10:00:00Z');

describe('request ids signed by the gateway', () => {
  it('the signature of this id, by this secret, holds', () => {
    expect(requestIdSigned(keys, id, signRequestId(keys, id, now), now)).toBe(true);
  });

  it('not for another id, another secret, no signature or a malformed one', () => {
    const signature = signRequestId(keys, id, now);
    expect(requestIdSigned(keys, 'another-request-id', signature, now)).toBe(false);
    expect(requestIdSigned(internalKeys('another-secret-of-at-least-32-characters!!'), id, signature, now)).toBe(false);
    expect(requestIdSigned(keys, id, null, now)).toBe(false);
    expect(requestIdSigned(keys, id, 'garbage', now)).toBe(false);
    expect(requestIdSigned(keys, id, `${signature}x`, now)).toBe(false);
  });

  it('for five minutes: at 300 s it holds, at 301 s it does not; issued 60 s ahead holds, 61 s does not', () => {
    const signature = signRequestId(keys, id, now);
    expect(requestIdSigned(keys, id, signature, now + 300_000)).toBe(true);
    expect(requestIdSigned(keys, id, signature, now + 301_000)).toBe(false);
    expect(requestIdSigned(keys, id, signature, now - 60_000)).toBe(true);
    expect(requestIdSigned(keys, id, signature, now - 61_000)).toBe(false);
  });
});
