import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFigure } from './figures.ts';
import { medianOfRounds, personCase, todaysCommit } from './today.ts';

/**
 * `pnpm bench:today`: issue 12's "at least 2x today's throughput on the same machine", measured in one run. The graph
 * as it was when the issue was filed (`todaysCommit`, checked out from this repository's history into a temporary
 * worktree and installed) is benchmarked by its own `bench/gateways.bench.ts` on the person with everything, then
 * this graph by the same bench, both from the TypeScript sources (the old bench knows no bundles), on the same
 * PostgreSQL server, one after the other. Records both throughputs (`figures.ts`) for `bench:all`'s verdict.
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

// Neither bench may record into bench:all's figures itself: the names would collide with the gateways bench's.
const benchEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: serverUrl,
    BENCH_CASES: 'person with everything (4 subgraphs)',
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
  const then = await run(process.execPath, ['--import', 'tsx', 'bench/gateways.bench.ts'], tree, benchEnv({}));
  const now = await run(
    process.execPath,
    ['--import', 'tsx', 'bench/gateways.bench.ts'],
    root,
    benchEnv({
      BENCH_RUNNER: 'source',
      BENCH_VARIANTS: 'this gateway',
      BENCH_DATABASE: `bench_all_gateways_${process.env['BENCH_SIZE'] ?? 'medium'}`,
    }),
  );
  const today = medianOfRounds(then, personCase, 'this gateway');
  const ours = medianOfRounds(now, personCase, 'this gateway');
  for (const [variant, figure] of [
    [`today's graph (${commit})`, today],
    ['this gateway, sources', ours],
  ] as const) {
    recordFigure({
      bench: 'today',
      name: `${personCase} / ${variant} / throughput`,
      value: figure.rps,
      unit: 'req/s',
      load: figure.load,
    });
  }
  console.log(
    `\n${personCase}: today's graph (${commit}) ${today.rps.toFixed(0)} req/s (load ${today.load}), this graph ${ours.rps.toFixed(0)} req/s (load ${ours.load}): ${(ours.rps / today.rps).toFixed(2)}x`,
  );
} finally {
  await run('git', ['worktree', 'remove', '--force', tree], root).catch(() => undefined);
  rmSync(join(tree, '..'), { recursive: true, force: true });
}
