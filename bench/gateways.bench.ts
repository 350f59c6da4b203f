import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { generateRegion, isRegionLoaded, loadRegion } from '@reg/demo-data';
import { subgraphNames, type SubgraphName } from '@reg/runtime';
import { createTestDatabase } from '@reg/testkit';
import postgres from 'postgres';
import { printSummary, summariseProfile } from './cpu-profile-summary.ts';
import { median, recordFigure } from './figures.ts';
import { cpuMs, statementsTotal } from './process-cpu.ts';
import { commandOf, startServices } from '../scripts/supervisor.ts';
import { exited, freePort } from '../test/support/processes.ts';
import { listPageQuery, milanOperatorToken, personQuery, readablePeople } from './queries.ts';
import { benchRunner } from './runner.ts';

/**
 * `pnpm bench:gateways`: this gateway against the bare Hive Gateway runtime, this gateway on the Rust query
 * planner, and `@apollo/gateway`, on the same supergraph and the same four subgraph processes; the load generator
 * (autocannon) in a process of its own. Every gateway and subgraph is its own Node process; the CPU time each
 * spends in a round is read from /proc/<pid>/stat before and after it. Rounds are interleaved (each round runs
 * every variant once, in a rotated order) and the median of the rounds is printed, with the 1-minute load average
 * and the SQL statements per request (the subgraphs' `db_statements_total`). bench/README.md tells how to read it.
 * BENCH_SIZE (demo region, default medium), BENCH_SECONDS (per run, default 10), BENCH_ROUNDS (default 3),
 * BENCH_CONNECTIONS (default 10), DATABASE_URL (a PostgreSQL server; else PGlite folders), BENCH_DATABASE (a database kept on that server, loaded once).
 * BENCH_CASES and BENCH_VARIANTS keep the cases and the gateway variants whose names contain one of the given
 * substrings (comma-separated). BENCH_BASELINE_GATEWAY: the entry of another copy of this gateway (e.g. a commit's
 * gateway/src checked out beside it), run as two more variants ("baseline gateway", JS and Rust planner) to compare
 * a change with what it replaces in the same run. BENCH_PROFILE=1: each gateway variant records a V8 CPU profile of
 * each of its measured runs (bench/profiling/profile-on-signal.mjs) and the bench prints it (BENCH_TOP lines);
 * BENCH_KEEP_PROFILES=<folder> keeps the files. BENCH_WARMUP_SECONDS (3): each variant first serves each case unmeasured.
 */
const size = (process.env['BENCH_SIZE'] ?? 'medium') as 'medium';
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const only = process.env['BENCH_CASES']?.split(',');
const onlyVariants = process.env['BENCH_VARIANTS']?.split(',');
const baselineGateway = process.env['BENCH_BASELINE_GATEWAY'];
const top = Number(process.env['BENCH_TOP'] ?? 20);
const warmUp = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 3);
const root = join(import.meta.dirname, '..');
const profileDir =
  process.env['BENCH_PROFILE'] === '1' ? mkdtempSync(join(tmpdir(), 'bench-gateways-profiles-')) : null;

// Throughput, not the per-organisation rate limits, is what is measured; logs would cost CPU of their own.
const serviceEnv: Record<string, string> = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
  LOG_LEVEL: 'error',
};

async function readyGraphQL(url: string, token: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} at ${url} did not answer within 600 s`);
}

function spawnVariant(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const profiling: Record<string, string> = profileDir
    ? {
        BENCH_PROFILE_DIR: profileDir,
        NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${join(root, 'bench/profiling/profile-on-signal.mjs')}`,
      }
    : {};
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...serviceEnv, ...profiling, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  return child;
}

interface Variant {
  name: string;
  url: string;
  pid: number;
}

interface Case {
  name: string;
  query: string;
  variables: Array<Record<string, unknown> | null>;
  /** Straight to the people subgraph instead of through a gateway. */
  direct?: boolean;
}

interface Run {
  rps: number;
  p50: number;
  /** CPU ms per request of each process (gateway, then the subgraphs), and the load generator's. */
  cpu: Record<string, number>;
  sql: number;
  load: number;
}

// --- the graph: four subgraphs in their own processes, and this gateway -------------------------------------
/**
 * BENCH_DATABASE: a database of that name on DATABASE_URL's server, kept after the run and loaded only if it is
 * empty (loading the medium region takes minutes on a busy machine), e.g. `bench_subgraphs_medium`, the one
 * `pnpm bench:subgraphs` keeps. Without it, a fresh database dropped at the end.
 */
