import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRegion, loadRegion } from '@reg/demo-data';
import { createTestDatabase } from '@reg/testkit';
import { startGraph } from '../scripts/graph.ts';
import { startServices, type ServiceName } from '../scripts/supervisor.ts';
import { freePort } from '../test/support/processes.ts';
import { recordFigure } from './figures.ts';
import { cpuMs } from './process-cpu.ts';
import { benchRunner } from './runner.ts';

/**
 * `pnpm bench:demo-load`: the demo region of BENCH_SIZE (default medium, 2,000 people) loaded into an empty graph
 * through the gateway, as `pnpm start` does on first start, by the bulk path (BENCH_MODE=bulk, the default) or one
 * single mutation per step (BENCH_MODE=single). Prints the elapsed time of each phase and in total with the load
 * average and the CPU seconds spent. BENCH_LAYOUT=single-process (default): the graph in this process, PGlite in
 * memory or a fresh database on DATABASE_URL; BENCH_LAYOUT=separate: the gateway and each subgraph in its own
 * process (the supervisor of `pnpm start:services`, TypeScript sources), the loader in this one, with each process's
 * CPU seconds (PGlite folders, or a fresh database on DATABASE_URL).
 */
const sizeName = process.env['BENCH_SIZE'] ?? 'medium';
const size = /^\d+$/.test(sizeName) ? Number(sizeName) : (sizeName as 'medium');
const mode = (process.env['BENCH_MODE'] ?? 'bulk') as 'bulk' | 'single';
const layout = (process.env['BENCH_LAYOUT'] ?? 'single-process') as 'single-process' | 'separate';
const names: ServiceName[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];

/** The graph of the chosen layout: its gateway, the CPU seconds of its processes so far, and how to stop it. */
async function graphOf() {
  if (layout === 'single-process') {
    const database = await createTestDatabase();
    const graph = await startGraph({ location: database.location, quiet: true });
    return {
      gatewayUrl: graph.gatewayUrl,
      driver: database.driver,
      cpu: () => null,
      close: async () => {
        await graph.close();
        await database.drop();
      },
    };
  }
  const server = process.env['DATABASE_URL'] ? await createTestDatabase() : null;
  const dataDir = server ? null : mkdtempSync(join(tmpdir(), 'bench-demo-load-'));
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  const services = await startServices({
    runner: benchRunner(),
    ports,
    readyTimeoutMs: 600_000,
    env: {
      ...(server ? { DATABASE_URL: server.location } : { DATA_DIR: dataDir! }),
      // The bench measures the load, not the per-organisation rate limits.
      RATE_LIMIT_PER_MINUTE: '100000000',
      SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
      LOG_LEVEL: 'error',
    },
    output: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
  });
  return {
    gatewayUrl: services.gatewayUrl,
    driver: server ? 'postgres' : 'pglite',
    cpu: () => Object.fromEntries(names.map((n) => [n, cpuMs(services.child(n).pid!) / 1000])),
    close: async () => {
      await services.stopAll();
      await server?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const graph = await graphOf();
try {
  const dataset = generateRegion({ seed: 42, size });
  const before = loadavg()[0]!.toFixed(2);
  const cpuBefore = process.cpuUsage();
  const servicesBefore = graph.cpu();
  const summary = await loadRegion(dataset, {
    gatewayUrl: graph.gatewayUrl,
    mode,
    log: (line) => console.log(line),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const servicesAfter = graph.cpu();
  const perService =
    servicesBefore && servicesAfter ? names.map((n) => [n, servicesAfter[n]! - servicesBefore[n]!] as const) : null;
  const graphSeconds = perService ? perService.reduce((a, [, s]) => a + s, 0) : cpuSeconds;
  const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  // Single process: the graph and the loader share this process, its CPU is the graph's work. Separate: each
  // service's own. A PostgreSQL server's CPU is not counted in either.
  const cpuLine = perService
    ? `CPU s ${perService.map(([n, s]) => `${n} ${s.toFixed(1)}`).join(', ')}; graph ${graphSeconds.toFixed(1)} s (${Math.round(rows / graphSeconds)} entities per CPU second); loader ${cpuSeconds.toFixed(1)} s`
    : `CPU ${cpuSeconds.toFixed(1)} s in this process (${Math.round(rows / cpuSeconds)} entities per CPU second)`;
  recordFigure({
    bench: 'demo-load',
    name: `${sizeName} region, ${mode}, ${layout}, ${graph.driver} / time`,
    value: summary.elapsedMs / 1000,
    unit: 's',
    load: `${before}-${loadavg()[0]!.toFixed(2)}`,
  });
  console.log(
    `demo load (${sizeName}, ${mode}, ${layout}, ${graph.driver}): ${(summary.elapsedMs / 1000).toFixed(1)} s, ${JSON.stringify(summary.counts)}; ${cpuLine}; load average ${before} before, ${loadavg()[0]!.toFixed(2)} after`,
  );
} finally {
  await graph.close();
}
