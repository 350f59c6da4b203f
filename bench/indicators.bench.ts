import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { callers, createTestDatabase, gql } from '@reg/testkit';
import { startServices, type ServiceName } from '../scripts/supervisor.ts';
import { freePort } from '../test/support/processes.ts';
import { recordFigure } from './figures.ts';
import { loadIndicatorRows } from './indicators-data.ts';
import { benchRunner } from './runner.ts';

/**
 * `pnpm bench:indicators`: the indicators query through the gateway over BENCH_DELIVERIES deliveries (default
 * 1,000,000), on a PostgreSQL server when DATABASE_URL is set (a throwaway database is created and dropped), else on
 * PGlite (a temporary folder). The rows are generated in SQL (generate_series), not through the API: 2 years, 20,000
 * people, 40 providers in 5 provinces, 10 services, plus 100,000 closed paths and 20,000 placements; the delivery
 * trigger maintains the indicator aggregates as they are inserted. The gateway and each subgraph run in their own
 * process (the supervisor of `pnpm start:services`), the requests come from this one.
 *
 * Cold: INDICATORS_MAX_AGE_SECONDS 0, so every request computes its lattices (what a restart, a new year or a new
 * scope waits for). Warm: the services restarted with max age 300; the first request of a case computes or joins
 * the warm-up and is not counted, the others are answered from the snapshots. Each case runs BENCH_RUNS times
 * (default 5) one after the other; prints p50 and p99 and the 1-minute load average when the case ended. The last case
 * is split by the target dimension BENCH_SPLIT (default SEX; `none` leaves it out).
 * BENCH_KEEP=1 keeps the data afterwards.
 */
const deliveries = Number(process.env['BENCH_DELIVERIES'] ?? 1_000_000);
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const serverUrl = process.env['DATABASE_URL'];
// The target dimension of the split case (SEX, AGE_BAND, LONG_TERM_UNEMPLOYED, DISABILITY), `none` to leave it out.
const split = process.env['BENCH_SPLIT'] ?? 'SEX';

const database = serverUrl ? await createTestDatabase() : null;
const dataDir = serverUrl ? null : mkdtempSync(join(tmpdir(), 'bench-indicators-'));
const databaseEnv: Record<string, string> = database ? { DATABASE_URL: database.location } : { DATA_DIR: dataDir! };
const outcomesLocation = database ? database.location : join(dataDir!, 'outcomes');

async function load() {
  const started = performance.now();
  await loadIndicatorRows(outcomesLocation, deliveries);
  console.log(
    `loaded ${deliveries.toLocaleString('en')} deliveries (aggregates maintained by the trigger), 100,000 paths, 20,000 placements on ${serverUrl ? 'the PostgreSQL server' : 'PGlite'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The gateway and the four subgraphs, each in its own process, on the bench's data. */
async function startGraphProcesses(maxAgeSeconds: number) {
  const names: ServiceName[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  return startServices({
    runner: benchRunner(),
    ports,
    env: {
      ...databaseEnv,
      RATE_LIMIT_PER_MINUTE: '100000000',
      SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
      // A cold lattice must be measured even when it takes longer than the gateway's default 10 s.
      UPSTREAM_TIMEOUT_MS: '180000',
      INDICATORS_MAX_AGE_SECONDS: String(maxAgeSeconds),
      LOG_LEVEL: 'error',
    },
    output: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
  });
}

const cell =
  'cells { period province providerKind provider { id } serviceCode people suppressed suppression measures { name value } }';
const q = (families: string) => `query ($q: IndicatorQuery!) { indicators(query: $q) { ${families} } }`;
const splitCell = cell.replace('serviceCode', 'serviceCode targetDimension targetGroup');
const monthsByProvince = { q: { from: '2025-01-01', to: '2025-12-31', granularity: 'MONTH', groupBy: ['PROVINCE'] } };
const cases = [
  { name: 'baseline: serviceStandards (catalogue only)', query: '{ serviceStandards { code } }', variables: {} },
  { name: 'services, 2025 by month and province', query: q(`services { ${cell} }`), variables: monthsByProvince },
  {
    name: 'services, 2025 by quarter, provider and service',
    query: q(`services { ${cell} }`),
    variables: {
      q: { from: '2025-01-01', to: '2025-12-31', granularity: 'QUARTER', groupBy: ['PROVIDER', 'SERVICE'] },
    },
  },
  {
    name: 'every outcomes family + CSV, 2025 by month and province',
    query: q(
      ['services', 'paths', 'firstService', 'placements', 'placementRate', 'retention']
        .map((f) => `${f} { ${cell} csv }`)
        .join(' '),
    ),
    variables: monthsByProvince,
  },
  // A request split by a target group computes (cold) or reads (warm) the lattices of that one dimension.
  ...(split === 'none'
    ? []
    : [
        {
          name: `every outcomes family + CSV, 2025 by month and province, split by ${split}`,
          query: q(
            ['services', 'paths', 'firstService', 'placements', 'placementRate', 'retention']
              .map((f) => `${f} { ${splitCell} csv }`)
              .join(' '),
          ),
          variables: { q: { ...monthsByProvince.q, groupBy: ['PROVINCE', split] } },
        },
      ]),
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rows: Array<Record<string, string | number>> = [];

async function measure(mode: string, gatewayUrl: string) {
  const region = await callers.region();
  let baseline = 0;
  for (const c of cases) {
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const response = await gql(gatewayUrl, region, c.query, c.variables);
      const elapsed = performance.now() - t0;
      if (response.errors) throw new Error(`${mode} ${c.name}: ${JSON.stringify(response.errors)}`);
      // The first request of a case warms the connections (and, warm, computes or joins the warm-up): not counted.
      if (i > 0) times.push(elapsed);
      cells = Object.values((response.data!['indicators'] ?? {}) as Record<string, { cells: unknown[] }>).reduce(
        (n, f) => n + f.cells.length,
        0,
      );
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    if (!baseline) baseline = p50;
    rows.push({
      mode,
      case: c.name,
      runs,
      cells,
      'p50 ms': Math.round(p50),
      'p99 ms': Math.round(percentile(times, 99)),
      'p50 vs baseline': `${(p50 / baseline).toFixed(1)}x`,
      'load 1m': loadavg()[0]!.toFixed(2),
    });
    console.log(`${mode}: ${c.name}: p50 ${Math.round(p50)} ms (load ${loadavg()[0]!.toFixed(2)})`);
    recordFigure({
      bench: 'indicators',
      name: `${deliveries} deliveries, ${serverUrl ? 'PostgreSQL server' : 'PGlite'} / ${c.name} / ${mode} p50`,
      value: p50,
      unit: 'ms',
    });
  }
}

try {
  await load();
  for (const [mode, maxAge] of [
    ['cold (max age 0)', 0],
    ['warm (max age 300)', 300],
  ] as const) {
    const services = await startGraphProcesses(maxAge);
    try {
      await measure(mode, services.gatewayUrl);
    } finally {
      await services.stopAll();
    }
  }
  console.log(
    `\n${deliveries.toLocaleString('en')} deliveries, ${serverUrl ? 'PostgreSQL server' : 'PGlite'}, gateway and subgraphs in separate processes`,
  );
  console.table(rows);
} finally {
  // BENCH_KEEP=1 leaves the data for EXPLAIN ANALYZE; where it is is printed.
  if (process.env['BENCH_KEEP']) console.log(`kept ${database?.location ?? dataDir}`);
  else {
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
