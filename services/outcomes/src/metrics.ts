import { Counter, Gauge, Histogram } from 'prom-client';
import { createSubgraphMetrics } from '@reg/subgraph-kit';

/** The outcomes subgraph's series beside the common ones: indicator snapshots and reported delivery rows. */
export function createOutcomesMetrics() {
  const metrics = createSubgraphMetrics('outcomes');
  const { registry } = metrics;
  const snapshotComputation = new Histogram({
    name: 'indicator_snapshot_refresh_seconds',
    help: 'Time to compute one indicator lattice snapshot, by result',
    labelNames: ['result'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  let oldestAge: () => number | null = () => null;
  new Gauge({
    name: 'indicator_snapshot_age_seconds',
    help: 'Age of the oldest indicator snapshot kept (absent when none is kept)',
    registers: [registry],
    collect() {
      const age = oldestAge();
      if (age === null) this.reset();
      else this.set(age);
    },
  });
  const importRows = new Counter({
    name: 'delivery_import_rows_total',
    help: 'Rows of reportServiceDeliveries batches, by outcome (created, duplicate, rejected)',
    labelNames: ['status'],
    registers: [registry],
  });
  return {
    metrics,
    snapshotComputed: (seconds: number, ok: boolean) =>
      snapshotComputation.observe({ result: ok ? 'ok' : 'failed' }, seconds),
    observeSnapshots: (age: () => number | null) => {
      oldestAge = age;
    },
    importRows: (status: 'CREATED' | 'DUPLICATE' | 'REJECTED', count: number) => {
      if (count > 0) importRows.inc({ status: status.toLowerCase() }, count);
    },
  };
}

export type OutcomesMetrics = ReturnType<typeof createOutcomesMetrics>;
