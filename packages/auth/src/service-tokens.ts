import { decodeJwt, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { DEFAULT_CLOCK_SKEW_SECONDS } from './config.ts';
import type { Identity } from './identity.ts';
import type { InternalKeys } from './internal-secret.ts';
import { cachedVerifier, checkTokenPolicy, identityFromClaims, invalidToken, InvalidTokenError } from './verify.ts';
import type { TokenVerifier } from './verify.ts';

/**
 * Service tokens: what a subgraph sends when it asks another one on a caller's behalf (README "Calls between
 * subgraphs"). An HS256 JWT signed with a key derived from the internal secret (never the callers' secret),
 * `org_kind: service`, `sub` the calling subgraph, `aud` the owner, living 60 s at most (never beyond the caller's
 * own token), and `on_behalf_of` the caller's verified claims, so the owner's row rules and audit see the caller,
 * and may also grant what only a named subgraph gets (the employers subgraph's quota-hire reads).
 */
export const SERVICE_TOKEN_ISSUER = 'urn:regional-employment-graph:internal';
export const SERVICE_TOKEN_LIFETIME_SECONDS = 60;

interface OnBehalfOf {
  sub: string;
  org?: string;
  org_kind: string;
  province?: string;
  scope?: string;
}

/** The expiry of a JWT, read without verifying it (the caller's token was verified when the request came in). */
function expiryOf(token: string): number | null {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

/** A service token for one call, and when it expires (ms since the epoch). */
export async function mintServiceToken(
  keys: InternalKeys,
  call: { from: string; to: string; onBehalfOf: Identity },
  nowMs = Date.now(),
): Promise<{ token: string; expiresAt: number }> {
  const now = Math.floor(nowMs / 1000);
  const caller = call.onBehalfOf;
  const callerExpiry = expiryOf(caller.token);
  const exp = Math.min(now + SERVICE_TOKEN_LIFETIME_SECONDS, callerExpiry ?? Number.POSITIVE_INFINITY);
  const onBehalfOf: OnBehalfOf = {
    sub: caller.subject,
    org_kind: caller.orgKind,
    ...(caller.organisation ? { org: caller.organisation } : {}),
    ...(caller.province ? { province: caller.province } : {}),
    ...(caller.scopes.size > 0 ? { scope: [...caller.scopes].join(' ') } : {}),
  };
  const token = await new SignJWT({ org_kind: 'service', on_behalf_of: onBehalfOf })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(SERVICE_TOKEN_ISSUER)
    .setSubject(call.from)
    .setAudience(call.to)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .sign(keys.serviceTokens);
  return { token, expiresAt: exp * 1000 };
}

/** Whether a bearer token says it is a service token (unverified: it only picks the verifier that will check it). */
export function claimsServiceKind(token: string): boolean {
  try {
    return decodeJwt(token)['org_kind'] === 'service';
  } catch {
    return false;
  }
}

/** Verifies service tokens addressed to `audience` (this subgraph's name); anything else is InvalidTokenError. */
export function createServiceTokenVerifier(
  keys: InternalKeys,
  audience: string,
  now: () => number = () => Date.now(),
): TokenVerifier {
  return cachedVerifier(now, async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys.serviceTokens, {
        algorithms: ['HS256'],
        issuer: SERVICE_TOKEN_ISSUER,
        audience,
        requiredClaims: ['sub', 'exp', 'iat', 'org_kind'],
        currentDate: new Date(now()),
      }));
    } catch (error) {
      throw invalidToken(error);
    }
    if (payload['org_kind'] !== 'service') throw new InvalidTokenError('Invalid token (not a service token)');
    checkTokenPolicy(
      payload,
      { maxLifetimeSeconds: SERVICE_TOKEN_LIFETIME_SECONDS, clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS },
      now(),
    );
    const behalf = payload['on_behalf_of'];
    if (typeof behalf !== 'object' || behalf === null || Array.isArray(behalf)) {
      throw new InvalidTokenError('Invalid token (on_behalf_of)');
    }
    const claims = behalf as JWTPayload;
    if (typeof claims.sub !== 'string' || claims.sub.trim().length === 0) {
      throw new InvalidTokenError('Invalid token (on_behalf_of.sub)');
    }
    // The caller's claims pass the same checks as a caller's own token (a known kind, never `service`).
    const identity: Identity = { ...identityFromClaims(claims, token), via: payload.sub! };
    return { identity, expiresAt: payload.exp! * 1000 };
  });
}

/**
 * A subgraph's verifier: a service token goes to the service verifier (internal secret, audience this subgraph),
 * every other token to the callers' verifier, which refuses the `service` kind. A token that claims the service
 * kind but was signed with anything but the internal secret is refused either way.
 */
export function createSubgraphTokenVerifier(callers: TokenVerifier, services: TokenVerifier): TokenVerifier {
  return (token) => (claimsServiceKind(token) ? services(token) : callers(token));
}
