import { statementsIssued } from '@reg/db';
import { gql } from '@reg/testkit';
import { startGraph } from '../scripts/graph.ts';
import { listQuery, loadBenchRegion, measure } from './queries.ts';

/**
 * `pnpm bench`: the cross-subgraph Person query and a 100-row list through the gateway, with autocannon,
 * against a single-subgraph baseline run in the same process. Prints requests/s, p50, p99, the ratio to
 * the baseline, and SQL statements per request (which must not grow with the page size).
 * BENCH_SIZE (demo region size, default small: loading goes through the gateway's mutations), BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
 */
// The benchmark measures throughput, not the per-organisation rate limit.
process.env['RATE_LIMIT_PER_MINUTE'] ??= '100000000';
const size = (process.env['BENCH_SIZE'] ?? 'small') as 'small';
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

const graph = await startGraph({ location: process.env['DATABASE_URL'] ?? 'memory://', quiet: true });
console.log(`loading demo region (${size})...`);
const { token, cases } = await loadBenchRegion(graph.gatewayUrl, size);

async function statementsPerRequest(body: object, runs = 20): Promise<number> {
  const before = statementsIssued();
  for (let i = 0; i < runs; i++) {
    const response = await gql(
      graph.gatewayUrl,
      token,
      (body as { query: string }).query,
      (body as { variables?: Record<string, unknown> }).variables,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
  return (statementsIssued() - before) / runs;
}

const rows: Array<Record<string, string | number>> = [];
let baselineRps = 0;
for (const c of cases) {
  const statements = await statementsPerRequest(c.body);
  const result = await measure(graph.gatewayUrl, token, c, { connections, seconds });
  const rps = result.rps;
  if (!baselineRps) baselineRps = rps;
  rows.push({
    case: c.name,
    'req/s': Math.round(rps),
    'p50 ms': result.p50,
    'p99 ms': result.p99,
    'vs baseline': `${(rps / baselineRps).toFixed(2)}x`,
    'SQL/request': Number(statements.toFixed(1)),
  });
}

const perPage = {
  10: await statementsPerRequest({ query: listQuery(10) }),
  100: await statementsPerRequest({ query: listQuery(100) }),
};
console.table(rows);
console.log(
  `SQL statements per list request: first 10 -> ${perPage[10]}, first 100 -> ${perPage[100]} (ratio ${(perPage[100] / perPage[10]).toFixed(2)}; 1.00 means batching holds)`,
);
await graph.close();
