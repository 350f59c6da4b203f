import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

/**
 * What the bundles load for `@apollo/utils.createhash` (scripts/build.ts). That package takes Node's crypto only when
 * `module.require` exists, which it does not inside esbuild's CommonJS wrapper, so bundled it falls back to sha.js,
 * SHA-256 in JavaScript: Apollo Server hashes every request's document with it (about 20 µs per kilobyte, ten times
 * Node's). Same algorithm, same digest.
 */
export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
