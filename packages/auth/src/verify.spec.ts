import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthConfigError, authConfigFromEnv, DEVELOPMENT_JWT_SECRET } from './config.ts';
import { signDevToken } from './dev-tokens.ts';
import { bearerToken, createTokenVerifier, InvalidTokenError } from './verify.ts';

const config = authConfigFromEnv({});
const verify = createTokenVerifier(config);
const claims = { sub: 'operator@cpi-mi', org: 'cpi-mi', org_kind: 'cpi' as const, province: 'MI', scope: 'people:read health:read' };

describe('token verification', () => {
  it('accepts a development token and builds the identity from its claims', async () => {
    const identity = await verify(await signDevToken(config, claims));
    expect(identity).toMatchObject({ subject: 'operator@cpi-mi', organisation: 'cpi-mi', orgKind: 'cpi', province: 'MI' });
    expect([...identity.scopes]).toEqual(['people:read', 'health:read']);
  });

  it('refuses an expired token', async () => {
    const token = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer(config.issuer).setAudience(config.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign((config as { secret: Uint8Array }).secret);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token for another audience or from another issuer', async () => {
    const secret = (config as { secret: Uint8Array }).secret;
    const otherAudience = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer(config.issuer).setAudience('another-api').setExpirationTime('1h').sign(secret);
    const otherIssuer = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer('urn:someone-else').setAudience(config.audience).setExpirationTime('1h').sign(secret);
    await expect(verify(otherAudience)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verify(otherIssuer)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT({ ...claims }).setIssuer(config.issuer).setAudience(config.audience).setExpirationTime('1h').encode();
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an RS256 token when the configuration is a shared secret (no algorithm confusion)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'RS256' }).setIssuer(config.issuer).setAudience(config.audience).setExpirationTime('1h').sign(privateKey);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token without org_kind or with an unknown one', async () => {
    const secret = (config as { secret: Uint8Array }).secret;
    const token = await new SignJWT({ sub: 'x', org_kind: 'superuser' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(config.issuer).setAudience(config.audience).setExpirationTime('1h').sign(secret);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('configuration', () => {
  it('refuses the documented development secret when NODE_ENV=production', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(AuthConfigError);
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(AuthConfigError);
    expect(authConfigFromEnv({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-real-secret-of-at-least-32-characters!' }).kind).toBe('secret');
  });

  it('refuses a short secret and a JWKS without issuer and audience', () => {
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: 'short' })).toThrow(AuthConfigError);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(AuthConfigError);
  });
});
