import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import {
  DEFAULT_CLOCK_SKEW_SECONDS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type AuthConfig,
  type TokenPolicy,
} from './config.ts';
import { orgKinds, type Identity, type OrgKind } from './identity.ts';
import { honouredScopes } from './scopes.ts';

export class InvalidTokenError extends Error {}

/** Asymmetric algorithms only with a JWKS, HS256 only with a secret: this closes the HS/RS confusion and `none`. */
const asymmetricAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'];

export type TokenVerifier = (token: string) => Promise<Identity>;

/** Verified identities kept until their token expires, so a token is verified once, not on every request. */
const CACHE_ENTRIES = 10_000;

export function createTokenVerifier(config: AuthConfig, now: () => number = () => Date.now()): TokenVerifier {
  const key = config.kind === 'secret' ? config.secret : createRemoteJWKSet(config.jwksUrl);
  const algorithms = config.kind === 'secret' ? ['HS256'] : asymmetricAlgorithms;
  return cachedVerifier(now, async (token) => {
    let payload: JWTPayload;
    try {
      // jose's overloads differ for a key and a key set; both are valid here.
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['sub', 'exp', 'org_kind'],
        currentDate: new Date(now()),
      }));
    } catch (error) {
      throw invalidToken(error);
    }
    checkTokenPolicy(payload, config, now());
    return { identity: identityFromClaims(payload, token), expiresAt: payload.exp! * 1000 };
  });
}

export const invalidToken = (error: unknown) =>
  new InvalidTokenError(`Invalid token (${error instanceof joseErrors.JOSEError ? error.code : 'ERR_INVALID'})`);

/** A verifier that verifies each token once and keeps its identity until the token expires (least recently used out). */
export function cachedVerifier(
  now: () => number,
  verify: (token: string) => Promise<{ identity: Identity; expiresAt: number }>,
): TokenVerifier {
  const cache = new Map<string, { identity: Identity; expiresAt: number }>();
  return async (token) => {
    const cached = cache.get(token);
    if (cached && cached.expiresAt > now()) {
      // Refresh its place: the map's order is the eviction order (least recently used first).
      cache.delete(token);
      cache.set(token, cached);
      return cached.identity;
    }
    if (cached) cache.delete(token);
    const verified = await verify(token);
    cache.set(token, verified);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    return verified.identity;
  };
}

/**
 * The token policy beyond the signature: a non-empty string subject, no issue time in the future beyond the
 * clock skew, and a lifetime no longer than the configured maximum (a stolen token is replayable until it expires).
 */
export function checkTokenPolicy(payload: JWTPayload, policy: TokenPolicy, nowMs: number): void {
  const now = Math.floor(nowMs / 1000);
  const skew = policy.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const maxLifetime = policy.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (typeof payload.sub !== 'string' || payload.sub.trim().length === 0 || payload.sub.length > 256) {
    throw new InvalidTokenError('Invalid token (sub must be a non-empty string)');
  }
  if (payload.iat !== undefined && (typeof payload.iat !== 'number' || payload.iat > now + skew)) {
    throw new InvalidTokenError('Invalid token (iat is in the future)');
  }
  const exp = payload.exp!;
  const from = typeof payload.iat === 'number' ? payload.iat : now;
  if (exp - from > maxLifetime) {
    throw new InvalidTokenError(`Invalid token (lifetime above ${maxLifetime} seconds)`);
  }
}

export function identityFromClaims(payload: JWTPayload, token: string): Identity {
  const orgKind = payload['org_kind'];
  if (typeof orgKind !== 'string' || !(orgKinds as readonly string[]).includes(orgKind)) {
    throw new InvalidTokenError('Invalid token (org_kind)');
  }
  // The kind of the graph's own calls between subgraphs, signed with the internal secret (service-tokens.ts):
  // never a caller's, whoever signed it.
  if (orgKind === 'service') throw new InvalidTokenError('Invalid token (org_kind service is not a caller kind)');
  const text = (name: string) => {
    const value = payload[name];
    return typeof value === 'string' && value.length > 0 ? value : null;
  };
  const scope = text('scope');
  return {
    subject: payload.sub!,
    organisation: text('org'),
    orgKind: orgKind as OrgKind,
    province: text('province'),
    // A scope counts only with a kind that may hold it (scopes.ts); the others are dropped here.
    scopes: honouredScopes(orgKind as OrgKind, scope ? scope.split(' ').filter(Boolean) : []),
    token,
  };
}

/** Extracts the token from an `Authorization: Bearer <token>` header value. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
