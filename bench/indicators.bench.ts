import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@reg/db';
import { migrationsFolder } from '@reg/subgraph-kit';
import { callers, createTestDatabase, gql } from '@reg/testkit';
import { startServices, type ServiceName } from '../scripts/supervisor.ts';
import { freePort } from '../test/support/processes.ts';

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
 * (default 5) one after the other; prints p50 and p99 and the 1-minute load average when the case ended.
 * BENCH_KEEP=1 keeps the data afterwards.
 */
const deliveries = Number(process.env['BENCH_DELIVERIES'] ?? 1_000_000);
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const serverUrl = process.env['DATABASE_URL'];

const database = serverUrl ? await createTestDatabase() : null;
const dataDir = serverUrl ? null : mkdtempSync(join(tmpdir(), 'bench-indicators-'));
const databaseEnv: Record<string, string> = database ? { DATABASE_URL: database.location } : { DATA_DIR: dataDir! };
const outcomesLocation = database ? database.location : join(dataDir!, 'outcomes');

/**
 * A row's target groups (README "Indicators") from its person and row numbers: sex and disability by person, the age
 * band and long-term unemployment moving with the row (a person changes band or status within the years), as the
 * report path records them; one row in 50 without any (reported before they were recorded: NOT_RECORDED).
 */
const targetGroupsOf = (person: string, row: string) => `case when ${row} % 50 = 0 then null else jsonb_build_array(
  'SEX:' || (array['F','M'])[${person} % 2 + 1],
  'AGE_BAND:' || (array['UNDER_30','FROM_30_TO_54','FROM_55'])[(${person} + ${row} / 400000) % 3 + 1],
  'LONG_TERM_UNEMPLOYED:' || (array['NO','YES'])[(${person} / 2 + ${row} / 300000) % 2 + 1],
  'DISABILITY:' || (array['YES','NO'])[(${person} % 5 = 0)::int + 1]) end`;

/** The outcomes rows, written straight into the outcomes database (migrated first) before any service starts. */
async function load() {
  const outcomes = await openDatabase({
    service: 'outcomes',
    pgSchema: 'outcomes',
    migrationsFolder: migrationsFolder('outcomes'),
    tables: {},
    location: outcomesLocation,
    migrate: true,
  });
  const started = performance.now();
  const run = (statement: string) => outcomes.db.execute(sql.raw(statement));
  // Person p works with provider p % 40, whose province is (p % 40) % 5 and kind CPI for the first 8.
  await run(`
    insert into outcomes.service_delivery (id, provider_id, idempotency_key, payload_hash, person_id, person_province, service_code, catalogue_version_id,
      delivered_on, minutes, sessions, modality, outputs, reported_by, provider_kind, enrolled_on, taken_in_charge_on, target_groups)
    select 'd' || g, 'prov-' || (p % 40), 'k' || g, 'h', 'person-' || p, (array['MI','TO','BG','BS','VA'])[(p % 40) % 5 + 1],
      (array['1A','1B','1C','2A','2B','3A','3B','4A','4B','4C'])[g % 10 + 1], 'v1', date '2024-01-01' + (g % 731), 30 + g % 60, 1,
      'INDIVIDUAL_INTERVIEW', '["CV"]'::jsonb, 'bench', case when p % 40 < 8 then 'CPI' else 'ACCREDITED' end,
      date '2023-06-01' + (p % 365), case when p % 3 = 0 then date '2024-01-01' + (p % 500) end, ${targetGroupsOf('p', 'g')}
    from (select g, (g::bigint * 7919 % 20000)::int as p from generate_series(1, ${deliveries}) g) s`);
  await run(`
    insert into outcomes.service_path (id, provider_id, person_id, person_province, service_code, modality, status, opened_on, first_delivered_on,
      last_delivered_on, total_minutes, total_sessions, closed_on, provider_kind)
    select 'path' || g, 'prov-' || (p % 40), 'person-' || p, (array['MI','TO','BG','BS','VA'])[(p % 40) % 5 + 1],
      (array['1A','1B','1C','2A','2B','3A','3B','4A','4B','4C'])[g % 10 + 1], 'M' || g, 'CLOSED', date '2024-01-01' + (g % 700),
      date '2024-01-01' + (g % 700), date '2024-01-01' + (g % 700) + 20, 60 + g % 600, 1 + g % 5, date '2024-01-01' + (g % 700) + 30,
      case when p % 40 < 8 then 'CPI' else 'ACCREDITED' end
    from (select g, (g::bigint * 7919 % 20000)::int as p from generate_series(1, 100000) g) s`);
  await run(`
    insert into outcomes.placement (id, reported_by_org, idempotency_key, payload_hash, person_id, person_province, employer_id, contract,
      started_on, counts_toward_quota, created_by, provider_kind, ended_on, target_groups)
    select 'pl' || g, 'prov-' || (g % 40), 'k' || g, 'h', 'person-' || ((g * 13) % 20000), (array['MI','TO','BG','BS','VA'])[(g % 40) % 5 + 1],
      'emp-' || (g % 500), 'PERMANENT', date '2024-01-01' + (g % 700), g % 2 = 0, 'bench',
      case when g % 40 < 8 then 'CPI' else 'ACCREDITED' end, case when g % 4 = 0 then date '2024-01-01' + (g % 700) + 90 end,
      ${targetGroupsOf('((g * 13) % 20000)', 'g')}
    from generate_series(1, 20000) g`);
  await run('analyze');
  await outcomes.close();
  console.log(
    `loaded ${deliveries.toLocaleString('en')} deliveries (aggregates maintained by the trigger), 100,000 paths, 20,000 placements on ${serverUrl ? 'the PostgreSQL server' : 'PGlite'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The gateway and the four subgraphs, each in its own process, on the bench's data. */
async function startGraphProcesses(maxAgeSeconds: number) {
  const names: ServiceName[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  return startServices({
    runner: 'source',
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
