/**
 * The kinds of organisation a caller acts for (DESIGN.md, "Identity and access"). `dpo` is the Region's
 * data-protection office: apart from the monitoring office (`region`), which must never see a named person,
 * while the audit rows it reads carry person ids.
 */
export const orgKinds = ['cpi', 'accredited', 'region', 'employer', 'citizen', 'service', 'dpo'] as const;
export type OrgKind = (typeof orgKinds)[number];

/** A verified caller. Built only from a verified token, never from request fields a client controls. */
export interface Identity {
  readonly subject: string;
  /** Provider id (CPI or accredited body), employer id, or the person id for a citizen. */
  readonly organisation: string | null;
  readonly orgKind: OrgKind;
  /** Province code (sigla) of a CPI operator; null otherwise. */
  readonly province: string | null;
  readonly scopes: ReadonlySet<string>;
  /** The raw bearer token this request came with (the caller's, or a service token from another subgraph). */
  readonly token: string;
  /**
   * The subgraph that asks on the caller's behalf, from a verified service token (service-tokens.ts); absent when
   * the caller's own token came (through the gateway or not). The fields above are then the caller's, as the
   * calling subgraph verified them, so row rules and the audit see the caller.
   */
  readonly via?: string;
}

export function hasScope(identity: Identity, scope: string): boolean {
  return identity.scopes.has(scope);
}
