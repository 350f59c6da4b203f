import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { seedJourney } from './support/fixtures.ts';

let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;

const metricsOf = async (graphqlUrl: string) => {
  const response = await fetch(graphqlUrl.replace('/graphql', '/metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
};
/** The value of the first sample of `series` whose labels include all of `labels`. */
const sample = (text: string, series: string, labels: Record<string, string> = {}) => {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${series}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true, indicatorsMaxAgeSeconds: 300 });
  world = await seedJourney(graph.gatewayUrl);
  const { accredited, cpi, region, personId } = world;
  await gql(
    graph.gatewayUrl,
    cpi,
    'query PersonCard($id: ID!) { person(id: $id) { familyName deliveries { minutes } } }',
    { id: personId },
  );
  for (let i = 0; i < 2; i++)
    await gql(graph.gatewayUrl, cpi, 'query ($id: ID!) { person(id: $id) { takeInCharges { provider { name } } } }', {
      id: personId,
    });
  const row = {
    personId,
    serviceCode: '3A',
    deliveredOn: '2025-03-01',
    minutes: 55,
    modality: 'INDIVIDUAL_INTERVIEW',
    outputs: [],
  };
  await gql(
    graph.gatewayUrl,
    accredited,
    'mutation ImportBatch($rows: [ReportServiceDeliveryInput!]!) { reportServiceDeliveries(rows: $rows) { status } }',
    {
      rows: [
        { ...row, idempotencyKey: 'metrics-1' },
        { ...row, idempotencyKey: 'metrics-2', minutes: 0 },
      ],
    },
  );
  await gql(
    graph.gatewayUrl,
    region,
    'query Dashboard($q: IndicatorQuery!) { indicators(query: $q) { services { cells { people } } } }',
    { q: { from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' } },
  );
  await gql(graph.gatewayUrl, cpi, '{ person(id: "x") { notAField } }');
  // More distinct operation names than the label keeps: the later ones are counted as "other".
  for (let i = 0; i < 105; i++) await gql(graph.gatewayUrl, cpi, `query Probe${i} { __typename }`);
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

describe('/metrics', () => {
  it('the gateway exposes request rate and latency by operation and subgraph, errors by code, process metrics', async () => {
    const text = await metricsOf(graph.gatewayUrl);
    expect(sample(text, 'graphql_envelop_request', { operationName: 'PersonCard', operationType: 'query' })).toBe(1);
    expect(sample(text, 'graphql_envelop_request_duration_count', { operationName: 'PersonCard' })).toBe(1);
    expect(
      sample(text, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'outcomes' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'people' })).toBeGreaterThan(
      0,
    );
    expect(text).toContain('# TYPE graphql_gateway_subgraph_execute_errors counter');
    // The providers' names asked twice in beforeAll: the second time from the gateway's reference cache.
    expect(sample(text, 'gateway_reference_cache_requests_total', { subgraph: 'catalogue', outcome: 'miss' })).toBe(1);
    expect(sample(text, 'gateway_reference_cache_requests_total', { subgraph: 'catalogue', outcome: 'hit' })).toBe(1);
    expect(sample(text, 'graphql_envelop_error_result', { phase: 'validate' })).toBeGreaterThan(0);
    expect(sample(text, 'graphql_yoga_http_duration_count', { method: 'POST', statusCode: '200' })).toBeGreaterThan(0);
    expect(sample(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeDefined();
  });

  it('operation names are bounded: past the first hundred, and for non-names, the label is "other"', async () => {
    const text = await metricsOf(graph.gatewayUrl);
    const names = new Set(
      [...text.matchAll(/graphql_envelop_request\{[^}]*operationName="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(names.size).toBeLessThanOrEqual(101 + 1);
    expect(names).toContain('other');
    expect(sample(text, 'graphql_envelop_request', { operationName: 'other' })).toBeGreaterThan(0);
  });

  it('every subgraph exposes its request rate, latency, errors by code and database pool', async () => {
    for (const [name, url] of Object.entries(graph.subgraphUrls)) {
      const text = await metricsOf(url);
      expect(sample(text, 'graphql_subgraph_requests_total', { subgraph: name }), name).toBeGreaterThan(0);
      expect(sample(text, 'graphql_subgraph_request_duration_seconds_count', { subgraph: name }), name).toBeGreaterThan(
        0,
      );
      expect(text).toContain('# TYPE graphql_subgraph_errors_total counter');
      expect(
        sample(text, 'db_pool_max_connections', { subgraph: name, driver: database.driver }),
        name,
      ).toBeGreaterThan(0);
      // A gauge read at one instant: the outcomes subgraph may be warming its indicator snapshots in the background.
      expect(sample(text, 'db_statements_in_flight', { subgraph: name }), name).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'db_read_retries', { subgraph: name }), name).toBe(0);
      expect(sample(text, 'db_statements_total', { subgraph: name }), name).toBeGreaterThan(0);
    }
  });

  it('the outcomes subgraph exposes indicator snapshot age and refresh time, and imported rows by outcome', async () => {
    const text = await metricsOf(graph.subgraphUrls.outcomes);
    expect(sample(text, 'indicator_snapshot_refresh_seconds_count', { result: 'ok' })).toBeGreaterThan(0);
    expect(sample(text, 'indicator_snapshot_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'delivery_import_rows_total', { status: 'created' })).toBe(1);
    expect(sample(text, 'delivery_import_rows_total', { status: 'rejected' })).toBe(1);
    expect(
      sample(text, 'graphql_subgraph_requests_total', { operation_name: 'ImportBatch', operation_type: 'mutation' }),
    ).toBe(1);
  });
});
