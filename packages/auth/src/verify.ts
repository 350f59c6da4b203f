import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import type { AuthConfig } from './config.ts';
import { orgKinds, type Identity, type OrgKind } from './identity.ts';

export class InvalidTokenError extends Error {}

/** Asymmetric algorithms only with a JWKS, HS256 only with a secret: this closes the HS/RS confusion and `none`. */
const asymmetricAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'];

export type TokenVerifier = (token: string) => Promise<Identity>;

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const key = config.kind === 'secret' ? config.secret : createRemoteJWKSet(config.jwksUrl);
  const algorithms = config.kind === 'secret' ? ['HS256'] : asymmetricAlgorithms;
  return async (token) => {
    let payload: JWTPayload;
    try {
      // jose's overloads differ for a key and a key set; both are valid here.
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['sub', 'exp', 'org_kind'],
      }));
    } catch (error) {
      const reason = error instanceof joseErrors.JOSEError ? error.code : 'ERR_INVALID';
      throw new InvalidTokenError(`Invalid token (${reason})`);
    }
    return identityFromClaims(payload, token);
  };
}

export function identityFromClaims(payload: JWTPayload, token: string): Identity {
  const orgKind = payload['org_kind'];
  if (typeof orgKind !== 'string' || !(orgKinds as readonly string[]).includes(orgKind)) {
    throw new InvalidTokenError('Invalid token (org_kind)');
  }
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
    scopes: new Set(scope ? scope.split(' ').filter(Boolean) : []),
    token,
  };
}

/** Extracts the token from an `Authorization: Bearer <token>` header value. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
