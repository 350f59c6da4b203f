import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding schema/ and services/<name>/migrations: found by walking up from the calling module,
 * so the same code finds it from the TypeScript sources and from a bundle in dist/ (or /app/dist in the image).
 */
export function appRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(dir, 'schema', 'supergraph.graphql'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`schema/supergraph.graphql not found above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
}
