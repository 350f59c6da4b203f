import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { appRoot, runProcess, type SubgraphName } from '@reg/runtime';
import type { RunningSubgraph } from './subgraph-server.ts';
import { startTracing } from './tracing.ts';

const repoRoot = appRoot(import.meta.url);

/** The SDL of a subgraph, from schema/<name>.graphql (the same file composition and codegen read). */
export function subgraphSchema(name: string): DocumentNode {
  return parse(readFileSync(join(repoRoot, 'schema', `${name}.graphql`), 'utf8'));
}

export function migrationsFolder(service: string): string {
  return join(repoRoot, 'services', service, 'migrations');
}

interface BuiltSubgraph {
  server: { listen(port?: number, host?: string): Promise<RunningSubgraph> };
  database: { close(): Promise<void> };
}

/**
 * The production entry of a subgraph (services/<name>/src/index.ts, dist/<name>.mjs): environment checked
 * first, then built and listening; on SIGTERM it stops accepting, drains, and closes its database pool.
 */
export async function runSubgraph(name: SubgraphName, build: () => Promise<BuiltSubgraph>): Promise<void> {
  await runProcess(name, async ({ port, host }) => {
    // Before the server exists, so the http instrumentation sees it (no cost when tracing is off).
    const stopTracing = await startTracing(name);
    const service = await build();
    let running: RunningSubgraph;
    try {
      running = await service.server.listen(port, host);
    } catch (error) {
      await service.database.close().catch(() => {});
      throw error;
    }
    return {
      url: running.url,
      close: async (graceMs) => {
        await running.close(graceMs);
        await service.database.close();
        await stopTracing();
      },
    };
  });
}
