import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { seedJourney } from './support/fixtures.ts';

// The data must outlive the stopped subgraph: a PGlite folder (or the PostgreSQL test database), not memory.
let database: TestDatabase;
let folder: string | undefined;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;

beforeAll(async () => {
  database = await createTestDatabase();
  if (database.driver === 'pglite') folder = mkdtempSync(join(tmpdir(), 'subgraph-down-'));
  graph = await startGraph({ location: folder ?? database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
  const { accredited, personId, must } = world;
  await must(
    accredited,
    'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
    {
      input: {
        idempotencyKey: 'down-1',
        personId,
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
  await graph?.close();
  await database?.drop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const personQuery =
  'query ($id: ID!) { person(id: $id) { familyName takeInCharges { programme provider { name } } deliveries { minutes } } }';
const peopleQuery = '{ people(first: 5) { items { familyName deliveries { minutes } } } }';
const gatewayPath = (path: string) => graph.gatewayUrl.replace('/graphql', path);

describe('one subgraph down in the middle of a run', () => {
  it('answers what the others know, with a coded error for the missing part; the gateway stays ready; it recovers', async () => {
    const { cpi, personId } = world;
    const before = await gql(graph.gatewayUrl, cpi, personQuery, { id: personId });
    expect(before.errors).toBeUndefined();
    expect(before.data!['person'].deliveries).toEqual([{ minutes: 55 }]);

    await graph.stopSubgraph('outcomes');

    const person = await gql(graph.gatewayUrl, cpi, personQuery, { id: personId });
    expect(person.data!['person']).toMatchObject({
      familyName: 'Colombo',
      takeInCharges: [{ programme: 'DOTE_LAVORO_DISABILITA', provider: { name: 'Cooperativa Sociale Il Ponte' } }],
      deliveries: null,
    });
    expect(person.errors).toHaveLength(1);
    expect(person.errors![0]).toMatchObject({
      path: ['person', 'deliveries'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'CONNECTION_REFUSED', service: 'outcomes' },
    });
    const serialised = JSON.stringify(person.errors);
    expect(serialised).not.toMatch(/https?:\/\/|127\.0\.0\.1|stack|ECONNREFUSED/);

    const people = await gql(graph.gatewayUrl, cpi, peopleQuery);
    expect(people.data!['people'].items).toEqual([{ familyName: 'Colombo', deliveries: null }]);
    expect(people.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'outcomes' });

    // Readiness is the gateway's own: still in rotation, with the subgraph's state reported beside it.
    const ready = await fetch(gatewayPath('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      subgraphs: { outcomes: 'not ready', people: 'ready', catalogue: 'ready', employers: 'ready' },
    });
    const subgraphs = await fetch(gatewayPath('/health/subgraphs'));
    expect(subgraphs.status).toBe(503);
    expect(await subgraphs.json()).toMatchObject({ status: 'degraded', subgraphs: { outcomes: 'not ready' } });

    await graph.restartSubgraph('outcomes');

    const after = await gql(graph.gatewayUrl, cpi, personQuery, { id: personId });
    expect(after.errors).toBeUndefined();
    expect(after.data!['person'].deliveries).toEqual([{ minutes: 55 }]);
    const healthy = await fetch(gatewayPath('/health/subgraphs'));
    expect(healthy.status).toBe(200);
  });

  it('with the catalogue down, a delivery still answers its own fields; what only the catalogue knows is missing and coded', async () => {
    const { cpi, personId } = world;
    await graph.stopSubgraph('catalogue');
    try {
      // The modalities are never held by the gateway's reference cache (a nested selection): only the catalogue knows.
      const { data, errors } = await gql(
        graph.gatewayUrl,
        cpi,
        'query ($id: ID!) { person(id: $id) { familyName deliveries { minutes serviceStandard { code modalities { code } } } } }',
        { id: personId },
      );
      expect(data!['person'].familyName).toBe('Colombo');
      expect(errors!.map((e) => e.extensions!['code'])).toContain('SUBGRAPH_UNAVAILABLE');
      expect(errors!.find((e) => e.extensions!['code'] === 'SUBGRAPH_UNAVAILABLE')!.extensions).toMatchObject({
        service: 'catalogue',
      });
    } finally {
      await graph.restartSubgraph('catalogue');
    }
  });

  it("with the catalogue down, a provider's name the gateway answered within REFERENCE_CACHE_SECONDS still answers, from its memory", async () => {
    const { cpi, personId } = world;
    const before = await gql(graph.gatewayUrl, cpi, personQuery, { id: personId });
    expect(before.errors).toBeUndefined();
    const names = before.data!['person'].takeInCharges.map((t: { provider: { name: string } }) => t.provider.name);
    expect(names.length).toBeGreaterThan(0);
    await graph.stopSubgraph('catalogue');
    try {
      const during = await gql(graph.gatewayUrl, cpi, personQuery, { id: personId });
      expect(during.errors).toBeUndefined();
      expect(during.data!['person'].takeInCharges.map((t: { provider: { name: string } }) => t.provider.name)).toEqual(
        names,
      );
    } finally {
      await graph.restartSubgraph('catalogue');
    }
  });
});
