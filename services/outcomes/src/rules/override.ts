import { hasScope, type Identity } from '@reg/auth';

export const OVERRIDE_SCOPE = 'deliveries:override';

/** Only a CPI supervisor may let a report past the catalogue's bounds: a public office answers for it. */
export const canOverride = (identity: Identity) => identity.orgKind === 'cpi' && hasScope(identity, OVERRIDE_SCOPE);

export const MAX_REASON_LENGTH = 2_000;

/** A reason is the whole point of an override: it must say something. */
export function overrideReasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed.length < 10) return 'An override needs a reason of at least 10 characters';
  if (trimmed.length > MAX_REASON_LENGTH) return `An override reason is at most ${MAX_REASON_LENGTH} characters`;
  return null;
}
