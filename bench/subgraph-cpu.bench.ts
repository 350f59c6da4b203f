import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { generateRegion, isRegionLoaded, loadRegion } from '@reg/demo-data';
import { subgraphNames } from '@reg/runtime';
import { gql } from '@reg/testkit';
import { startServices, type ServiceName } from '../scripts/supervisor.ts';
import { exited, freePort } from '../test/support/processes.ts';
import { printSummary, summariseProfile } from './cpu-profile-summary.ts';
import { cpuMs, statementsTotal } from './process-cpu.ts';
import { listPageQuery, milanOperatorToken, personQuery, readablePeople } from './queries.ts';
import { benchRunner } from './runner.ts';

/**
 * `pnpm bench:subgraphs`: the CPU each subgraph process spends per request of the three cases users wait on
 * (the person with everything, a page of 100 people with nested fields, a one-subgraph `person { familyName }`),
 * through this gateway, with varied variables; the load generator in a process of its own. For each case: req/s,
 * CPU ms per request of the gateway and of each subgraph (from /proc/<pid>/stat), SQL statements per request
 * (`db_statements_total`) and the 1-minute load average. With BENCH_PROFILE=1 each service process also records a
 * V8 CPU profile of each measured run (bench/profiling/profile-on-signal.mjs) and the bench prints each subgraph's
 * self time by file and by function. With DATABASE_URL the region is loaded once into the database
 * `bench_subgraphs_<size>` on that server and reused by the next runs (drop it to start afresh); else a temporary
 * PGlite folder. BENCH_SIZE (default small), BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_CASES (names'
 * substrings, comma-separated), BENCH_TOP (lines per profile, 20), BENCH_WARMUP_SECONDS (5: each case runs unmeasured
 * first, so that compiling the code paths and loading modules lazily is not counted as the requests' cost),
 * BENCH_RUNNER (source: TypeScript through tsx, as the other benches; dist: the bundles of `pnpm build`, as
 * production runs them, without tsx's loader and the function names its transform keeps at every closure made).
 */
const size = (process.env['BENCH_SIZE'] ?? 'small') as 'small';
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const only = process.env['BENCH_CASES']?.split(',');
const profile = process.env['BENCH_PROFILE'] === '1';
const top = Number(process.env['BENCH_TOP'] ?? 20);
const warmUp = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 5);
const runner = benchRunner();
const root = join(import.meta.dirname, '..');

/** A database on the server that outlives the run, so the demo region is loaded once. */
async function reusedDatabase(serverUrl: string): Promise<string> {
  const name = `bench_subgraphs_${size}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const serverUrl = process.env['DATABASE_URL'];
const pgliteFolder = serverUrl ? null : mkdtempSync(join(tmpdir(), 'bench-subgraphs-'));
const databaseEnv: Record<string, string> = serverUrl
  ? { DATABASE_URL: await reusedDatabase(serverUrl) }
  : { DATA_DIR: pgliteFolder! };
const profileDir = profile ? mkdtempSync(join(tmpdir(), 'bench-subgraphs-profiles-')) : null;
const ports = Object.fromEntries(
  await Promise.all(['gateway', ...subgraphNames].map(async (n) => [n, await freePort()] as const)),
);
console.log(
  `starting the four subgraphs and the gateway (${serverUrl ? 'PostgreSQL server' : 'PGlite'}, ${runner})...`,
);
const services = await startServices({
  runner,
  ports,
  env: {
    ...databaseEnv,
    // Throughput, not the per-organisation rate limits, is what is measured; logs would cost CPU of their own.
    RATE_LIMIT_PER_MINUTE: '100000000',
    SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
    LOG_LEVEL: 'error',
    ...(profileDir
      ? {
          BENCH_PROFILE_DIR: profileDir,
          NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${join(root, 'bench/profiling/profile-on-signal.mjs')}`,
        }
      : {}),
  },
  readyTimeoutMs: 600_000,
  output: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
});
const stopEverything = async () => {
  await services.stopAll();
  if (pgliteFolder) rmSync(pgliteFolder, { recursive: true, force: true });
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
};
process.on('SIGINT', () => void stopEverything().then(() => process.exit(130)));

interface Case {
  name: string;
  query: string;
  variables: Array<Record<string, unknown>>;
}