async function keptDatabase(serverUrl: string, name: string) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { location: url.toString(), driver: 'postgres' as const, drop: async () => {} };
}
const database = process.env['DATABASE_URL']
  ? process.env['BENCH_DATABASE']
    ? await keptDatabase(process.env['DATABASE_URL'], process.env['BENCH_DATABASE'])
    : await createTestDatabase()
  : { location: mkdtempSync(join(tmpdir(), 'bench-gateways-')), driver: 'pglite' as const, drop: async () => {} };
const databaseEnv: Record<string, string> =
  database.driver === 'postgres' ? { DATABASE_URL: database.location } : { DATA_DIR: database.location };
const ports = Object.fromEntries(
  await Promise.all(['gateway', ...subgraphNames].map(async (n) => [n, await freePort()] as const)),
);
console.log(`starting the four subgraphs and this gateway (${database.driver}, ${benchRunner()})...`);
const services = await startServices({
  runner: benchRunner(),
  ports,
  env: { ...databaseEnv, ...serviceEnv },
  // PGlite migrates each subgraph on start: on a busy machine that takes minutes.
  readyTimeoutMs: 600_000,
  output: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
});
// A port handed out by freePort can be taken by another program before the child binds it; the supervisor's
// readiness check would then have been answered by that program. Each subgraph must still be running.
for (const s of subgraphNames)
  if (services.child(s).exitCode !== null) {
    await services.stopAll();
    throw new Error(`${s} did not start (its port was taken meanwhile): run the benchmark again`);
  }
const extra: ChildProcess[] = [];
const stopEverything = async () => {
  for (const child of extra) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(extra.map(exited));
  await services.stopAll();
  if (database.driver === 'postgres') await database.drop();
  else rmSync(database.location, { recursive: true, force: true });
};
process.on('SIGINT', () => void stopEverything().then(() => process.exit(130)));

