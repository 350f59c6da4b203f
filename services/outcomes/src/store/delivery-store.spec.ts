import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createLogger } from '@reg/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@reg/testkit';
import { buildOutcomes } from '../server.ts';

let database: TestDatabase;
let outcomes: Awaited<ReturnType<typeof buildOutcomes>>;

beforeAll(async () => {
  database = await createTestDatabase();
  outcomes = await buildOutcomes({ location: database.location, logger: createLogger('outcomes', 'silent') });
});

afterAll(async () => {
  await outcomes?.database.close();
  await database?.drop();
});

const key = { providerId: 'prov-1', personId: 'person-1', serviceCode: '3A', modality: 'INDIVIDUAL_INTERVIEW' };
const triple = ({ personId, serviceCode, modality }: typeof key) => ({ personId, serviceCode, modality });
const opening = (k: typeof key, id: string, openedOn: string) => ({
  ...k,
  id,
  personProvince: 'MI',
  providerKind: null,
  openedOn,
});

describe('delivery store (both drivers)', () => {
  it('one open path per provider, person, service and modality; a closed one makes room for the next', async () => {
    const store = outcomes.stores.deliveries;
    const [first] = await store.insertOpenPaths([opening(key, 'path-1', '2025-03-01')]);
    expect(first?.status).toBe('OPEN');
    // A second opening of the same key is left out: the caller plans again on the path already open.
    expect(await store.insertOpenPaths([opening(key, 'path-2', '2025-03-05')])).toEqual([]);
    const locked = await store.transaction((tx) => tx.lockOpenPaths(key.providerId, [triple(key)]));
    expect(locked.map((p) => p.id)).toEqual(['path-1']);
    await store.transaction((tx) => tx.closePath('path-1', '2025-04-01', 'op'));
    expect(await store.transaction((tx) => tx.lockOpenPaths(key.providerId, [triple(key)]))).toEqual([]);
    const [next] = await store.insertOpenPaths([opening(key, 'path-3', '2025-05-01')]);
    expect(next?.id).toBe('path-3');
  });

  it("locks only the paths asked for, of the provider asked for, and writes many paths' totals in one call", async () => {
    const store = outcomes.stores.deliveries;
    const a = { ...key, personId: 'person-a' };
    const b = { ...key, personId: 'person-b', serviceCode: '3B' };
    const elsewhere = { ...key, providerId: 'prov-2', personId: 'person-a' };
    await store.insertOpenPaths([
      opening(a, 'path-a', '2025-03-01'),
      opening(b, 'path-b', '2025-03-01'),
      opening(elsewhere, 'path-e', '2025-03-01'),
    ]);
    // person-a with 3B is no path: the triple is matched whole, not column by column.
    const locked = await store.transaction((tx) =>
      tx.lockOpenPaths('prov-1', [triple(a), triple(b), { ...triple(a), serviceCode: '3B' }]),
    );
    expect(locked.map((p) => p.id).sort()).toEqual(['path-a', 'path-b']);
    await store.updatePathTotals([
      {
        id: 'path-a',
        totalMinutes: 90,
        totalSessions: 2,
        firstDeliveredOn: '2025-03-02',
        lastDeliveredOn: '2025-03-09',
        openedOn: '2025-03-01',
      },
      {
        id: 'path-b',
        totalMinutes: 30,
        totalSessions: 1,
        firstDeliveredOn: null,
        lastDeliveredOn: null,
        openedOn: '2025-02-27',
      },
    ]);
    const [pa, pb] = await store
      .pathsByIds(['path-a'])
      .then(async (x) => [...x, ...(await store.pathsByIds(['path-b']))]);
    expect(pa).toMatchObject({
      totalMinutes: 90,
      totalSessions: 2,
      firstDeliveredOn: '2025-03-02',
      lastDeliveredOn: '2025-03-09',
    });
    expect(pb).toMatchObject({ totalMinutes: 30, totalSessions: 1, firstDeliveredOn: null, openedOn: '2025-02-27' });
    expect((await store.pathsByIds(['path-e']))[0]?.totalMinutes).toBe(0);
  });

  it('a key the provider already used is left out of a multi-row insert; the others are written', async () => {
    const store = outcomes.stores.deliveries;
    const delivery = (id: string, idempotencyKey: string) => ({
      id,
      providerId: 'prov-1',
      idempotencyKey,
      payloadHash: 'h',
      personId: 'person-1',
      personProvince: 'MI',
      serviceCode: '3A',
      catalogueVersionId: 'v1',
      deliveredOn: '2025-03-02',
      minutes: 60,
      sessions: 1,
      modality: 'INDIVIDUAL_INTERVIEW',
      outputs: [],
      reportedBy: 'op',
    });
    expect((await store.insertNew([delivery('d-1', 'k-1')])).map((r) => r.id)).toEqual(['d-1']);
    const written = await store.insertNew([delivery('d-2', 'k-2'), delivery('d-3', 'k-1'), delivery('d-4', 'k-3')]);
    expect(written.map((r) => r.id).sort()).toEqual(['d-2', 'd-4']);
    expect((await store.byIdempotencyKeys('prov-1', ['k-1']))[0]?.id).toBe('d-1');
  });

  it('an override, once written, can be neither changed nor deleted', async () => {
    const store = outcomes.stores.deliveries;
    await store.recordOverrides([
      {
        pathId: 'path-x',
        deliveryId: null,
        rule: 'PATH_MIN_SESSIONS',
        bound: 3,
        actual: 1,
        reason: 'The person was hired',
        overriddenBy: 'sup',
        overriddenByOrg: 'cpi',
      },
    ]);
    await expect(
      outcomes.database.db.execute(sql`update outcomes.rule_override set reason = 'rewritten'`),
    ).rejects.toThrow();
    await expect(outcomes.database.db.execute(sql`delete from outcomes.rule_override`)).rejects.toThrow();
    expect((await store.overridesBy('pathId', ['path-x'])).map((o) => o.reason)).toEqual(['The person was hired']);
  });

  it('a transaction that fails writes nothing', async () => {
    const store = outcomes.stores.deliveries;
    const other = { ...key, personId: 'person-2' };
    await expect(
      store.transaction(async (tx) => {
        await tx.insertOpenPaths([opening(other, 'path-rolled-back', '2025-03-01')]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store.lockOpenPaths(other.providerId, [triple(other)])).toEqual([]);
  });
});
