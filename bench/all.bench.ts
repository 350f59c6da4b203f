import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figures.ts';
import { exited } from '../test/support/processes.ts';
import { benchRunner } from './runner.ts';
import { verdicts } from './targets.ts';

/**
 * `pnpm bench:all`: every benchmark issue 12's targets are read from, one after the other, each in its own process
 * (which starts its own gateway and subgraph processes and its own load generator), then one table of the figures
 * against the targets, each with the load average it was measured at. DATABASE_URL (a PostgreSQL server) is
 * required: the targets are set on the server, and the import is also run on PGlite.
 * BENCH_ONLY=gateways,today,import,indicators,demo-load runs a part. Each benchmark's own settings pass through
 * (BENCH_SECONDS, BENCH_ROUNDS, BENCH_DELIVERIES, ...); the defaults here keep the whole run near 20 minutes.
 */
const serverUrl = process.env['DATABASE_URL'];
if (!serverUrl) {
  console.error('bench:all needs DATABASE_URL=postgres://... (a PostgreSQL server; the targets are set on one)');
  process.exit(2);
}
const only = process.env['BENCH_ONLY']?.split(',');
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bench-all-'));
const figuresFile = join(dir, 'figures.jsonl');
// The graph's own processes run as production runs them, from the bundles (bench/runner.ts), unless told otherwise.
const runner = benchRunner({ BENCH_RUNNER: 'dist', ...process.env });

const parts: Array<{ part: string; file: string; env: Record<string, string> }> = [
  {
    part: 'gateways',
    file: 'gateways.bench.ts',
    // The region is loaded once into a kept database and reused by the next runs.
    env: {
      BENCH_SECONDS: '5',
      BENCH_ROUNDS: '3',
      BENCH_DATABASE: `bench_all_gateways_${process.env['BENCH_SIZE'] ?? 'medium'}`,
      DATABASE_URL: serverUrl,
    },
  },
  // The graph and this one on the person, from the sources, one after the other (2x today's throughput).
  { part: 'today', file: 'today.bench.ts', env: { DATABASE_URL: serverUrl } },
  { part: 'import', file: 'import-deliveries.bench.ts', env: { DATABASE_URL: serverUrl } },
  { part: 'import', file: 'import-deliveries.bench.ts', env: { DATABASE_URL: '' } },
  { part: 'indicators', file: 'indicators.bench.ts', env: { DATABASE_URL: serverUrl } },
  { part: 'demo-load', file: 'demo-load.bench.ts', env: { BENCH_LAYOUT: 'separate', DATABASE_URL: serverUrl } },
];

console.log(
  `${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
try {
  if (runner === 'dist') {
    console.log('pnpm build (the bundles the benchmarks run; BENCH_RUNNER=source runs the sources instead)...');
    const build = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], {
      cwd: root,
      stdio: 'inherit',
    });
    await exited(build);
    if (build.exitCode !== 0) throw new Error(`pnpm build exited with code ${build.exitCode ?? build.signalCode}`);
  }
  for (const p of parts.filter((p) => !only || only.includes(p.part))) {
    console.log(`\n== ${p.file} ${p.env['DATABASE_URL'] ? '(PostgreSQL server)' : '(PGlite)'} ==`);
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_FIGURES_FILE: figuresFile, BENCH_RUNNER: runner };
    // A benchmark's own setting given to bench:all wins over the defaults above.
    for (const [key, value] of Object.entries(p.env))
      if (key === 'DATABASE_URL' || process.env[key] === undefined) env[key] = value;
    if (env['DATABASE_URL'] === '') delete env['DATABASE_URL'];
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', p.file)], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    await exited(child);
    if (child.exitCode !== 0) throw new Error(`${p.file} exited with code ${child.exitCode ?? child.signalCode}`);
  }
  const figures = readFileSync(figuresFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure);
  console.log('\nfigures (load = 1-minute load average while measured)');
  // The gateways' figures of each round are judged (targets.ts), not listed: the table shows their medians.
  console.table(
    figures
      .filter((f) => !/, round \d+$/.test(f.name))
      .map((f) => ({
        bench: f.bench,
        figure: f.name,
        value: Number(f.value.toFixed(f.value < 10 ? 2 : 0)),
        unit: f.unit,
        load: f.load,
      })),
  );
  console.log("\nissue 12's targets");
  console.table(verdicts(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