try {
  if (!(await isRegionLoaded(services.gatewayUrl))) {
    const started = performance.now();
    console.log(`loading the demo region (seed 7, ${size}) through this gateway...`);
    await loadRegion(generateRegion({ seed: 7, size }), { gatewayUrl: services.gatewayUrl });
    console.log(`loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const token = await milanOperatorToken(services.gatewayUrl);

  // The people this caller may read, and the cursors of the pages of 100: the varied variables.
  const { ids, cursors } = await readablePeople(services.gatewayUrl, token);
  console.log(`${ids.length} people readable by the caller, ${cursors.length} pages of 100`);
  const people = ids.map((id) => ({ id }));
  const familyName = 'query ($id: ID!) { person(id: $id) { familyName } }';
  const cases: Case[] = [
    { name: 'person with everything (4 subgraphs), varied', query: personQuery, variables: people },
    {
      name: 'people(first: 100) nested from 4 subgraphs, varied pages',
      query: listPageQuery,
      variables: cursors.map((after) => ({ after })),
    },
    { name: 'person(id) { familyName } (people only), varied', query: familyName, variables: people },
    { name: 'person(id) { familyName }, people subgraph direct', query: familyName, variables: people, direct: true },
    {
      name: 'person with everything, identical',
      query: personQuery,
      variables: [people[0]!],
    },
  ].filter((c) => !only || only.some((o) => c.name.includes(o)));

  // --- the gateway variants, each in its own process, all on the same subgraphs ------------------------------
  const subgraphUrlEnv = Object.fromEntries(
    subgraphNames.map((s) => [`${s.toUpperCase()}_URL`, services.subgraphUrls[s]]),
  );
  const wanted = (name: string) => !onlyVariants || onlyVariants.some((o) => name.includes(o));
  // The gateway the supervisor started loads the region; when profiled, the measured one is a process of its own.
  const variants: Variant[] =
    wanted('this gateway') && !profileDir
      ? [{ name: 'this gateway', url: services.gatewayUrl, pid: services.child('gateway').pid! }]
      : [];
  const bare = ['--import', 'tsx', join(root, 'bench/gateways/bare-hive.ts')];
  const more: Array<{ name: string; args: string[]; env: Record<string, string>; path: string }> = [
    ...(profileDir
      ? [{ name: 'this gateway', args: commandOf('gateway', benchRunner()), env: {}, path: '/graphql' }]
      : []),
    { name: 'bare Hive runtime', args: bare, env: { QUERY_PLANNER: 'js' }, path: '/graphql' },
    {
      name: 'this gateway, JS planner',
      args: commandOf('gateway', benchRunner()),
      env: { QUERY_PLANNER: 'js' },
      path: '/graphql',
    },
    { name: 'bare Hive runtime, Rust planner', args: bare, env: { QUERY_PLANNER: 'rust' }, path: '/graphql' },
    ...(baselineGateway
      ? (['js', 'rust'] as const).map((planner) => ({
          name: `baseline gateway${planner === 'rust' ? ', Rust planner' : ''}`,
          // A bundle (a copy of dist/) runs as production runs it; a TypeScript entry through tsx.
          args: baselineGateway.endsWith('.mjs') ? [baselineGateway] : ['--import', 'tsx', baselineGateway],
          env: { QUERY_PLANNER: planner },
          path: '/graphql',
        }))
      : []),
    {
      name: '@apollo/gateway',
      args: ['--import', 'tsx', join(root, 'bench/gateways/apollo-gateway.ts')],
      env: {},
      path: '/',
    },
  ];
  for (const v of more.filter((m) => wanted(m.name))) {
    const port = await freePort();
    const child = spawnVariant(v.name, v.args, { ...subgraphUrlEnv, ...v.env, PORT: String(port), HOST: '127.0.0.1' });
    extra.push(child);
    const url = `http://127.0.0.1:${port}${v.path}`;
    await readyGraphQL(url, token, child, v.name);
    variants.push({ name: v.name, url, pid: child.pid! });
  }
  const processes: Array<[string, number]> = subgraphNames.map((s: SubgraphName) => [s, services.child(s).pid!]);
  const direct: Variant = {
    name: 'people subgraph direct',
    url: services.subgraphUrls.people,
    pid: services.child('people').pid!,
  };

  // Every variant must give the same answer to the same request before any is timed.
  async function answer(url: string, c: Case, variables: Record<string, unknown> | null): Promise<unknown> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(variables ? { query: c.query, variables } : { query: c.query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`${url} ${c.name}: ${response.status} ${JSON.stringify(body)}`);
    return body.data;
  }
  for (const c of cases) {
    const targets = c.direct ? [direct] : variants;
    const expected = await answer(targets[0]!.url, c, c.variables[0]!);
    for (const v of targets.slice(1))
      if (!isDeepStrictEqual(await answer(v.url, c, c.variables[0]!), expected))
        console.warn(`warning: ${v.name} answers "${c.name}" differently from ${targets[0]!.name}`);
  }

  const statements = () => statementsTotal(subgraphNames.map((s) => services.subgraphUrls[s]));

  async function run(v: Variant, c: Case, duration = seconds, measured = true): Promise<Run> {
    const watched: Array<[string, number]> = c.direct ? [['people', v.pid]] : [['gateway', v.pid], ...processes];
    const job = JSON.stringify({
      url: v.url,
      token,
      query: c.query,
      variables: c.variables,
      connections,
      seconds: duration,
    });
    const sqlBefore = await statements();
    const before = watched.map(([, pid]) => cpuMs(pid));
    const generator = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench/gateways/load-generator.ts'), job],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    generator.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    if (profileDir && !c.direct && measured) process.kill(v.pid, 'SIGUSR2');
    let generatorCpu = 0;
    const sampler = setInterval(() => {
      try {
        generatorCpu = cpuMs(generator.pid!);
      } catch {
        // already gone
      }
    }, 200);
    await exited(generator);
    clearInterval(sampler);
    const after = watched.map(([, pid]) => cpuMs(pid));
    const load = loadavg()[0]!;
    if (profileDir && !c.direct && measured) process.kill(v.pid, 'SIGUSR2');
    const sqlAfter = await statements();
    const result = JSON.parse(output) as { requests: number; rps: number; p50: number; non2xx: number; errors: number };
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${v.name} ${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    const cpu: Record<string, number> = {};
    watched.forEach(([name], i) => (cpu[name] = (after[i]! - before[i]!) / result.requests));
    if (profileDir && !c.direct && measured) await printProfile(v, c, result.requests, cpu['gateway']!);
    cpu['load generator'] = generatorCpu / result.requests;
    return { rps: result.rps, p50: result.p50, cpu, sql: (sqlAfter - sqlBefore) / result.requests, load };
  }

  const profiled = new Map<number, number>();
  /** The gateway's profile of the run just measured, written by profile-on-signal.mjs on the second signal. */
  async function printProfile(v: Variant, c: Case, requests: number, gatewayMs: number) {
    const n = (profiled.get(v.pid) ?? 0) + 1;
    profiled.set(v.pid, n);
    const file = join(profileDir!, `${v.pid}-${n}.cpuprofile`);
    const deadline = Date.now() + 60_000;
    while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const summary = summariseProfile(file, top);
    printSummary(
      `${c.name} / ${v.name} (${requests} requests, ${gatewayMs.toFixed(2)} ms CPU per request, ${(summary.busyMs / requests).toFixed(2)} ms sampled)`,
      summary,
    );
    if (process.env['BENCH_KEEP_PROFILES']) {
      const keep = process.env['BENCH_KEEP_PROFILES'];
      mkdirSync(keep, { recursive: true });
      const name = `${c.name}-${v.name}-${n}`.replace(/[^a-z0-9]+/gi, '-');
      execFileSync('cp', [file, join(keep, `${name}.cpuprofile`)]);
    }
  }

  const rows: Array<Record<string, string | number>> = [];
  const summaryRows: Array<Record<string, string | number>> = [];
  console.log(
    `\n${cpus().length} cores (${cpus()[0]?.model}), ${connections} connections, ${seconds} s per run, ${rounds} interleaved rounds, median shown`,
  );
  for (const c of cases) {
    const targets = c.direct ? [direct] : variants;
    const runs = new Map<string, Run[]>(targets.map((v) => [v.name, []]));
    // A process just started runs its first thousand requests several times slower (JIT, caches): warmed unmeasured.
    if (warmUp > 0) for (const v of targets) await run(v, c, warmUp, false);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < targets.length; k++) {
        const v = targets[(k + round) % targets.length]!;
        const result = await run(v, c);
        runs.get(v.name)!.push(result);
        const total = Object.entries(result.cpu)
          .filter(([n]) => n !== 'load generator')
          .reduce((sum, [, ms]) => sum + ms, 0);
        console.log(
          `  round ${round + 1} ${c.name} / ${v.name}: ${Math.round(result.rps)} req/s, ${total.toFixed(2)} ms CPU/req, load ${result.load.toFixed(2)}`,
        );
      }
    }
    const summaryRow: Record<string, string | number> = { case: c.name };
    for (const v of targets) {
      const list = runs.get(v.name)!;
      const cpuOf = (name: string) => median(list.map((r) => r.cpu[name] ?? 0));
      const names = Object.keys(list[0]!.cpu).filter((n) => n !== 'load generator');
      const total = median(list.map((r) => names.reduce((sum, n) => sum + (r.cpu[n] ?? 0), 0)));
      const row: Record<string, string | number> = {
        case: c.name,
        variant: v.name,
        'req/s': Math.round(median(list.map((r) => r.rps))),
        'p50 ms': median(list.map((r) => r.p50)),
        'CPU ms/req total': Number(total.toFixed(2)),
      };
      for (const n of names) row[`${n} ms`] = Number(cpuOf(n).toFixed(2));
      row['autocannon ms'] = Number(cpuOf('load generator').toFixed(2));
      row['SQL/req'] = Number(median(list.map((r) => r.sql)).toFixed(1));
      row['load 1m'] =
        `${Math.min(...list.map((r) => r.load)).toFixed(1)}-${Math.max(...list.map((r) => r.load)).toFixed(1)}`;
      rows.push(row);
      summaryRow[v.name] = `${row['req/s']} req/s, ${row['CPU ms/req total']} ms`;
      const load = String(row['load 1m']);
      const figure = (name: string, value: number, unit: string) =>
        recordFigure({ bench: 'gateways', name: `${c.name} / ${v.name} / ${name}`, value, unit, load });
      figure('throughput', Number(row['req/s']), 'req/s');
      figure('CPU per request, total', total, 'ms');
      // Each round too: the rounds pair the variants in time, and the targets that compare two gateways are judged
      // round by round (targets.ts).
      list.forEach((r, i) => {
        figure(`throughput, round ${i + 1}`, r.rps, 'req/s');
        figure(
          `CPU per request, total, round ${i + 1}`,
          names.reduce((sum, n) => sum + (r.cpu[n] ?? 0), 0),
          'ms',
        );
      });
      if (!c.direct) figure('CPU per request, gateway', cpuOf('gateway'), 'ms');
      figure('SQL statements per request', median(list.map((r) => r.sql)), 'statements');
    }
    summaryRows.push(summaryRow);
  }
  console.log('\nper process (median of the rounds; CPU ms per request; load = 1-minute load average range)');
  console.table(rows);
  console.log('\nside by side (req/s, total CPU ms per request over the gateway and the four subgraphs)');
  console.table(summaryRows);
} finally {
  await stopEverything();
}
