import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { createTestDatabase } from '@reg/testkit';
import { printSummary, summariseProfile } from './cpu-profile-summary.ts';
import { recordFigure } from './figures.ts';
import { backendsCpuMsSince, cpuMs, databaseBackendsCpuMs } from './process-cpu.ts';
import { DEFAULT_BATCH_SIZE, importDeliveries } from '../scripts/delivery-import/import-deliveries.ts';
import { startServices, type ServiceName } from '../scripts/supervisor.ts';
import { writeDeliveryCsv, type CsvPerson } from '../test/support/delivery-csv.ts';
import { freePort } from '../test/support/processes.ts';
import { seedJourney } from '../test/support/fixtures.ts';
import { benchRunner } from './runner.ts';

/**
 * `pnpm bench:import`: a generated CSV export of BENCH_ROWS deliveries (default 10,000) imported through the
 * gateway as `pnpm import:deliveries` does, in batches of BENCH_BATCH (default DEFAULT_BATCH_SIZE). The gateway
 * and each subgraph run in their own process (the supervisor of `pnpm start:services`, TypeScript sources); the
 * importer runs in this process, which is none of them. Prints rows/s for the first run and for a retry of the
 * same file (every row a DUPLICATE), each with the load average when it ended: on a shared machine a figure
 * means little without it. PGlite in a temporary folder by default; on a PostgreSQL server with DATABASE_URL (a
 * fresh database, dropped afterwards). With each figure: the CPU seconds each service process spent on the run
 * (from /proc, so Linux only), which a busy machine stretches far less than the wall time, and the rows per CPU
 * second of the whole graph, and CPU ms per row of each process, of the PostgreSQL server's backends serving the
 * run's database (when the server runs on this machine) and of the importer. BENCH_PROFILE=1: each service process
 * records a V8 CPU profile of the first run (bench/profiling/profile-on-signal.mjs) and the bench prints each one's
 * self time by file and by function (BENCH_TOP lines, 20); BENCH_KEEP_PROFILES=<folder> keeps the profiles.
 */
