import type { SupervisorOptions } from '../scripts/supervisor.ts';

/**
 * How the benches start this graph's own processes (BENCH_RUNNER): `source`, the TypeScript entries through tsx (the
 * default, nothing to build), or `dist`, the bundles of `pnpm build`, as production runs them. tsx's transform keeps
 * every function's name, so each closure the graph's code makes per request or per row also costs a `__name` call
 * that production never pays; the runtimes compared with this gateway are packages tsx does not transform.
 */
export function benchRunner(env: NodeJS.ProcessEnv = process.env): SupervisorOptions['runner'] {
  const runner = env['BENCH_RUNNER'] ?? 'source';
  if (runner !== 'source' && runner !== 'dist') throw new Error(`BENCH_RUNNER must be source or dist, not ${runner}`);
  return runner;
}
