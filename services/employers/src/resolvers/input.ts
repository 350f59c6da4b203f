import { badInput } from '@reg/errors';

/** An idempotency key as stored: trimmed, 1 to 200 characters. */
export function idempotencyKey(raw: string): string {
  const key = raw.trim();
  if (key.length < 1 || key.length > 200)
    throw badInput('input.idempotencyKey', 'The idempotency key must be 1 to 200 characters');
  return key;
}
