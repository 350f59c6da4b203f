import { createHmac, randomBytes } from 'node:crypto';
import { AuthConfigError, DEVELOPMENT_JWT_SECRET } from './config.ts';

/**
 * The secret the graph's own processes share and no caller ever holds (README "Calls between subgraphs"). It signs
 * the service tokens of calls between subgraphs and the request ids the gateway issues. It is not the token secret
 * of callers (AUTH_JWT_SECRET), so no token a caller can obtain is ever a service token.
 */
export const INTERNAL_SECRET_VARIABLE = 'GRAPH_INTERNAL_SECRET';
export const INTERNAL_SECRET_MIN_LENGTH = 32;

/** One key per use, derived from the secret, so a request id's signature is never a token's and vice versa. */
export interface InternalKeys {
  readonly serviceTokens: Uint8Array;
  readonly requestIds: Buffer;
}

const derive = (secret: string, use: string) => createHmac('sha256', secret).update(use).digest();

export function internalKeys(secret: string): InternalKeys {
  return { serviceTokens: new Uint8Array(derive(secret, 'service-token')), requestIds: derive(secret, 'request-id') };
}

/** Drawn once per process when the variable is unset outside production: the processes of one process agree. */
let processSecret: string | undefined;

/**
 * GRAPH_INTERNAL_SECRET, checked: at least 32 characters and not the callers' token secret. Required with
 * NODE_ENV=production. Unset in development, a random secret drawn once for this process: the one-process graph
 * (`pnpm start`, the tests) works as is, and the multi-process start sets one secret for every process; nothing
 * secret is ever written in the repository.
 */
export function internalSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env['GRAPH_INTERNAL_SECRET'];
  if (secret === undefined || secret === '') {
    if (env['NODE_ENV'] === 'production') {
      throw new AuthConfigError(
        `${INTERNAL_SECRET_VARIABLE} is required when NODE_ENV=production: set it to a long random value shared by the gateway and the subgraphs`,
      );
    }
    processSecret ??= randomBytes(32).toString('base64url');
    return processSecret;
  }
  if (secret.length < INTERNAL_SECRET_MIN_LENGTH) {
    throw new AuthConfigError(`${INTERNAL_SECRET_VARIABLE} must be at least ${INTERNAL_SECRET_MIN_LENGTH} characters`);
  }
  if (secret === (env['AUTH_JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET)) {
    throw new AuthConfigError(`${INTERNAL_SECRET_VARIABLE} must differ from AUTH_JWT_SECRET: set another random value`);
  }
  return secret;
}

export const internalKeysFromEnv = (env: NodeJS.ProcessEnv = process.env): InternalKeys =>
  internalKeys(internalSecretFromEnv(env));
