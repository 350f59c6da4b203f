/**
 * Where tokens come from. Development: HS256 with a shared secret (a documented default, refused in
 * production). Production: an OIDC provider's JWKS URL with issuer and audience checks.
 */
export type AuthConfig = (
  | { kind: 'secret'; secret: Uint8Array; issuer: string; audience: string }
  | { kind: 'jwks'; jwksUrl: URL; issuer: string; audience: string }
) &
  TokenPolicy;

/** What a token must respect besides its signature (README, "Security model"). */
export interface TokenPolicy {
  /** Longest accepted lifetime, exp - iat (or exp - now without iat): AUTH_MAX_TOKEN_LIFETIME_SECONDS. */
  maxLifetimeSeconds?: number;
  /** How far in the future an `iat` may be (clocks differ a little). */
  clockSkewSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 3600;
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

function lifetimeFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env['AUTH_MAX_TOKEN_LIFETIME_SECONDS'];
  if (raw === undefined || raw === '') return DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 60 || value > 86_400) {
    throw new AuthConfigError('AUTH_MAX_TOKEN_LIFETIME_SECONDS must be a whole number of seconds between 60 and 86400');
  }
  return value;
}

/** Documented in the README; anyone can sign with it, hence refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
export const DEFAULT_ISSUER = 'urn:regional-employment-graph:dev-issuer';
export const DEFAULT_AUDIENCE = 'regional-employment-graph';

export class AuthConfigError extends Error {}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const policy: TokenPolicy = {
    maxLifetimeSeconds: lifetimeFromEnv(env),
    clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS,
  };
  const issuer = env['AUTH_ISSUER'] ?? DEFAULT_ISSUER;
  const audience = env['AUTH_AUDIENCE'] ?? DEFAULT_AUDIENCE;
  const jwksUrl = env['AUTH_JWKS_URL'];
  if (jwksUrl) {
    if (!env['AUTH_ISSUER'] || !env['AUTH_AUDIENCE']) {
      throw new AuthConfigError('AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE');
    }
    return { kind: 'jwks', jwksUrl: new URL(jwksUrl), issuer, audience, ...policy };
  }
  const secret = env['AUTH_JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET;
  if (env['NODE_ENV'] === 'production' && secret === DEVELOPMENT_JWT_SECRET) {
    throw new AuthConfigError(
      'The development JWT secret is refused in production: set AUTH_JWKS_URL or AUTH_JWT_SECRET',
    );
  }
  if (secret.length < 32) throw new AuthConfigError('AUTH_JWT_SECRET must be at least 32 characters');
  return { kind: 'secret', secret: new TextEncoder().encode(secret), issuer, audience, ...policy };
}
