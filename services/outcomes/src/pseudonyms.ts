import { createHmac } from 'node:crypto';

/** Documented in the README; anyone knowing it can link pseudonyms back to ids, hence refused in production. */
export const DEVELOPMENT_PSEUDONYM_KEY = 'dev-only-pseudonym-key-change-me-0123456789';

export type Pseudonymise = (personId: string) => string;

/**
 * Keyed pseudonyms for statistics (DOMAIN.md, data protection): the same person gets the same pseudonym in every
 * export, so the Region can count people across periods, and without the key nobody can tell who it is (a plain
 * hash of a known id could be recomputed).
 */
export function createPseudonymiser(env: NodeJS.ProcessEnv): Pseudonymise {
  const key = env['PSEUDONYM_KEY'] ?? DEVELOPMENT_PSEUDONYM_KEY;
  if (env['NODE_ENV'] === 'production' && key === DEVELOPMENT_PSEUDONYM_KEY)
    throw new Error('The development PSEUDONYM_KEY is refused in production: set PSEUDONYM_KEY');
  if (key.length < 32) throw new Error('PSEUDONYM_KEY must be at least 32 characters');
  return (personId) => createHmac('sha256', key).update(`person:${personId}`).digest('base64url').slice(0, 22);
}
