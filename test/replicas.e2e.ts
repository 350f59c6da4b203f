import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutcomes } from '@reg/outcomes';
import { createGateway } from '@reg/gateway';
import { createLogger } from '@reg/subgraph-kit';
import { callers, createTestDatabase, gql, serverUrlForTests, tokenFor, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { seedJourney } from './support/fixtures.ts';

/*
 * Two replicas of the outcomes subgraph and two gateways on one PostgreSQL database and one Redis (README
 * "Replicas and shared state"): gateway A sends to outcomes replica 1, gateway B to replica 2. Replicas share
 * state only through those two servers, so this needs DATABASE_URL (the embedded PGlite is one process's) and
 * Redis at REDIS_URL or 127.0.0.1:6379 (.ci/run starts one).
 */
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let outcomes2: Awaited<ReturnType<typeof buildOutcomes>>;
let outcomes2Url: string;
const closers: Array<() => Promise<void>> = [];
let gatewayB: string;

const metricsOf = async (graphqlUrl: string) => (await fetch(graphqlUrl.replace('/graphql', '/metrics'))).text();
const computations = (text: string) =>
  Number(/^indicator_snapshot_refresh_seconds_count\{[^}]*result="ok"[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);

describe.runIf(serverUrlForTests())('replicas share state', () => {
  beforeAll(async () => {
    process.env['REDIS_URL'] = redisUrl;
    database = await createTestDatabase();
    graph = await startGraph({ location: database.location, quiet: true, indicatorsMaxAgeSeconds: 300 });
    world = await seedJourney(graph.gatewayUrl);
    const peopleUrl = graph.subgraphUrls.people;
    outcomes2 = await buildOutcomes({
      location: database.location,
      peopleUrl,
      catalogueUrl: graph.subgraphUrls.catalogue,
      employersUrl: graph.subgraphUrls.employers,
      indicatorsMaxAgeSeconds: 300,
      redisUrl,
      logger: createLogger('outcomes-2', 'silent'),
    });
    const run = await outcomes2.server.listen(0);
    outcomes2Url = run.url;
    closers.push(run.close, outcomes2.database.close);
    const b = await createGateway({
      subgraphUrls: { ...graph.subgraphUrls, outcomes: outcomes2Url },
      logLevel: 'silent',
    }).listen(0);
    gatewayB = b.url;
    closers.push(b.close);
    // Both replicas warm the Region's snapshots of this year and last a second after start: let that finish.
    await new Promise((r) => setTimeout(r, 3000));
  });

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await graph?.close();
    await database?.drop();
    delete process.env['REDIS_URL'];
  });

  it('a delivery written through one replica is read through the other', async () => {
    const { accredited, cpi, personId, must } = world;
    const written = await must(
      accredited,
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'replica-1',
          personId,
          serviceCode: '3A',
          deliveredOn: '2025-03-01',
          minutes: 55,
          modality: 'INDIVIDUAL_INTERVIEW',
          outputs: [],
        },
      },
    );
    const { data, errors } = await gql(
      gatewayB,
      cpi,
      'query ($id: ID!) { person(id: $id) { deliveries { id minutes } } }',
      { id: personId },
    );
    expect(errors).toBeUndefined();
    expect(data!['person'].deliveries).toEqual([{ id: written['reportServiceDelivery'].id, minutes: 55 }]);
  });

  it('an indicator snapshot is computed once for both replicas', async () => {
    const region = await callers.region();
    const query = 'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf services { cells { people } } } }';
    const q = { q: { from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' } };
    const before = [
      computations(await metricsOf(graph.subgraphUrls.outcomes)),
      computations(await metricsOf(outcomes2Url)),
    ];
    const viaA = await gql(graph.gatewayUrl, region, query, q);
    const viaB = await gql(gatewayB, region, query, q);
    expect(viaA.errors).toBeUndefined();
    expect(viaB.errors).toBeUndefined();
    const after = [
      computations(await metricsOf(graph.subgraphUrls.outcomes)),
      computations(await metricsOf(outcomes2Url)),
    ];
    expect(after[0]! - before[0]!).toBe(1);
    expect(after[1]! - before[1]!).toBe(0);
    expect(viaB.data!['indicators'].asOf).toBe(viaA.data!['indicators'].asOf);
    expect(viaB.data!['indicators'].services).toEqual(viaA.data!['indicators'].services);
  });

  it('the rate limit of an organisation is counted once across gateway replicas', async () => {
    const limited = { ...graph.subgraphUrls };
    const c = await createGateway({ subgraphUrls: limited, logLevel: 'silent', rateLimitPerMinute: 5 }).listen(0);
    const d = await createGateway({ subgraphUrls: limited, logLevel: 'silent', rateLimitPerMinute: 5 }).listen(0);
    try {
      const employer = await tokenFor({ sub: 'hr@replicas', org: `replicas-${Date.now()}`, org_kind: 'employer' });
      const ask = (url: string) => gql(url, employer, '{ __typename }');
      const statuses = [];
      for (const url of [c.url, d.url, c.url, d.url, c.url]) statuses.push((await ask(url)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const sixth = await ask(d.url);
      expect(sixth.status).toBe(429);
      expect(sixth.errors![0]!.extensions!['code']).toBe('RATE_LIMITED');
    } finally {
      await c.close();
      await d.close();
    }
  });
});
