import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthConfigError, authConfigFromEnv, DEVELOPMENT_JWT_SECRET } from './config.ts';
import { signDevToken } from './dev-tokens.ts';
import { bearerToken, createTokenVerifier, InvalidTokenError } from './verify.ts';

const config = authConfigFromEnv({});
const verify = createTokenVerifier(config);
const claims = {
  sub: 'operator@cpi-mi',
  org: 'cpi-mi',
  org_kind: 'cpi' as const,
  province: 'MI',
  scope: 'people:read health:read',
};

describe('token verification', () => {
  it('accepts a development token and builds the identity from its claims', async () => {
    const identity = await verify(await signDevToken(config, claims));
    expect(identity).toMatchObject({
      subject: 'operator@cpi-mi',
      organisation: 'cpi-mi',
      orgKind: 'cpi',
      province: 'MI',
    });
    expect([...identity.scopes]).toEqual(['people:read', 'health:read']);
  });

  it('refuses an expired token', async () => {
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign((config as { secret: Uint8Array }).secret);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token for another audience or from another issuer', async () => {
    const secret = (config as { secret: Uint8Array }).secret;
    const otherAudience = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(config.issuer)
      .setAudience('another-api')
      .setExpirationTime('1h')
      .sign(secret);
    const otherIssuer = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('urn:someone-else')
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(secret);
    await expect(verify(otherAudience)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verify(otherIssuer)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT({ ...claims })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .encode();
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an RS256 token when the configuration is a shared secret (no algorithm confusion)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token without org_kind or with an unknown one', async () => {
    const secret = (config as { secret: Uint8Array }).secret;
    const token = await new SignJWT({ sub: 'x', org_kind: 'superuser' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(secret);
    await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  const sign = (payload: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
    build(
      new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuer(config.issuer).setAudience(config.audience),
    ).sign((config as { secret: Uint8Array }).secret);
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a missing, empty, blank or numeric sub', async () => {
    for (const sub of ['', '   ', 42]) {
      await expect(
        verify(await sign({ ...claims, sub }, (j) => j.setIssuedAt().setExpirationTime('10m'))),
      ).rejects.toBeInstanceOf(InvalidTokenError);
    }
    const { sub: _sub, ...withoutSub } = claims;
    await expect(
      verify(await sign(withoutSub, (j) => j.setIssuedAt().setExpirationTime('10m'))),
    ).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an issue time in the future beyond 60 s of clock skew, accepts one within it', async () => {
    await expect(
      verify(await sign(claims, (j) => j.setIssuedAt(now() + 300).setExpirationTime(now() + 900))),
    ).rejects.toThrow(/iat/);
    await expect(
      verify(await sign(claims, (j) => j.setIssuedAt(now() + 30).setExpirationTime(now() + 900))),
    ).resolves.toMatchObject({ subject: claims.sub });
  });

  it('refuses a lifetime above the maximum (AUTH_MAX_TOKEN_LIFETIME_SECONDS, 3600 by default), with or without iat', async () => {
    await expect(
      verify(await sign(claims, (j) => j.setIssuedAt().setExpirationTime(new Date('9999-12-31T00:00:00Z')))),
    ).rejects.toThrow(/lifetime/);
    await expect(verify(await sign(claims, (j) => j.setExpirationTime(now() + 7200)))).rejects.toThrow(/lifetime/);
    await expect(
      verify(await sign(claims, (j) => j.setIssuedAt().setExpirationTime(now() + 3600))),
    ).resolves.toBeDefined();
    const longer = authConfigFromEnv({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '28800' });
    await expect(
      createTokenVerifier(longer)(await sign(claims, (j) => j.setIssuedAt().setExpirationTime('8h'))),
    ).resolves.toBeDefined();
    expect(() => authConfigFromEnv({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: 'forever' })).toThrow(AuthConfigError);
  });

  it('the development token minter stays within the policy', async () => {
    await expect(verify(await signDevToken(config, claims))).resolves.toBeDefined();
  });

  it('drops the scopes the organisation kind may not hold (audit:read on an employer, health:read on an accredited body)', async () => {
    const employer = await verify(
      await signDevToken(config, {
        sub: 'hr@acme',
        org: 'acme',
        org_kind: 'employer',
        scope: 'audit:read health:read',
      }),
    );
    expect([...employer.scopes]).toEqual([]);
    const body = await verify(
      await signDevToken(config, {
        sub: 'op@ente',
        org: 'ente',
        org_kind: 'accredited',
        scope: 'people:read health:read deliveries:override',
      }),
    );
    expect([...body.scopes]).toEqual(['people:read']);
    const dpo = await verify(
      await signDevToken(config, {
        sub: 'dpo@region',
        org: 'dpo',
        org_kind: 'dpo',
        scope: 'audit:read indicators:read',
      }),
    );
    expect([...dpo.scopes]).toEqual(['audit:read']);
  });

  it('verifies a token once and serves it from the cache until it expires', async () => {
    let clock = Date.now();
    const counted = createTokenVerifier(config, () => clock);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setIssuedAt(Math.floor(clock / 1000))
      .setExpirationTime(Math.floor(clock / 1000) + 60)
      .sign((config as { secret: Uint8Array }).secret);
    const first = await counted(token);
    expect(await counted(token)).toBe(first);
    clock += 61_000;
    await expect(counted(token)).rejects.toBeInstanceOf(InvalidTokenError);
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
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      AuthConfigError,
    );
    expect(
      authConfigFromEnv({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-real-secret-of-at-least-32-characters!' }).kind,
    ).toBe('secret');
  });

  it('refuses a short secret and a JWKS without issuer and audience', () => {
    expect(() => authConfigFromEnv({ AUTH_JWT_SECRET: 'short' })).toThrow(AuthConfigError);
    expect(() => authConfigFromEnv({ AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(AuthConfigError);
  });
});
