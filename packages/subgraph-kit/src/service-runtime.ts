import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';
import type { Logger } from './logger.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The SDL of a subgraph, from schema/<name>.graphql (the same file composition and codegen read). */
export function subgraphSchema(name: string): DocumentNode {
  return parse(readFileSync(join(repoRoot, 'schema', `${name}.graphql`), 'utf8'));
}

export function migrationsFolder(service: string): string {
  return join(repoRoot, 'services', service, 'migrations');
}

/** Closes in order on SIGTERM/SIGINT (stop taking requests, then close the database), then exits. */
export function closeOnSignal(logger: Logger, steps: Array<() => Promise<void>>): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    for (const step of steps) {
      try { await step(); } catch (error) { logger.error({ err: error }, 'shutdown step failed'); }
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

export function portFromEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env['PORT'] ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid PORT ${env['PORT']}`);
  return port;
}
