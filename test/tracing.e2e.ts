import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { patchHttp } from '@reg/subgraph-kit';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { seedJourney } from './support/fixtures.ts';

/*
 * One cross-subgraph query, one trace: the gateway's spans (Hive Gateway's OpenTelemetry plugin), the subgraphs'
 * HTTP server spans under them (the http instrumentation, context from the W3C traceparent the gateway sends), and
 * the SQL spans under those. The spans go to an in-memory exporter instead of OTLP. SQL spans exist on PostgreSQL
 * (postgres.js statements, @reg/db); the embedded PGlite has none, so without DATABASE_URL the SQL part is not
 * asserted.
 */
const exporter = new InMemorySpanExporter();
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let http: HttpInstrumentation;

beforeAll(async () => {
  // Tracing is on when an OTLP endpoint is configured; here the provider below exports in memory instead.
  process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = 'http://127.0.0.1:9';
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.register();
  http = new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => !req.url?.startsWith('/graphql') });
  http.setTracerProvider(provider);
  http.enable();
  patchHttp();
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
  await world.must(
    world.accredited,
    'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
    {
      input: {
        idempotencyKey: 'trace-1',
        personId: world.personId,
        serviceCode: '3A',
        deliveredOn: '2025-03-01',
        minutes: 55,
        modality: 'INDIVIDUAL_INTERVIEW',
        outputs: [],
      },
    },
  );
});

afterAll(async () => {
  http?.disable();
  await graph?.close();
  await database?.drop();
  delete process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('tracing', () => {
  it('a cross-subgraph query is one trace: gateway span, subgraph spans under it, SQL spans under those', async () => {
    exporter.reset();
    const { data, errors } = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query PersonWithDeliveries($id: ID!) { person(id: $id) { familyName deliveries { minutes } } }',
      { id: world.personId },
    );
    expect(errors).toBeUndefined();
    expect(data!['person'].deliveries).toEqual([{ minutes: 55 }]);
    await new Promise((r) => setTimeout(r, 200));
    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const ancestors = (span: ReadableSpan) => {
      const chain: ReadableSpan[] = [];
      for (let p = parentOf(span); p && byId.has(p); p = parentOf(byId.get(p)!)) chain.push(byId.get(p)!);
      return chain;
    };
    const gatewaySpans = spans.filter((s) => s.instrumentationScope.name === 'gateway');
    const operation = gatewaySpans.find((s) => s.name === 'graphql.operation PersonWithDeliveries');
    expect(operation, JSON.stringify(spans.map((s) => [s.name, s.instrumentationScope.name]))).toBeDefined();
    const traceId = operation!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    // The gateway's spans of the request (HTTP, parse, validate, execute, one per subgraph call) are all in it.
    expect(gatewaySpans.every((s) => s.spanContext().traceId === traceId)).toBe(true);
    expect(gatewaySpans.map((s) => s.name)).toEqual(
      expect.arrayContaining(['POST /graphql', 'subgraph.execute (people)', 'subgraph.execute (outcomes)']),
    );
    // Subgraph server spans: incoming /graphql requests on the subgraphs' ports, each under a gateway span.
    const subgraphPorts = new Set(Object.values(graph.subgraphUrls).map((u) => new URL(u).port));
    const subgraphServerSpans = inTrace.filter(
      (s) =>
        s.instrumentationScope.name.includes('http') &&
        s.kind === 1 &&
        subgraphPorts.has(String(s.attributes['server.port'] ?? s.attributes['net.host.port'])),
    );
    expect(subgraphServerSpans.length).toBeGreaterThanOrEqual(2);
    for (const span of subgraphServerSpans) expect(ancestors(span).some((a) => gatewaySpans.includes(a))).toBe(true);
    if (database.driver === 'postgres') {
      const sqlSpans = inTrace.filter((s) => s.attributes['db.system'] === 'postgresql');
      expect(sqlSpans.length).toBeGreaterThan(0);
      for (const span of sqlSpans) expect(ancestors(span).some((a) => subgraphServerSpans.includes(a))).toBe(true);
      expect(sqlSpans.some((s) => String(s.attributes['db.query.text']).toLowerCase().startsWith('select'))).toBe(true);
    }
    // Nothing of the query ends up in another trace.
    expect(
      new Set(spans.filter((s) => s.instrumentationScope.name.includes('db')).map((s) => s.spanContext().traceId)),
    ).toEqual(database.driver === 'postgres' ? new Set([traceId]) : new Set());
  });
});
