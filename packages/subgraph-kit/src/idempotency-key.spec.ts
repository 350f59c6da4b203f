import { describe, expect, it } from 'vitest';
import { idempotencyKeyError, idempotencyKeyOf, MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency-key.ts';

describe('idempotency keys (one rule for every mutation that takes one)', () => {
  it('is trimmed, and kept at 1 and at 200 characters', () => {
    expect(idempotencyKeyOf('  k ')).toBe('k');
    expect(idempotencyKeyOf('k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH))).toHaveLength(200);
  });

  it('is refused empty, blank or at 201 characters, as BAD_USER_INPUT on input.idempotencyKey', () => {
    for (const raw of ['', '   ', 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1)]) {
      const error = idempotencyKeyError(raw);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
      expect(() => idempotencyKeyOf(raw)).toThrow('The idempotency key must be 1 to 200 characters');
    }
  });
});
