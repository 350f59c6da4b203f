import type { Identity } from '@reg/auth';
import { forbidden } from '@reg/errors';
import type { OrgKind } from '@reg/auth';

/** Refuses a caller whose organisation kind is not among those allowed for an operation. */
export function requireOrgKind(identity: Identity, allowed: readonly OrgKind[]): void {
  if (!allowed.includes(identity.orgKind)) {
    throw forbidden(`This operation is not available to ${identity.orgKind} callers`);
  }
}