try {
  const gatewayUrl = services.gatewayUrl;
  if (!(await isRegionLoaded(gatewayUrl))) {
    const started = performance.now();
    console.log(`loading the demo region (seed 7, ${size}) through the gateway...`);
    await loadRegion(generateRegion({ seed: 7, size }), { gatewayUrl });
    console.log(`loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const token = await milanOperatorToken(gatewayUrl);

  // The people this caller may read and the cursors of the pages of 100: the varied variables.
  const { ids, cursors } = await readablePeople(gatewayUrl, token);
  console.log(`${ids.length} people readable by the caller, ${cursors.length} pages of 100`);
  const people = ids.map((id) => ({ id }));
  const cases: Case[] = [
    { name: 'person with everything, varied', query: personQuery, variables: people },
    {
      name: 'people(first: 100) nested, varied pages',
      query: listPageQuery,
      variables: cursors.map((after) => ({ after })),
    },
    {
      name: 'person(id) { familyName }, varied',
      query: 'query ($id: ID!) { person(id: $id) { familyName } }',
      variables: people,
    },
  ].filter((c) => !only || only.some((o) => c.name.includes(o)));

  for (const c of cases) {
    const answer = await gql(gatewayUrl, token, c.query, c.variables[0]);
    if (answer.errors) throw new Error(`${c.name}: ${JSON.stringify(answer.errors)}`);
  }

  const statements = () => statementsTotal(subgraphNames.map((s) => services.subgraphUrls[s]));

  const watched: ServiceName[] = ['gateway', ...subgraphNames];
  const pid = (s: ServiceName) => services.child(s).pid!;
  const profiled = new Map<number, number>();
  const signalProfilers = () => {
    for (const s of watched) process.kill(pid(s), 'SIGUSR2');
  };
  async function collectProfiles(): Promise<Map<ServiceName, string>> {
    const files = new Map<ServiceName, string>();
    for (const s of watched) {
      const n = (profiled.get(pid(s)) ?? 0) + 1;
      profiled.set(pid(s), n);
      const file = join(profileDir!, `${pid(s)}-${n}.cpuprofile`);
      const deadline = Date.now() + 60_000;
      while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      files.set(s, file);
    }
    return files;
  }

  async function generate(c: Case, duration: number) {
    const job = JSON.stringify({
      url: gatewayUrl,
      token,
      query: c.query,
      variables: c.variables,
      connections,
      seconds: duration,
    });
    const generator = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench/gateways/load-generator.ts'), job],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    generator.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    await exited(generator);
    const result = JSON.parse(output) as { requests: number; rps: number; p50: number; non2xx: number; errors: number };
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result;
  }

  // What the processes spend doing nothing (timers, metrics, pool): printed so it can be told from the requests.
  const idleBefore = watched.map((s) => cpuMs(pid(s)));
  await new Promise((r) => setTimeout(r, 5_000));
  console.log(
    `idle CPU ms per second: ${watched.map((s, i) => `${s} ${((cpuMs(pid(s)) - idleBefore[i]!) / 5).toFixed(1)}`).join(', ')}`,
  );

  const rows: Array<Record<string, string | number>> = [];
  for (const c of cases) {
    if (warmUp > 0) await generate(c, warmUp);
    const sqlBefore = await statements();
    if (profile) signalProfilers();
    const before = watched.map((s) => cpuMs(pid(s)));
    const loadBefore = loadavg()[0]!;
    const result = await generate(c, seconds);
    const after = watched.map((s) => cpuMs(pid(s)));
    const loadAfter = loadavg()[0]!;
    if (profile) signalProfilers();
    const sqlAfter = await statements();
    const row: Record<string, string | number> = {
      case: c.name,
      'req/s': Math.round(result.rps),
      'p50 ms': result.p50,
    };
    let subgraphTotal = 0;
    watched.forEach((s, i) => {
      const ms = (after[i]! - before[i]!) / result.requests;
      if (s !== 'gateway') subgraphTotal += ms;
      row[`${s} ms`] = Number(ms.toFixed(2));
    });
    row['subgraphs ms'] = Number(subgraphTotal.toFixed(2));
    row['SQL/req'] = Number(((sqlAfter - sqlBefore) / result.requests).toFixed(1));
    row['load 1m'] = `${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}`;
    rows.push(row);
    console.log(JSON.stringify(row));
    if (profile) {
      const files = await collectProfiles();
      for (const s of subgraphNames) {
        const summary = summariseProfile(files.get(s)!, top);
        printSummary(
          `${c.name} / ${s} (${result.requests} requests, ${(summary.busyMs / result.requests).toFixed(2)} ms sampled per request)`,
          summary,
        );
      }
      if (process.env['BENCH_KEEP_PROFILES']) {
        const keep = join(process.env['BENCH_KEEP_PROFILES'], c.name.replace(/[^a-z0-9]+/gi, '-'));
        mkdirSync(keep, { recursive: true });
        for (const [s, file] of files) execFileSync('cp', [file, join(keep, `${s}.cpuprofile`)]);
      }
    }
  }
  console.log(`\nCPU ms per request per process, ${connections} connections, ${seconds} s per case`);
  console.table(rows);
} finally {
  await stopEverything();
}
