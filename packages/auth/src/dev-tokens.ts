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
export async function signDevToken(config: AuthConfig, claims: DevClaims, expiresIn: string | number = `${config.maxLifetimeSeconds ?? 3600}s`): Promise<string> {
  if (config.kind !== 'secret') throw new Error('Development tokens need the HS256 secret configuration');
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(config.secret);
}
