import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * One database test body, two drivers: PGlite in memory by default; with DATABASE_URL set, a fresh
 * database on that PostgreSQL server, dropped afterwards, so parallel test files never share state.
 */
export interface TestDatabase {
  location: string;
  driver: 'pglite' | 'postgres';
  drop(): Promise<void>;
}

export function serverUrlForTests(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['TEST_DATABASE_URL'] ?? env['DATABASE_URL'];
}

export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  const serverUrl = serverUrlForTests(env);
  if (!serverUrl) return { location: 'memory://', driver: 'pglite', drop: async () => {} };
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    driver: 'postgres',
    drop: async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
