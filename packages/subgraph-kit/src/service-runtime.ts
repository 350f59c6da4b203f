import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@reg/auth';
import { openDatabase } from '@reg/db';
import { appRoot, runProcess, type SubgraphName } from '@reg/runtime';
import { createLogger, type Logger } from './logger.ts';
import {
  createSubgraphServer,
  type BaseSubgraphContext,
  type RunningSubgraph,
  type SubgraphDefinition,
} from './subgraph-server.ts';
import { startTracing } from './tracing.ts';

const repoRoot = appRoot(import.meta.url);

/** The SDL of a subgraph, from schema/<name>.graphql (the same file composition and codegen read). */
export function subgraphSchema(name: string): DocumentNode {
  return parse(readFileSync(join(repoRoot, 'schema', `${name}.graphql`), 'utf8'));
}

export function migrationsFolder(service: string): string {
  return join(repoRoot, 'services', service, 'migrations');
}

/** What every subgraph's build takes, besides the URLs of the subgraphs it calls (tests pass their own). */
export interface SubgraphBuildOptions {
  /** A PGlite folder or a PostgreSQL URL; from the environment when absent (@reg/db). */
  location?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  verifyToken?: TokenVerifier;
}

/**
 * The opening every subgraph's server.ts shares: its environment and logger, the token verifier from the
 * environment unless one is given, and its database in its own schema with its migrations.
 */
export async function openSubgraph<TSchema extends Record<string, unknown>>(
  name: SubgraphName,
  tables: TSchema,
  options: SubgraphBuildOptions,
) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger(name);
  const database = await openDatabase({
    service: name,
    pgSchema: name,
    migrationsFolder: migrationsFolder(name),
    tables,
    location: options.location,
    env,
  });
  const verifyToken = options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env));
  /** The subgraph's server on what was opened: its schema file, readiness and pool figures from its database, its logger and verifier. */
  const serve = <TContext extends BaseSubgraphContext>(
    def: Omit<SubgraphDefinition<TContext>, 'name' | 'typeDefs' | 'ready' | 'databaseStats' | 'verifyToken' | 'logger'>,
  ) =>
    createSubgraphServer<TContext>({
      name,
      typeDefs: subgraphSchema(name),
      ready: database.ping,
      databaseStats: database.stats,
      verifyToken,
      logger,
      ...def,
    });
  return { env, logger, database, verifyToken, serve };
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
