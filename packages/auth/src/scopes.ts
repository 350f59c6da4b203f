import type { OrgKind } from './identity.ts';

/**
 * Which organisation kinds may hold each scope: the one table of the graph. A token's scope is honoured only
 * when the caller's `org_kind` is listed for it; anything else (a scope another kind holds, a scope the graph
 * does not know) is dropped when the token is verified, so no rule downstream ever sees it.
 */
export const scopeHolders = {
  /** Health fields (GDPR art. 9): the CPI that runs the L. 68 lists. */
  'health:read': ['cpi'],
  /** The four audit queries: whole-Region rows with person ids, for the data-protection office only. */
  'audit:read': ['dpo'],
  /** A CPI supervisor's justified override of a catalogue bound. */
  'deliveries:override': ['cpi'],
  /** The Region's suppressed indicators (CPI offices and bodies read theirs by kind, without the scope). */
  'indicators:read': ['region'],
  /**
   * The pseudonymised microdata release (deliveriesExport for the Region): unsuppressed rows, so a separate scope
   * for the Region's statistical office with its own legal basis (README "Aggregates and microdata").
   */
  'microdata:read': ['region'],
  'people:read': ['cpi', 'accredited'],
  'people:write': ['cpi'],
  'deliveries:write': ['cpi', 'accredited'],
} as const satisfies Record<string, readonly OrgKind[]>;

export type Scope = keyof typeof scopeHolders;
export const knownScopes = Object.keys(scopeHolders) as Scope[];

export function mayHoldScope(orgKind: OrgKind, scope: string): boolean {
  const holders = (scopeHolders as Record<string, readonly OrgKind[]>)[scope];
  return holders?.includes(orgKind) ?? false;
}

/** The scopes of a token that its organisation kind may hold; the rest are dropped. */
export function honouredScopes(orgKind: OrgKind, requested: readonly string[]): Set<string> {
  return new Set(requested.filter((scope) => mayHoldScope(orgKind, scope)));
}
