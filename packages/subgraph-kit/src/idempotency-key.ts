import { badInput } from '@reg/errors';
import type { GraphQLError } from 'graphql';

/** The longest idempotency key a caller may choose (the keys are stored and indexed with the caller's rows). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** What is wrong with a caller's idempotency key once trimmed, as the BAD_USER_INPUT to answer; null when it is fine. */
export function idempotencyKeyError(raw: string): GraphQLError | null {
  const length = raw.trim().length;
  return length < 1 || length > MAX_IDEMPOTENCY_KEY_LENGTH
    ? badInput('input.idempotencyKey', `The idempotency key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`)
    : null;
}

/** The key as stored (trimmed), or the BAD_USER_INPUT thrown. */
export function idempotencyKeyOf(raw: string): string {
  const error = idempotencyKeyError(raw);
  if (error) throw error;
  return raw.trim();
}
