import type { Identity } from '@reg/auth';
import { forbidden } from '@reg/errors';
import type { OrgKind } from '@reg/auth';
import { forbiddenWithoutScope } from './refusals.ts';

/** Refuses a caller whose organisation kind is not among those allowed for an operation. */
export function requireOrgKind(identity: Identity, allowed: readonly OrgKind[]): void {
  if (!allowed.includes(identity.orgKind)) {
    throw forbidden(`This operation is not available to ${identity.orgKind} callers`);
  }
}

/** Field-level rule (the SDL's @requiresScopes, enforced here whatever router serves the supergraph). */
export function requireScope(identity: Identity, scope: string): void {
  if (!identity.scopes.has(scope)) throw forbiddenWithoutScope(scope, `This field needs scope ${scope}`);
}
