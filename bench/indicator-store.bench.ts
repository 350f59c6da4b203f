import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '@reg/db';
import { migrationsFolder } from '@reg/subgraph-kit';
import { createTestDatabase } from '@reg/testkit';
import { suppressionPattern, type TargetDimension } from '../packages/indicators/src/index.ts';
import { createIndicatorStore } from '../services/outcomes/src/store/indicator-store.ts';
import { tables } from '../services/outcomes/src/store/tables.ts';
import { loadIndicatorRows } from './indicators-data.ts';

/**
 * `pnpm bench:indicator-store`: the outcomes indicator store's statements alone (no gateway, no suppression), each
 * family's Region lattice of 2025 computed cold, unsplit (the base lattice), split by every target dimension (withTargets)
 * and split by the one dimension BENCH_SPLIT (default SEX, `none` to skip; what a split request computes),
 * over BENCH_DELIVERIES deliveries (default 200,000) generated as in bench:indicators, on PGlite or, with
 * DATABASE_URL, a throwaway database on that server. BENCH_OTHER_STORES (`name=path,name=path`) names other
 * indicator-store modules (say, an older commit's copied beside this one) whose families are timed in the same rounds,
 * interleaved, each once (an older store has no withTargets and computes what it always did). BENCH_RUNS rounds (default
 * 2); the lower median is printed with the 1-minute load average.
 */
const deliveries = Number(process.env['BENCH_DELIVERIES'] ?? 200_000);
const runs = Number(process.env['BENCH_RUNS'] ?? 2);
const serverUrl = process.env['DATABASE_URL'];
const splitBy = process.env['BENCH_SPLIT'] ?? 'SEX';
const families = ['services', 'paths', 'firstService', 'placements', 'placementRate', 'retention'] as const;

const database = serverUrl ? await createTestDatabase() : null;
const dataDir = serverUrl ? null : mkdtempSync(join(tmpdir(), 'bench-indicator-store-'));
const location = database ? database.location : join(dataDir!, 'outcomes');
try {
  await loadIndicatorRows(location, deliveries);
  const outcomes = await openDatabase({
    service: 'outcomes',
    pgSchema: 'outcomes',
    migrationsFolder: migrationsFolder('outcomes'),
    tables,
    location,
    migrate: false,
  });
  type Store = ReturnType<typeof createIndicatorStore>;
  // Unsplit, split by every dimension, and split by the one a request names (BENCH_SPLIT, default SEX; `none`: not).
  const dimensions = splitBy === 'none' ? [] : [splitBy as TargetDimension];
  const stores: Array<{ name: string; store: Store; split: ReadonlyArray<boolean | TargetDimension> }> = [
    { name: 'this', store: createIndicatorStore(outcomes.db), split: [false, true, ...dimensions] },
  ];
  for (const other of (process.env['BENCH_OTHER_STORES'] ?? '').split(',').filter(Boolean)) {
    const [name, path] = other.split('=') as [string, string];
    const module = (await import(pathToFileURL(path).href)) as { createIndicatorStore: typeof createIndicatorStore };
    stores.unshift({ name, store: module.createIndicatorStore(outcomes.db), split: [true] });
  }
  const input = { from: '2025-01-01', to: '2025-12-31', scope: { province: null, provider: null, suppress: true } };
  const times = new Map<string, { ms: number[]; cells: number }>();
  for (let round = 0; round < runs; round++)
    for (const family of families)
      for (const { name, store, split } of stores)
        for (const targets of split) {
          const withTargets = targets !== false;
          const targetDimension = typeof targets === 'string' ? targets : null;
          const started = performance.now();
          const cells = await store[family]({ ...input, withTargets, targetDimension }, '2026-12-01');
          const ms = performance.now() - started;
          const key = `${family}\t${name}\t${split.length === 1 ? 'as it was' : targetDimension ? `split by ${targetDimension}` : withTargets ? 'split' : 'unsplit'}`;
          const entry = times.get(key) ?? { ms: [], cells: cells.length };
          entry.ms.push(ms);
          times.set(key, entry);
          // The suppression pattern of the lattice (pinned when split), decided once per snapshot in the service.
          const patternStarted = performance.now();
          const hidden = suppressionPattern(cells).size;
          const patternMs = performance.now() - patternStarted;
          console.log(
            `${key}\t${Math.round(ms)} ms\t${cells.length} cells\tpattern ${Math.round(patternMs)} ms (${hidden} hidden)\tload ${loadavg()[0]!.toFixed(2)}`,
          );
        }
  console.log(
    `\n${deliveries.toLocaleString('en')} deliveries, ${serverUrl ? 'PostgreSQL server' : 'PGlite'}, lower median of ${runs}`,
  );
  for (const [key, { ms, cells }] of times) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(`${key}\t${Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!)} ms\t${cells} cells`);
  }
  await outcomes.close();
} finally {
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
