import { describe, expect, it } from 'vitest';
import { AuthConfigError, DEVELOPMENT_JWT_SECRET } from './config.ts';
import { internalKeys, internalSecretFromEnv } from './internal-secret.ts';

const secret = 'a'.repeat(32);

describe('GRAPH_INTERNAL_SECRET', () => {
  it('required in production: refused unset or empty', () => {
    expect(() => internalSecretFromEnv({ NODE_ENV: 'production' })).toThrow(AuthConfigError);
    expect(() => internalSecretFromEnv({ NODE_ENV: 'production', GRAPH_INTERNAL_SECRET: '' })).toThrow(AuthConfigError);
    expect(
      internalSecretFromEnv({ NODE_ENV: 'production', GRAPH_INTERNAL_SECRET: secret, AUTH_JWT_SECRET: 'b'.repeat(32) }),
    ).toBe(secret);
  });

  it('at least 32 characters: 31 refused, 32 accepted', () => {
    expect(() => internalSecretFromEnv({ GRAPH_INTERNAL_SECRET: 'a'.repeat(31) })).toThrow(AuthConfigError);
    expect(internalSecretFromEnv({ GRAPH_INTERNAL_SECRET: secret })).toBe(secret);
  });

  it("never the callers' token secret (the development one included)", () => {
    expect(() => internalSecretFromEnv({ GRAPH_INTERNAL_SECRET: secret, AUTH_JWT_SECRET: secret })).toThrow(
      AuthConfigError,
    );
    expect(() => internalSecretFromEnv({ GRAPH_INTERNAL_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(AuthConfigError);
  });

  it('unset in development: one random secret for the whole process, never a written default', () => {
    const first = internalSecretFromEnv({});
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(internalSecretFromEnv({ NODE_ENV: 'development' })).toBe(first);
  });

  it('one key per use: the service-token key is not the request-id key', () => {
    const keys = internalKeys(secret);
    expect(Buffer.from(keys.serviceTokens).equals(keys.requestIds)).toBe(false);
  });
});
