import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFigure } from './figures.ts';
import { cpuTargets, medianOfRounds, personCase, todaysCommit } from './today.ts';

/**
 * `pnpm bench:today`: issue 12's "at least 2x today's throughput on the same machine", measured in one run. The graph
 * as it was when the issue was filed (`todaysCommit`, checked out from this repository's history into a temporary
 * worktree and installed) is benchmarked by its own `bench/gateways.bench.ts` on the three varied cases of the issue,
 * then this graph by the same bench, both from their bundles (`pnpm build` in each tree, as production runs them), on
 * the same PostgreSQL server, one after the other. Records both throughputs and CPU per request (`figures.ts`) for
 * `bench:all`'s verdicts: 2x today's throughput, and the CPU targets as the same share of what today's graph spends
 * on this machine as of what it spent on the issue's.
 * DATABASE_URL (required), BENCH_SECONDS (default 5), BENCH_ROUNDS (default 3), BENCH_TODAY_COMMIT (default the
 * issue's). Needs the git history (a full clone) and the package store or the registry for the old install.
 */
const serverUrl = process.env['DATABASE_URL'];
if (!serverUrl) {
  console.error('bench:today needs DATABASE_URL=postgres://... (a PostgreSQL server)');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const commit = process.env['BENCH_TODAY_COMMIT'] ?? todaysCommit;
const seconds = process.env['BENCH_SECONDS'] ?? '5';
const rounds = process.env['BENCH_ROUNDS'] ?? '3';
const tree = join(mkdtempSync(join(tmpdir(), 'bench-today-')), 'graph');

/** Runs a command, echoing its output, and returns what it printed on stdout. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/**
 * The bench, with two changes: it runs its graph from its bundles (it knew only the sources, which pay tsx's
 * per-closure cost that production does not), and it starts only its own gateway (the gateways part measures the
 * others today, and its `@apollo/gateway` refuses that supergraph's security features with the installed release).
 */
function onlyItsOwnGateway(file: string): void {
  let source = readFileSync(file, 'utf8');
  for (const [from, to] of [
    ['  for (const v of more) {', '  for (const v of more.filter(() => false)) {'],
    ["  runner: 'source',", "  runner: 'dist',"],
  ] as const) {
    if (!source.includes(from)) throw new Error(`${file}: "${from.trim()}" was not found`);
    source = source.replace(from, to);
  }
  writeFileSync(file, source);
}

// Neither bench may record into bench:all's figures itself: the names would collide with the gateways bench's.
const benchEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: serverUrl,
    BENCH_CASES: 'person with everything (4 subgraphs),people(first: 100),familyName } (people only)',
    BENCH_SECONDS: seconds,
    BENCH_ROUNDS: rounds,
    ...extra,
  };
  delete env['BENCH_FIGURES_FILE'];
  return env;
};

try {
  console.log(`today's graph: ${commit}, checked out into ${tree}`);
  await run('git', ['worktree', 'add', '--detach', tree, commit], root);
  await run('npx', ['-y', 'pnpm@10.34.8', 'install', '--frozen-lockfile', '--prefer-offline'], tree);
  onlyItsOwnGateway(join(tree, 'bench/gateways.bench.ts'));
  for (const dir of [tree, root]) await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], dir);
  const then = await run(process.execPath, ['--import', 'tsx', 'bench/gateways.bench.ts'], tree, benchEnv({}));
  const now = await run(
    process.execPath,
    ['--import', 'tsx', 'bench/gateways.bench.ts'],
    root,
    benchEnv({
      BENCH_RUNNER: 'dist',
      BENCH_VARIANTS: 'this gateway',
      BENCH_DATABASE: `bench_all_gateways_${process.env['BENCH_SIZE'] ?? 'medium'}`,
    }),
  );
  console.log(`\ntoday's graph (${commit}) and this one, from their bundles, median of ${rounds} rounds`);
  for (const { case: name } of cpuTargets) {
    const today = medianOfRounds(then, name, 'this gateway');
    const ours = medianOfRounds(now, name, 'this gateway');
    for (const [variant, figure] of [
      [`today's graph (${commit})`, today],
      ['this graph', ours],
    ] as const) {
      recordFigure({
        bench: 'today',
        name: `${name} / ${variant} / throughput`,
        value: figure.rps,
        unit: 'req/s',
        load: figure.load,
      });
      recordFigure({
        bench: 'today',
        name: `${name} / ${variant} / CPU per request, total`,
        value: figure.cpu,
        unit: 'ms',
        load: figure.load,
      });
    }
    console.log(
      `${name}: today's ${today.rps.toFixed(0)} req/s, ${today.cpu.toFixed(2)} ms CPU (load ${today.load}); this graph ${ours.rps.toFixed(0)} req/s, ${ours.cpu.toFixed(2)} ms CPU (load ${ours.load}): ${(ours.rps / today.rps).toFixed(2)}x the throughput${name === personCase ? ' (target 2x)' : ''}`,
    );
  }
} finally {
  await run('git', ['worktree', 'remove', '--force', tree], root).catch(() => undefined);
  rmSync(join(tree, '..'), { recursive: true, force: true });
  // Whatever stopped the run, the repository keeps no record of the temporary tree.
  await run('git', ['worktree', 'prune'], root).catch(() => undefined);
}
