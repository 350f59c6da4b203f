import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@reg/testkit';
import { startServices, type ServiceName } from '../scripts/supervisor.ts';
import { exited, freePort, waitForReady } from '../test/support/processes.ts';
import { loadBenchRegion, measure, type Throughput } from './queries.ts';

/**
 * `pnpm bench:layouts`: the queries of `pnpm bench` (baseline, Person across 4 subgraphs, people(first: 100))
 * against the two layouts in one run, one after the other: (a) the whole graph in one child process
 * (startGraph), (b) the gateway and each subgraph in its own process (the supervisor of `pnpm start:services`,
 * TypeScript sources). autocannon runs in this process, which is neither. Each layout gets its own database
 * (a temporary PGlite folder, or a fresh database on DATABASE_URL's server) and the same demo region (seed 7,
 * small) loaded through its gateway. Prints req/s, p50, p99 and the ratio to the same layout's baseline, with the
 * 1-minute load average when each figure was taken: on a shared machine the figures mean little without it.
 * BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
 */
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const root = join(import.meta.dirname, '..');
// The benchmark measures throughput, not the per-organisation rate limits of the gateway and the subgraphs.
const serviceEnv = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
  LOG_LEVEL: 'error',
};

interface Layout {
  gatewayUrl: string;
  stop(): Promise<void>;
}

interface Figure extends Throughput {
  load: number;
}

/** A database of its own for one layout: a fresh one on DATABASE_URL's server, else a temporary PGlite folder. */
async function databaseFor(layout: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (process.env['DATABASE_URL']) {
    const database = await createTestDatabase();
    return { env: { DATABASE_URL: database.location }, drop: database.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${layout}-`));
  return { env: { DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function singleProcess(databaseEnv: Record<string, string>): Promise<Layout> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/single-process.ts')], {
    cwd: root,
    env: { ...process.env, ...databaseEnv, ...serviceEnv, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
  };
  try {
    await waitForReady(`http://127.0.0.1:${port}`, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${port}/graphql`, stop };
}

async function separateProcesses(databaseEnv: Record<string, string>): Promise<Layout> {
  const names: ServiceName[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  const services = await startServices({
    runner: 'source',
    ports,
    env: { ...databaseEnv, ...serviceEnv },
    output: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
  });
  return { gatewayUrl: services.gatewayUrl, stop: services.stopAll };
}

async function run(name: string, start: (env: Record<string, string>) => Promise<Layout>): Promise<Figure[]> {
  const database = await databaseFor(name);
  try {
    console.log(`${name}: starting...`);
    const layout = await start(database.env);
    try {
      console.log(`${name}: loading the demo region (seed 7, small) through its gateway...`);
      const { token, cases } = await loadBenchRegion(layout.gatewayUrl);
      const figures: Figure[] = [];
      for (const c of cases) {
        const figure = await measure(layout.gatewayUrl, token, c, { connections, seconds });
        figures.push({ ...figure, load: loadavg()[0]! });
        console.log(`${name}: ${c.name}: ${Math.round(figure.rps)} req/s`);
      }
      return figures;
    } finally {
      await layout.stop();
    }
  } finally {
    await database.drop();
  }
}

const caseNames = ['baseline: serviceStandards', 'Person across 4 subgraphs', 'people(first: 100)'];
const layouts = {
  'single process': await run('single process', singleProcess),
  'separate processes': await run('separate processes', separateProcesses),
};

const load = (figure: Figure) => figure.load.toFixed(2);
for (const [name, figures] of Object.entries(layouts)) {
  console.log(`\n${name} (autocannon in the bench process, ${connections} connections, ${seconds} s per case)`);
  console.table(
    figures.map((f, i) => ({
      case: caseNames[i],
      'req/s': Math.round(f.rps),
      'p50 ms': f.p50,
      'p99 ms': f.p99,
      'vs baseline': `${(f.rps / figures[0]!.rps).toFixed(2)}x`,
      'load 1m': load(f),
    })),
  );
}
const single = layouts['single process'];
const separate = layouts['separate processes'];
console.log('\nside by side (req/s, p50/p99 ms, load average when measured)');
console.table(
  caseNames.map((name, i) => ({
    case: name,
    'single req/s': Math.round(single[i]!.rps),
    'separate req/s': Math.round(separate[i]!.rps),
    'separate/single': `${(separate[i]!.rps / single[i]!.rps).toFixed(2)}x`,
    'single p50/p99': `${single[i]!.p50}/${single[i]!.p99}`,
    'separate p50/p99': `${separate[i]!.p50}/${separate[i]!.p99}`,
    'single vs baseline': `${(single[i]!.rps / single[0]!.rps).toFixed(2)}x`,
    'separate vs baseline': `${(separate[i]!.rps / separate[0]!.rps).toFixed(2)}x`,
    'load single/separate': `${load(single[i]!)}/${load(separate[i]!)}`,
  })),
);
