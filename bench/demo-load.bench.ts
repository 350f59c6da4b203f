import { loadavg } from 'node:os';
import { generateRegion, loadRegion } from '@reg/demo-data';
import { createTestDatabase } from '@reg/testkit';
import { startGraph } from '../scripts/graph.ts';

/**
 * `pnpm bench:demo-load`: the demo region of BENCH_SIZE (default medium, 2,000 people) loaded into an empty
 * in-process graph through the gateway, as `pnpm start` does on first start, by the bulk path (BENCH_MODE=bulk,
 * the default) or one single mutation per step (BENCH_MODE=single). Prints the elapsed time of each
 * phase and in total with the load average. PGlite in memory by default; a PostgreSQL server with DATABASE_URL.
 */
const sizeName = process.env['BENCH_SIZE'] ?? 'medium';
const size = /^\d+$/.test(sizeName) ? Number(sizeName) : (sizeName as 'medium');
const mode = (process.env['BENCH_MODE'] ?? 'bulk') as 'bulk' | 'single';
const database = await createTestDatabase();
const graph = await startGraph({ location: database.location, quiet: true });
try {
  const dataset = generateRegion({ seed: 42, size });
  const before = loadavg()[0]!.toFixed(2);
  const cpuBefore = process.cpuUsage();
  const summary = await loadRegion(dataset, { gatewayUrl: graph.gatewayUrl, mode, log: (line) => console.log(line) });
  // The graph and the loader share this process: its CPU is the graph's work (a PostgreSQL server's is not counted).
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  console.log(
    `demo load (${sizeName}, ${mode}, ${database.driver}): ${(summary.elapsedMs / 1000).toFixed(1)} s, ${JSON.stringify(summary.counts)}; CPU ${cpuSeconds.toFixed(1)} s in this process (${Math.round(rows / cpuSeconds)} entities per CPU second); load average ${before} before, ${loadavg()[0]!.toFixed(2)} after`,
  );
} finally {
  await graph.close();
  await database.drop();
}
