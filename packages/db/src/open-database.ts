import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { migrateOnStart } from '@reg/runtime';
import { countingLogger } from './statement-counter.ts';
import { retryingReads, type StatementStats } from './resilient-client.ts';
import { mapFlatRowsEverywhere } from './flat-rows.ts';

/** The drizzle database a subgraph works with, whichever driver is behind it. */
export type Database<TSchema extends Record<string, unknown> = Record<string, unknown>> = PgDatabase<
  PgQueryResultHKT,
  TSchema
>;

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  /** Service name: picks `<SERVICE>_DATABASE_URL` and the PGlite folder. */
  service: string;
  /** The PostgreSQL schema the service owns; its migrations table lives there too. */
  pgSchema: string;
  migrationsFolder: string;
  tables: TSchema;
  /** Explicit connection: a postgres:// URL, a PGlite folder path, or 'memory://'. Defaults from the environment. */
  location?: string;
  env?: NodeJS.ProcessEnv;
  /** Apply pending migrations now; MIGRATE_ON_START by default (on in development, off in production, where `pnpm migrate` runs them). */
  migrate?: boolean;
}

export interface ServiceDatabase<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  driver: 'pglite' | 'postgres';
  /** What the pool reports for metrics: its size, the statements in flight, the reads retried. */
  stats(): { driver: 'pglite' | 'postgres'; poolMax: number } & StatementStats;
  /** Where the data is: the folder for PGlite, the URL without credentials for PostgreSQL. */
  where: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where a service's data lives: `<SERVICE>_DATABASE_URL`, then `DATABASE_URL`, then a PGlite folder
 * under `DATA_DIR` (default `.data`), one database per subgraph.
 */
export function resolveLocation(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const perService = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (perService) return perService;
  if (env['DATABASE_URL']) return env['DATABASE_URL'];
  return resolve(env['DATA_DIR'] ?? '.data', service);
}

const isServerUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Promise<ServiceDatabase<TSchema>> {
  mapFlatRowsEverywhere();
  const location = options.location ?? resolveLocation(options.service, options.env);
  const migrate = options.migrate ?? migrateOnStart(options.env ?? process.env);
  const migrationConfig = {
    migrationsFolder: options.migrationsFolder,
    migrationsSchema: options.pgSchema,
    migrationsTable: '__migrations',
  };
  if (isServerUrl(location)) {
    // Small pool per subgraph; `onnotice` silenced because IF NOT EXISTS notices are noise in logs. Connections
    // are recycled: closed after DB_IDLE_TIMEOUT_SECONDS idle and DB_MAX_LIFETIME_SECONDS of age (so a pool never
    // keeps a socket a proxy or failover silently dropped), and one that fails is discarded by postgres.js.
    const env = options.env ?? process.env;
    const poolMax = Number(env['DB_POOL_MAX'] ?? 10);
    const stats: StatementStats = { inFlight: 0, retries: 0 };
    const client = postgres(location, {
      max: poolMax,
      idle_timeout: Number(env['DB_IDLE_TIMEOUT_SECONDS'] ?? 30),
      max_lifetime: Number(env['DB_MAX_LIFETIME_SECONDS'] ?? 30 * 60),
      connect_timeout: Number(env['DB_CONNECT_TIMEOUT_SECONDS'] ?? 10),
      onnotice: () => {},
    });
    const db = drizzlePostgres(retryingReads(client, { stats }), { schema: options.tables, logger: countingLogger });
    // Several replicas of a subgraph may start together: one migrates, the others wait on the lock,
    // which is held by one reserved connection for the whole migration.
    if (migrate) {
      const lock = await client.reserve();
      const lockKey = 'migrations:' + options.pgSchema;
      await lock`select pg_advisory_lock(hashtext(${lockKey}))`;
      try {
        await migratePostgres(db, migrationConfig);
      } finally {
        await lock`select pg_advisory_unlock(hashtext(${lockKey}))`;
        lock.release();
      }
    }
    const url = new URL(location);
    url.password = '';
    return {
      db: db as unknown as Database<TSchema>,
      driver: 'postgres',
      stats: () => ({ driver: 'postgres', poolMax, ...stats }),
      where: url.toString(),
      ping: async () => {
        await retryingReads(client, { stats }).unsafe('select 1');
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (location !== 'memory://') mkdirSync(location, { recursive: true });
  // PGlite writes through to its folder on every commit (relaxedDurability off), so a kill -9 after a
  // commit loses nothing.
  const client = await PGlite.create(location === 'memory://' ? undefined : location, { relaxedDurability: false });
  const db = drizzlePglite(client, { schema: options.tables, logger: countingLogger });
  if (migrate) await migratePglite(db, migrationConfig);
  return {
    db: db as unknown as Database<TSchema>,
    driver: 'pglite',
    where: location,
    // One embedded connection, no pool: nothing is in flight outside PGlite's own queue.
    stats: () => ({ driver: 'pglite', poolMax: 1, inFlight: 0, retries: 0 }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}

export const migrationsFolderOf = (serviceDir: string) => join(serviceDir, 'migrations');
