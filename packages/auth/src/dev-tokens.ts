import { SignJWT } from 'jose';
import type { AuthConfig } from './config.ts';
import type { OrgKind } from './identity.ts';

export interface DevClaims {
  sub: string;
  org?: string;
  org_kind: OrgKind;
  province?: string;
  scope?: string;
}

/**
 * Signs a development token with the configured secret (demo tokens, tests). Never for a JWKS config. It lives
 * as long as the token policy allows (AUTH_MAX_TOKEN_LIFETIME_SECONDS, one hour by default), or less if asked.
 */
export async function signDevToken(
  config: AuthConfig,
  claims: DevClaims,
  expiresIn: string | number = `${config.maxLifetimeSeconds ?? 3600}s`,
): Promise<string> {
  if (config.kind !== 'secret') throw new Error('Development tokens need the HS256 secret configuration');
  // One clock reading for both claims: read twice, a second may tick between them and the lifetime exceed the policy.
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds(expiresIn))
    .sign(config.secret);
}

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90s", "5m", "1h", "-1s" (already expired, for tests) or a number of seconds. */
function lifetimeSeconds(expiresIn: string | number): number {
  if (typeof expiresIn === 'number') return expiresIn;
  const match = /^(-?\d+)\s*([smhd])$/.exec(expiresIn.trim());
  if (!match) throw new Error(`Token lifetime ${JSON.stringify(expiresIn)}: write it as 90s, 5m, 1h or 1d`);
  return Number(match[1]) * unitSeconds[match[2]!]!;
}

/**
 * The claims of each kind of development caller, as the access model reads them: the one definition that the
 * tests, the demo-data loader and the start script sign, so a caller means the same everywhere. `sub`
 * defaults to an operator of the organisation; the loader names itself instead.
 */
export const devCallerClaims = {
  cpi: (province: string, org = `cpi-${province.toLowerCase()}`, sub = `operator@${org}`): DevClaims => ({
    sub,
    org,
    org_kind: 'cpi',
    province,
    scope: 'people:read people:write health:read',
  }),
  accredited: (org: string, sub = `operator@${org}`): DevClaims => ({
    sub,
    org,
    org_kind: 'accredited',
    scope: 'people:read deliveries:write',
  }),
  region: (sub = 'analyst@region'): DevClaims => ({ sub, org: 'region', org_kind: 'region', scope: 'indicators:read' }),
  employer: (org: string, sub = `hr@${org}`): DevClaims => ({ sub, org, org_kind: 'employer' }),
  /** The data protection officer: reads the audit log, nothing else. */
  dpo: (): DevClaims => ({ sub: 'dpo@region', org: 'dpo', org_kind: 'dpo', scope: 'audit:read' }),
  citizen: (personId: string): DevClaims => ({ sub: personId, org: personId, org_kind: 'citizen' }),
};
