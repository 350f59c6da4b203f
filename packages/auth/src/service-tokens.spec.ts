import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authConfigFromEnv } from './config.ts';
import { signDevToken } from './dev-tokens.ts';
import type { Identity } from './identity.ts';
import { internalKeys } from './internal-secret.ts';
import {
  createServiceTokenVerifier,
  createSubgraphTokenVerifier,
  mintServiceToken,
  SERVICE_TOKEN_ISSUER,
} from './service-tokens.ts';
import { createTokenVerifier, InvalidTokenError } from './verify.ts';

const keys = internalKeys('the-graphs-internal-secret-0123456789abcdef');
const userConfig = authConfigFromEnv({});
const region: Identity = {
  subject: 'analyst@region',
  organisation: 'region',
  orgKind: 'region',
  province: null,
  scopes: new Set(['indicators:read']),
  token: 'not-a-jwt',
};
const cpi: Identity = { ...region, subject: 'op@cpi-mi', organisation: 'cpi-mi', orgKind: 'cpi', province: 'MI' };
const seconds = (ms: number) => Math.floor(ms / 1000);

const refused = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
};

describe("service tokens: a subgraph asking another on a caller's behalf", () => {
  it("the owner gets the caller's claims and the calling subgraph's name, from a token no caller can mint", async () => {
    const { token } = await mintServiceToken(keys, { from: 'employers', to: 'outcomes', onBehalfOf: cpi });
    const identity = await createServiceTokenVerifier(keys, 'outcomes')(token);
    expect(identity).toMatchObject({
      via: 'employers',
      subject: 'op@cpi-mi',
      organisation: 'cpi-mi',
      orgKind: 'cpi',
      province: 'MI',
    });
    // A scope counts only with a kind that may hold it, as for a caller's own token: a CPI holds no indicators:read.
    expect([...identity.scopes]).toEqual([]);
  });

  it("lives 60 s, and never beyond the caller's own token", async () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(
      (await mintServiceToken(keys, { from: 'employers', to: 'outcomes', onBehalfOf: region }, now)).expiresAt,
    ).toBe(now + 60_000);
    const callerToken = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(seconds(now) + 20)
      .sign(new Uint8Array(32));
    const capped = await mintServiceToken(
      keys,
      { from: 'employers', to: 'outcomes', onBehalfOf: { ...region, token: callerToken } },
      now,
    );
    expect(capped.expiresAt).toBe(now + 20_000);
  });

  it('is refused by another owner (audience), once expired, and when signed with another secret', async () => {
    const { token } = await mintServiceToken(keys, { from: 'employers', to: 'outcomes', onBehalfOf: region });
    await refused(createServiceTokenVerifier(keys, 'people')(token));
    const later = Date.now() + 61_000;
    await refused(createServiceTokenVerifier(keys, 'outcomes', () => later)(token));
    const other = internalKeys('another-secret-of-at-least-32-characters!!');
    await refused(createServiceTokenVerifier(other, 'outcomes')(token));
  });

  it("a service-kind token signed with the callers' secret is refused by the subgraph and by the gateway's verifier", async () => {
    const forged = await signDevToken(userConfig, {
      sub: 'employers',
      org_kind: 'service',
    });
    const users = createTokenVerifier(userConfig);
    await refused(users(forged));
    await refused(createSubgraphTokenVerifier(users, createServiceTokenVerifier(keys, 'outcomes'))(forged));
  });

  it('a forged token with the right shape but a guessed key, or an on_behalf_of of the service kind or none, is refused', async () => {
    const now = seconds(Date.now());
    const sign = (payload: Record<string, unknown>, key: Uint8Array) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(SERVICE_TOKEN_ISSUER)
        .setSubject('employers')
        .setAudience('outcomes')
        .setIssuedAt(now)
        .setExpirationTime(now + 30)
        .sign(key);
    const verify = createServiceTokenVerifier(keys, 'outcomes');
    const behalf = { sub: 'analyst@region', org: 'region', org_kind: 'region' };
    await refused(
      verify(
        await sign(
          { org_kind: 'service', on_behalf_of: behalf },
          userConfig.kind === 'secret' ? userConfig.secret : new Uint8Array(),
        ),
      ),
    );
    await refused(
      verify(await sign({ org_kind: 'service', on_behalf_of: { ...behalf, org_kind: 'service' } }, keys.serviceTokens)),
    );
    await refused(verify(await sign({ org_kind: 'service' }, keys.serviceTokens)));
    await refused(verify(await sign({ org_kind: 'region', on_behalf_of: behalf }, keys.serviceTokens)));
    // The same, correctly signed: accepted (so the refusals above are the forgeries', not the shape's).
    expect(await verify(await sign({ org_kind: 'service', on_behalf_of: behalf }, keys.serviceTokens))).toMatchObject({
      via: 'employers',
      orgKind: 'region',
    });
  });

  it('a lifetime above 60 s is refused even when correctly signed', async () => {
    const now = seconds(Date.now());
    const token = await new SignJWT({ org_kind: 'service', on_behalf_of: { sub: 'a', org_kind: 'region' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(SERVICE_TOKEN_ISSUER)
      .setSubject('employers')
      .setAudience('outcomes')
      .setIssuedAt(now)
      .setExpirationTime(now + 61)
      .sign(keys.serviceTokens);
    await refused(createServiceTokenVerifier(keys, 'outcomes')(token));
  });

  it("callers' tokens still go to the callers' verifier through the subgraph verifier", async () => {
    const users = createTokenVerifier(userConfig);
    const verify = createSubgraphTokenVerifier(users, createServiceTokenVerifier(keys, 'outcomes'));
    const token = await signDevToken(userConfig, { sub: 'analyst@region', org: 'region', org_kind: 'region' });
    const identity = await verify(token);
    expect(identity.orgKind).toBe('region');
    expect(identity.via).toBeUndefined();
  });
});
