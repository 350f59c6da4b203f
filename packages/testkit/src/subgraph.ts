import { CleanupStack } from './cleanup.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** What a subgraph's `build<Name>()` returns, as far as the harness needs it. */
export interface BuiltSubgraph {
  server: { listen(port?: number, host?: string): Promise<{ url: string; close(): Promise<void> }> };
  database: { close(): Promise<void> };
}

export interface TestSubgraph<S extends BuiltSubgraph> extends AsyncDisposable {
  /** The subgraph's GraphQL endpoint on a free port. */
  url: string;
  service: S;
  database: TestDatabase;
}

/**
 * One subgraph in-process on a fresh test database (PGlite, or a new database on DATABASE_URL's server) and a
 * free port: `await using subgraph = await startTestSubgraph((location) => buildCatalogue({ location }))`.
 * Disposing it stops the server, closes the connection and drops the database, in that order, even after a
 * failure half-way through the start.
 */
export async function startTestSubgraph<S extends BuiltSubgraph>(
  build: (location: string) => Promise<S>,
): Promise<TestSubgraph<S>> {
  const cleanup = new CleanupStack();
  try {
    const database = cleanup.adopt(await createTestDatabase(), (d) => d.drop());
    const service = cleanup.adopt(await build(database.location), (s) => s.database.close());
    const running = cleanup.adopt(await service.server.listen(0), (r) => r.close());
    return { url: running.url, service, database, [Symbol.asyncDispose]: () => cleanup[Symbol.asyncDispose]() };
  } catch (error) {
    await cleanup[Symbol.asyncDispose]();
    throw error;
  }
}