const rows = Number(process.env['BENCH_ROWS'] ?? 10_000);
const batchSize = Number(process.env['BENCH_BATCH'] ?? DEFAULT_BATCH_SIZE);
const profileDir = process.env['BENCH_PROFILE'] === '1' ? mkdtempSync(join(tmpdir(), 'bench-import-profiles-')) : null;
const top = Number(process.env['BENCH_TOP'] ?? 20);
const root = join(import.meta.dirname, '..');
// The benchmark measures throughput, not the per-organisation rate limits of the gateway and the subgraphs.
const serviceEnv = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
  LOG_LEVEL: 'error',
};

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const server = process.env['DATABASE_URL'] ? await createTestDatabase() : null;
const dataDir = server ? null : mkdtempSync(join(tmpdir(), 'bench-import-data-'));
const databaseEnv: Record<string, string> = server ? { DATABASE_URL: server.location } : { DATA_DIR: dataDir! };
const names: ServiceName[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];
const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
const services = await startServices({
  runner: benchRunner(),
  ports,
  // Four PGlite databases migrating at once on a busy machine can take minutes.
  readyTimeoutMs: 600_000,
  env: {
    ...databaseEnv,
    ...serviceEnv,
    ...(profileDir
      ? {
          BENCH_PROFILE_DIR: profileDir,
          NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${join(root, 'bench/profiling/profile-on-signal.mjs')}`,
        }
      : {}),
  },
  output: (service, line) => process.stderr.write(`[${service}] ${line}\n`),
});
const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
  const world = await seedJourney(services.gatewayUrl);
  const people: CsvPerson[] = [{ id: world.personId, fiscalCode: world.personInput.fiscalCode }];
  for (let i = 0; i < 49; i++) {
    const familyName = `Bench${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
    const birthDate = `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`;
    const fiscalCode = encodePersonFiscalCode({
      givenName: 'Anna',
      familyName,
      birthDate,
      sex: 'F',
      birthPlaceCode: 'F205',
    });
    const { registerPerson } = await world.must(
      world.cpi,
      'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      {
        input: {
          fiscalCode,
          givenName: 'Anna',
          familyName,
          birthDate,
          sex: 'F',
          residenceProvince: 'MI',
          residenceMunicipality: 'F205',
        },
      },
    );
    people.push({ id: registerPerson.id, fiscalCode });
  }
  const csvPath = join(dir, 'erogazioni.csv');
  const expected = writeDeliveryCsv(csvPath, rows, people);
  console.log(
    `${rows} rows generated (${expected.expectedLocalRejections + expected.expectedGraphRejections} meant to be rejected), ${people.length} people, ${server ? 'PostgreSQL server' : 'PGlite'}, batches of ${batchSize}, each service in its own process`,
  );
  console.log(`before: ${uptime()}`);

  const databaseName = server ? new URL(server.location).pathname.slice(1) : null;
  const signalProfilers = () => {
    for (const n of names) process.kill(services.child(n).pid!, 'SIGUSR2');
  };
  for (const run of ['first run', 'retry (all duplicates)']) {
    const profiled = profileDir !== null && run === 'first run';
    if (profiled) signalProfilers();
    const bar = new SingleBar(
      { format: `${run} [{bar}] {value}/{total} rows`, noTTYOutput: true, notTTYSchedule: 5_000 },
      Presets.shades_classic,
    );
    bar.start(rows, 0);
    const cpuBefore = names.map((n) => cpuMs(services.child(n).pid!) / 1000);
    const importerBefore = process.cpuUsage();
    const backendsBefore = databaseName ? databaseBackendsCpuMs(databaseName) : null;
    const summary = await importDeliveries({
      csvPath,
      gatewayUrl: services.gatewayUrl,
      token: world.cpi,
      batchSize,
      rejectionsPath: join(dir, 'rejections.csv'),
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    const cpu = names.map((n, i) => cpuMs(services.child(n).pid!) / 1000 - cpuBefore[i]!);
    const importer = process.cpuUsage(importerBefore);
    const backends = backendsBefore ? backendsCpuMsSince(backendsBefore, databaseBackendsCpuMs(databaseName!)) : null;
    if (profiled) signalProfilers();
    const total = cpu.reduce((a, b) => a + b, 0);
    console.log(
      `${run}: CPU s ${names.map((n, i) => `${n} ${cpu[i]!.toFixed(1)}`).join(', ')}; graph ${total.toFixed(1)} s = ${Math.round(summary.rows / total)} rows per CPU second; importer ${((importer.user + importer.system) / 1e6).toFixed(1)} s`,
    );
    console.log(
      `${run}: ${summary.rows} rows in ${summary.seconds.toFixed(1)} s = ${Math.round(summary.rowsPerSecond)} rows/s (created ${summary.created}, duplicate ${summary.duplicate}, rejected ${summary.rejected}); load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    if (run === 'first run')
      recordFigure({
        bench: 'import',
        name: `${rows} rows, ${server ? 'PostgreSQL server' : 'PGlite'} / throughput`,
        value: summary.rowsPerSecond,
        unit: 'rows/s',
      });
    const perRow = (ms: number) => (ms / summary.rows).toFixed(3);
    console.log(
      `${run}: CPU ms per row: ${names.map((n, i) => `${n} ${perRow(cpu[i]! * 1000)}`).join(', ')}; graph ${perRow(total * 1000)}${backends !== null ? `; PostgreSQL backends ${perRow(backends)}, graph and server ${perRow(total * 1000 + backends)}` : ''}; importer ${perRow((importer.user + importer.system) / 1000)}`,
    );
    if (profiled) {
      for (const n of names) {
        const file = join(profileDir, `${services.child(n).pid!}-1.cpuprofile`);
        const deadline = Date.now() + 60_000;
        while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        const profileSummary = summariseProfile(file, top);
        printSummary(
          `${run} / ${n} (${profileSummary.busyMs} ms sampled, ${perRow(profileSummary.busyMs)} ms per row)`,
          profileSummary,
        );
        if (process.env['BENCH_KEEP_PROFILES']) {
          mkdirSync(process.env['BENCH_KEEP_PROFILES'], { recursive: true });
          execFileSync('cp', [file, join(process.env['BENCH_KEEP_PROFILES'], `${n}.cpuprofile`)]);
        }
      }
    }
  }
  console.log(`after: ${uptime()}`);
} finally {
  await services.stopAll();
  await server?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
