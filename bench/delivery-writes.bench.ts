import { createLogger } from '@reg/subgraph-kit';
import { createTestDatabase } from '@reg/testkit';
import { buildOutcomes } from '../services/outcomes/src/server.ts';
import type { DeliveryScope } from '../services/outcomes/src/store/delivery-store.ts';

/**
 * `tsx bench/delivery-writes.bench.ts`: the statements of one accepted delivery report (lock or open the path,
 * insert, update the path's totals) written BENCH_ROWS times (default 500), once with a transaction per row and
 * once as `batch` writes them in 250-row batches, without the gateway or the other subgraphs. Compares what
 * `reportServiceDeliveries` pays per row on the driver in use (DATABASE_URL for a PostgreSQL server).
 */
const rows = Number(process.env['BENCH_ROWS'] ?? 500);
const database = await createTestDatabase();
const outcomes = await buildOutcomes({ location: database.location, logger: createLogger('bench', 'silent') });
const store = outcomes.stores.deliveries;

async function write(scope: DeliveryScope, i: number, tag: string) {
  await scope.transaction(async (tx) => {
    const personId = `person-${i % 50}`;
    const path = await tx.lockOpenPath(
      { providerId: 'bench', personId, serviceCode: '1A', modality: 'INDIVIDUAL_INTERVIEW' },
      'MI',
      '2025-01-01',
    );
    await tx.insertOnce({
      providerId: 'bench',
      idempotencyKey: `${tag}-${i}`,
      payloadHash: 'h',
      personId,
      personProvince: 'MI',
      serviceCode: '1A',
      catalogueVersionId: 'v',
      deliveredOn: '2025-01-02',
      minutes: 10,
      sessions: 1,
      modality: 'INDIVIDUAL_INTERVIEW',
      outputs: [],
      operator: null,
      sessionMinutes: null,
      pathId: path.id,
      reportedBy: 'bench',
    });
    await tx.updatePathTotals(path.id, {
      totalMinutes: path.totalMinutes + 10,
      totalSessions: path.totalSessions + 1,
      firstDeliveredOn: '2025-01-02',
      lastDeliveredOn: '2025-01-02',
      openedOn: '2025-01-01',
    });
  });
}

try {
  for (let round = 1; round <= 2; round++) {
    let started = performance.now();
    for (let i = 0; i < rows; i++) await write(store, i, `row-${round}`);
    const perRow = rows / ((performance.now() - started) / 1000);
    started = performance.now();
    for (let from = 0; from < rows; from += 250) {
      await store.batch(async (scope) => {
        for (let i = from; i < Math.min(rows, from + 250); i++) await write(scope, i, `batch-${round}`);
      });
    }
    const batched = rows / ((performance.now() - started) / 1000);
    console.log(
      `${database.driver}, round ${round}: ${rows} rows, a transaction per row ${Math.round(perRow)} rows/s, batch() ${Math.round(batched)} rows/s`,
    );
  }
} finally {
  await outcomes.database.close();
  await database.drop();
}
