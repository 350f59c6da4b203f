import autocannon from 'autocannon';
import { authConfigFromEnv, signDevToken } from '@reg/auth';
import { statementsIssued } from '@reg/db';
import { generateRegion, loadRegion } from '@reg/demo-data';
import { gql } from '@reg/testkit';
import { startGraph } from '../scripts/graph.ts';

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
const summary = await loadRegion(generateRegion({ seed: 7, size }), { gatewayUrl: graph.gatewayUrl });
const config = authConfigFromEnv();
const cpiId = summary.cpiByProvince['MI']!;
const token = await signDevToken(config, {
  sub: 'bench@cpi-mi',
  org: cpiId,
  org_kind: 'cpi',
  province: 'MI',
  scope: 'people:read',
});

const personQuery = `query ($id: ID!) { person(id: $id) { familyName takeInCharges { provider { name kind } } deliveries { minutes serviceStandard { code title } provider { name } } placements { contract employer { name } } } }`;
const listQuery = (first: number) =>
  `{ people(first: ${first}) { items { familyName enrolments { status } takeInCharges { provider { name } } deliveries { minutes serviceStandard { code } } placements { employer { name } } } } }`;

const cases = [
  { name: 'baseline: serviceStandards (catalogue only)', body: { query: '{ serviceStandards { code title } }' } },
  { name: 'Person across 4 subgraphs', body: { query: personQuery, variables: { id: summary.samplePersonId } } },
  { name: 'people(first: 100) across 4 subgraphs', body: { query: listQuery(100) } },
];

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
  const result = await autocannon({
    url: graph.gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(c.body),
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const rps = result.requests.average;
  if (!baselineRps) baselineRps = rps;
  rows.push({
    case: c.name,
    'req/s': Math.round(rps),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
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
