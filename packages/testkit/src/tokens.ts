import { authConfigFromEnv, signDevToken, type DevClaims } from '@reg/auth';

/** Development tokens for the kinds of caller the access model knows (DESIGN.md, claims). */
export const tokenFor = (claims: DevClaims, expiresIn?: string) => signDevToken(authConfigFromEnv(), claims, expiresIn);

export const callers = {
  cpi: (province: string, org = `cpi-${province.toLowerCase()}`) =>
    tokenFor({ sub: `operator@${org}`, org, org_kind: 'cpi', province, scope: 'people:read people:write health:read' }),
  accredited: (org: string) => tokenFor({ sub: `operator@${org}`, org, org_kind: 'accredited', scope: 'people:read deliveries:write' }),
  region: () => tokenFor({ sub: 'analyst@region', org: 'region', org_kind: 'region', scope: 'indicators:read' }),
  employer: (org: string) => tokenFor({ sub: `hr@${org}`, org, org_kind: 'employer' }),
  /** The Region's data-protection office (its own kind): reads the audit log, nothing else. */
  dpo: () => tokenFor({ sub: 'dpo@region', org: 'dpo', org_kind: 'dpo', scope: 'audit:read' }),
  citizen: (personId: string) => tokenFor({ sub: personId, org: personId, org_kind: 'citizen' }),
};
