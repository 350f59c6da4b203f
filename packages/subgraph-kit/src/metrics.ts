import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { statementsIssued } from '@reg/db';
import { boundedLabel, errorCodeLabel } from '@reg/errors';

export interface SubgraphMetrics {
  subgraph: string;
  registry: Registry;
  requests: Counter<'subgraph' | 'operation_name' | 'operation_type'>;
  duration: Histogram<'subgraph' | 'operation_name' | 'operation_type'>;
  errors: Counter<'subgraph' | 'code'>;
}

/**
 * One Prometheus registry per subgraph (several subgraphs may share a process in development): the Node
 * process metrics, GraphQL request rate, latency and errors; services add their own series to `registry`.
 */
export function createSubgraphMetrics(subgraph: string): SubgraphMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: subgraph });
  collectDefaultMetrics({ register: registry });
  const labelNames = ['subgraph', 'operation_name', 'operation_type'] as const;
  return {
    subgraph,
    registry,
    requests: new Counter({
      name: 'graphql_subgraph_requests_total',
      help: 'GraphQL operations executed by the subgraph',
      labelNames,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_subgraph_request_duration_seconds',
      help: 'Time from the start of a GraphQL operation to its answer',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_subgraph_errors_total',
      help: 'Errors in GraphQL answers, by code',
      labelNames: ['subgraph', 'code'],
      registers: [registry],
    }),
  };
}

export function metricsPlugin(metrics: SubgraphMetrics): ApolloServerPlugin {
  const operationLabel = boundedLabel();
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = {
            subgraph: metrics.subgraph,
            operation_name: operationLabel(operationName),
            operation_type: operation?.operation ?? 'unknown',
          };
          metrics.requests.inc(labels);
          metrics.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          for (const error of errors ?? [])
            metrics.errors.inc({ subgraph: metrics.subgraph, code: errorCodeLabel(error.extensions?.['code']) });
        },
      };
    },
  };
}

/** The database pool as the driver reports it (postgres.js: its size and the statements in flight). */
export function observeDatabase(
  metrics: SubgraphMetrics,
  stats: () => { driver: string; poolMax: number; inFlight: number; retries: number },
): void {
  const { registry, subgraph } = metrics;
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'Configured size of the database connection pool (1 for the embedded PGlite)',
    labelNames: ['subgraph', 'driver'],
    registers: [registry],
    collect() {
      const s = stats();
      this.set({ subgraph, driver: s.driver }, s.poolMax);
    },
  });
  new Gauge({
    name: 'db_statements_in_flight',
    help: 'Statements sent outside a transaction and not yet answered',
    labelNames: ['subgraph', 'driver'],
    registers: [registry],
    collect() {
      const s = stats();
      this.set({ subgraph, driver: s.driver }, s.inFlight);
    },
  });
  // A gauge set from the process-wide tally at each scrape (prom-client counters cannot be set): the benchmark
  // reads it before and after a round for the SQL statements per request.
  new Gauge({
    name: 'db_statements_total',
    help: 'SQL statements this process has sent to its database since start',
    labelNames: ['subgraph', 'driver'],
    registers: [registry],
    collect() {
      this.set({ subgraph, driver: stats().driver }, statementsIssued());
    },
  });
  new Gauge({
    name: 'db_read_retries',
    help: 'Idempotent reads retried once after their pooled connection died, since start',
    labelNames: ['subgraph', 'driver'],
    registers: [registry],
    collect() {
      const s = stats();
      this.set({ subgraph, driver: s.driver }, s.retries);
    },
  });
}
