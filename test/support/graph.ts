import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CleanupStack, createTestDatabase, mustAt, type TestDatabase } from '@reg/testkit';
import { startGraph, type GraphOptions, type RunningGraph } from '../../scripts/graph.ts';

/**
 * The end-to-end harness: the whole graph in-process on fresh data, released by `await using` or by disposing it
 * in afterAll. The same body runs on both drivers: PGlite by default, a new database on the server when
 * DATABASE_URL is set (README "Tests on a PostgreSQL server").
 */

/** Where a graph keeps its data; disposing it drops the database (and the PGlite folder). */
export interface TestData extends AsyncDisposable {
  database: TestDatabase;
  location: string;
}

/**
 * Fresh data for one test file. `durable`: on PGlite a folder instead of memory, so that a second graph started
 * on the same data (a restart) finds what the first wrote; on a server the database is durable anyway.
 */
export async function createTestData(options: { durable?: boolean } = {}): Promise<TestData> {
  const cleanup = new CleanupStack();
  const database = cleanup.adopt(await createTestDatabase(), (d) => d.drop());
  let location = database.location;
  if (options.durable && database.driver === 'pglite') {
    location = await mkdtemp(join(tmpdir(), 'graph-data-'));
    cleanup.defer(() => rm(location, { recursive: true, force: true }));
  }
  return { database, location, [Symbol.asyncDispose]: () => cleanup[Symbol.asyncDispose]() };
}

export interface TestGraph extends RunningGraph, AsyncDisposable {
  data: TestData;
  /** Sends an operation through the gateway that must succeed, and answers its data. */
  must: ReturnType<typeof mustAt>;
}

/**
 * The gateway and the four subgraphs, quiet, on free ports. Without `data` the graph gets its own, released with
 * it; with `data` (a restart on the same data) only the graph is stopped and the data stay for the next one.
 */
export async function startTestGraph(
  options: Omit<GraphOptions, 'location' | 'quiet'> & { data?: TestData } = {},
): Promise<TestGraph> {
  const { data: given, ...graphOptions } = options;
  const cleanup = new CleanupStack();
  try {
    const data = given ?? cleanup.adopt(await createTestData(), (d) => d[Symbol.asyncDispose]());
    const graph = cleanup.adopt(await startGraph({ ...graphOptions, location: data.location, quiet: true }), (g) =>
      g.close(),
    );
    return {
      ...graph,
      data,
      must: mustAt(graph.gatewayUrl),
      [Symbol.asyncDispose]: () => cleanup[Symbol.asyncDispose](),
    };
  } catch (error) {
    await cleanup[Symbol.asyncDispose]();
    throw error;
  }
}
