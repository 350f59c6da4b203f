import type { Logger } from '@graphql-hive/logger';
import useMeshPrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import { boundedLabel, errorCodeLabel } from '@reg/errors';

// The executor's codes for a subgraph that did not answer are counted as what the client sees.
const unavailableCodes = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'RESPONSE_VALIDATION_FAILED']);
const gatewayErrorCodeLabel = (code: unknown) =>
  typeof code !== 'string' ? 'none' : unavailableCodes.has(code) ? 'SUBGRAPH_UNAVAILABLE' : errorCodeLabel(code);

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Hive Gateway's Prometheus plugin at GET /metrics, with every series labelled by bounded values only: the
 * operation name through `boundedLabel`, the subgraph by its name, errors by their code.
 */
export function gatewayMetrics(log: Logger) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  collectDefaultMetrics({ register: registry });
  const operation = boundedLabel();
  const plugin = useMeshPrometheus({
    log,
    registry,
    endpoint: '/metrics',
    metrics: {
      // The plugin's other series are on by default and cost CPU on every request (the deprecated-field count
      // walks each document with the schema's type information, the summary keeps a t-digest per label set,
      // the fetch histogram labels subgraph URLs): only the series listed in the README are kept.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
      graphql_gateway_fetch_duration: false,
      graphql_envelop_request: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_request',
          help: 'GraphQL operations executed by the gateway',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: (p) => ({
          operationName: operation(p.operationName),
          operationType: p.operationType ?? 'unknown',
        }),
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time to execute a GraphQL operation at the gateway (seconds)',
          labelNames: ['operationName', 'operationType'],
          buckets: latencyBuckets,
        },
        fillLabelsFn: (p) => ({
          operationName: operation(p.operationName),
          operationType: p.operationType ?? 'unknown',
        }),
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Errors in GraphQL answers, by phase and code',
          labelNames: ['operationName', 'phase', 'code'],
        },
        fillLabelsFn: (p) => ({
          operationName: operation(p.operationName),
          phase: p.errorPhase ?? 'execute',
          code: gatewayErrorCodeLabel(p.error?.extensions?.['code']),
        }),
      }),
      graphql_gateway_subgraph_execute_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_gateway_subgraph_execute_duration',
          help: 'Time a subgraph took to answer the gateway (seconds)',
          labelNames: ['subgraphName', 'operationName', 'operationType'],
          buckets: latencyBuckets,
        },
        fillLabelsFn: (p: {
          subgraphName: string;
          executionRequest: { operationName?: string; operationType?: string };
        }) => ({
          subgraphName: p.subgraphName,
          operationName: operation(p.executionRequest.operationName),
          operationType: p.executionRequest.operationType ?? 'unknown',
        }),
      }),
      graphql_gateway_subgraph_execute_errors: createCounter({
        registry,
        counter: {
          name: 'graphql_gateway_subgraph_execute_errors',
          help: 'Subgraph answers that carried errors or failed',
          labelNames: ['subgraphName', 'operationName'],
        },
        fillLabelsFn: (p: { subgraphName: string; executionRequest: { operationName?: string } }) => ({
          subgraphName: p.subgraphName,
          operationName: operation(p.executionRequest.operationName),
        }),
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time to answer an HTTP request on the GraphQL endpoint (seconds)',
          labelNames: ['method', 'statusCode', 'operationName'],
          buckets: latencyBuckets,
        },
        fillLabelsFn: (p: { operationName?: string; request: Request; response: Response }) => ({
          method: p.request.method,
          statusCode: p.response.status,
          operationName: operation(p.operationName),
        }),
      }),
    },
  });
  // Its request instrumentation parses every request's URL and then does nothing with it (@graphql-mesh/plugin-prometheus
  // 2.2): dropped, the metrics come from the hooks.
  delete (plugin as { instrumentation?: unknown }).instrumentation;
  // The subgraph histograms above also count requests answered from the reference cache: this tells them apart.
  const referenceCacheRequests = new Counter({
    name: 'gateway_reference_cache_requests_total',
    help: 'Subgraph requests for reference entities, answered from memory (hit) or asked (miss)',
    labelNames: ['subgraph', 'outcome'],
    registers: [registry],
  });
  const referenceCache = (subgraph: string, outcome: 'hit' | 'miss') =>
    referenceCacheRequests.inc({ subgraph, outcome });
  return { plugin, registry, referenceCache };
}
