import postgres from 'postgres';
import { callers, createTestDatabase, gql } from '@reg/testkit';
import { startGraph } from '../scripts/graph.ts';

/**
 * `pnpm bench:indicators`: the indicators query through the gateway over BENCH_DELIVERIES deliveries (default
 * 1,000,000) on a PostgreSQL server (DATABASE_URL, required: a throwaway database is created and dropped). The rows
 * are generated in SQL (generate_series), not through the API: 2 years, 20,000 people, 40 providers in 5
 * provinces, 10 services, plus 100,000 closed paths and 20,000 placements. Each case runs BENCH_RUNS times (default
 * 10) one after the other, after one warm-up; prints p50 and p99 and their ratio to a trivial catalogue query.
 * Every case runs twice: cold (INDICATORS_MAX_AGE_SECONDS 0, every request computes its lattices) and warm (a second
 * graph on the same data with max age 300: the first request of a case computes or joins the warm-up, the measured
 * ones are answered from the snapshots). BENCH_KEEP=1 keeps the database afterwards.
 */
const deliveries = Number(process.env['BENCH_DELIVERIES'] ?? 1_000_000);
const runs = Number(process.env['BENCH_RUNS'] ?? 10);
if (!process.env['DATABASE_URL']) throw new Error('bench:indicators needs DATABASE_URL (a PostgreSQL server)');
process.env['RATE_LIMIT_PER_MINUTE'] ??= '100000000';
// The region-wide lattice over a million rows can take longer than the gateway's default 10 s: measure it anyway.
process.env['UPSTREAM_TIMEOUT_MS'] ??= '180000';

const database = await createTestDatabase();
let graph = await startGraph({ location: database.location, quiet: true, indicatorsMaxAgeSeconds: 0 });
try {
  const sql = postgres(database.location, { max: 1, onnotice: () => {} });
  const started = performance.now();
  // Person p works with provider p % 40, whose province is (p % 40) % 5 and kind CPI for the first 8.
  await sql.unsafe(`
    insert into outcomes.service_delivery (id, provider_id, idempotency_key, payload_hash, person_id, person_province, service_code, catalogue_version_id,
      delivered_on, minutes, sessions, modality, outputs, reported_by, provider_kind, enrolled_on, taken_in_charge_on)
    select 'd' || g, 'prov-' || (p % 40), 'k' || g, 'h', 'person-' || p, (array['MI','TO','BG','BS','VA'])[(p % 40) % 5 + 1],
      (array['1A','1B','1C','2A','2B','3A','3B','4A','4B','4C'])[g % 10 + 1], 'v1', date '2024-01-01' + (g % 731), 30 + g % 60, 1,
      'INDIVIDUAL_INTERVIEW', '["CV"]'::jsonb, 'bench', case when p % 40 < 8 then 'CPI' else 'ACCREDITED' end,
      date '2023-06-01' + (p % 365), case when p % 3 = 0 then date '2024-01-01' + (p % 500) end
    from (select g, (g::bigint * 7919 % 20000)::int as p from generate_series(1, ${deliveries}) g) s`);
  await sql.unsafe(`
    insert into outcomes.service_path (id, provider_id, person_id, person_province, service_code, modality, status, opened_on, first_delivered_on,
      last_delivered_on, total_minutes, total_sessions, closed_on, provider_kind)
    select 'path' || g, 'prov-' || (p % 40), 'person-' || p, (array['MI','TO','BG','BS','VA'])[(p % 40) % 5 + 1],
      (array['1A','1B','1C','2A','2B','3A','3B','4A','4B','4C'])[g % 10 + 1], 'M' || g, 'CLOSED', date '2024-01-01' + (g % 700),
      date '2024-01-01' + (g % 700), date '2024-01-01' + (g % 700) + 20, 60 + g % 600, 1 + g % 5, date '2024-01-01' + (g % 700) + 30,
      case when p % 40 < 8 then 'CPI' else 'ACCREDITED' end
    from (select g, (g::bigint * 7919 % 20000)::int as p from generate_series(1, 100000) g) s`);
  await sql.unsafe(`
    insert into outcomes.placement (id, reported_by_org, idempotency_key, payload_hash, person_id, person_province, employer_id, contract,
      started_on, counts_toward_quota, created_by, provider_kind, ended_on)
    select 'pl' || g, 'prov-' || (g % 40), 'k' || g, 'h', 'person-' || ((g * 13) % 20000), (array['MI','TO','BG','BS','VA'])[(g % 40) % 5 + 1],
      'emp-' || (g % 500), 'PERMANENT', date '2024-01-01' + (g % 700), g % 2 = 0, 'bench',
      case when g % 40 < 8 then 'CPI' else 'ACCREDITED' end, case when g % 4 = 0 then date '2024-01-01' + (g % 700) + 90 end
    from generate_series(1, 20000) g`);
  await sql.unsafe('analyze');
  await sql.end();
  console.log(
    `loaded ${deliveries.toLocaleString('en')} deliveries, 100,000 paths, 20,000 placements in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const region = await callers.region();
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
  const measure = async (mode: string) => {
    let baseline = { p50: 0, p99: 0 };
    for (const c of cases) {
      const times: number[] = [];
      let cells = 0;
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        const response = await gql(graph.gatewayUrl, region, c.query, c.variables);
        const elapsed = performance.now() - t0;
        if (response.errors) throw new Error(`${mode} ${c.name}: ${JSON.stringify(response.errors)}`);
        if (i > 0) times.push(elapsed);
        cells = Object.values((response.data!['indicators'] ?? {}) as Record<string, { cells: unknown[] }>).reduce(
          (n, f) => n + f.cells.length,
          0,
        );
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p99 = percentile(times, 99);
      if (!baseline.p50) baseline = { p50, p99 };
      rows.push({
        mode,
        case: c.name,
        runs,
        cells,
        'p50 ms': Math.round(p50),
        'p99 ms': Math.round(p99),
        'p50 vs baseline': `${(p50 / baseline.p50).toFixed(1)}x`,
      });
    }
  };
  await measure('cold (max age 0)');
  await graph.close();
  graph = await startGraph({ location: database.location, quiet: true, indicatorsMaxAgeSeconds: 300 });
  await measure('warm (max age 300)');
  console.table(rows);
} finally {
  await graph.close();
  // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE; its URL is printed.
  if (process.env['BENCH_KEEP']) console.log(`kept ${database.location}`);
  else await database.drop();
}
