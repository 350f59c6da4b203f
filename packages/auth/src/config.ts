/**
 * Where tokens come from. Development: HS256 with a shared secret (a documented default, refused in
 * production). Production: an OIDC provider's JWKS URL with issuer and audience checks.
 */
export type AuthConfig =
  | { kind: 'secret'; secret: Uint8Array; issuer: string; audience: string }
  | { kind: 'jwks'; jwksUrl: URL; issuer: string; audience: string };

/** Documented in the README; anyone can sign with it, hence refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';
export const DEFAULT_ISSUER = 'urn:regional-employment-graph:dev-issuer';
export const DEFAULT_AUDIENCE = 'regional-employment-graph';

export class AuthConfigError extends Error {}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const issuer = env['AUTH_ISSUER'] ?? DEFAULT_ISSUER;
  const audience = env['AUTH_AUDIENCE'] ?? DEFAULT_AUDIENCE;
  const jwksUrl = env['AUTH_JWKS_URL'];
  if (jwksUrl) {
    if (!env['AUTH_ISSUER'] || !env['AUTH_AUDIENCE']) {
      throw new AuthConfigError('AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE');
    }
    return { kind: 'jwks', jwksUrl: new URL(jwksUrl), issuer, audience };
  }
  const secret = env['AUTH_JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET;
  if (env['NODE_ENV'] === 'production' && secret === DEVELOPMENT_JWT_SECRET) {
    throw new AuthConfigError('The development JWT secret is refused in production: set AUTH_JWKS_URL or AUTH_JWT_SECRET');
  }
  if (secret.length < 32) throw new AuthConfigError('AUTH_JWT_SECRET must be at least 32 characters');
  return { kind: 'secret', secret: new TextEncoder().encode(secret), issuer, audience };
}
