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

describe('delivery store (both drivers)', () => {
  it('one open path per provider, person, service and modality; a closed one makes room for the next', async () => {
    const store = outcomes.stores.deliveries;
    const first = await store.transaction((tx) => tx.lockOpenPath(key, 'MI', '2025-03-01'));
    const again = await store.transaction((tx) => tx.lockOpenPath(key, 'MI', '2025-03-05'));
    expect(again.id).toBe(first.id);
    await store.transaction((tx) => tx.closePath(first.id, '2025-04-01', 'op'));
    const next = await store.transaction((tx) => tx.lockOpenPath(key, 'MI', '2025-05-01'));
    expect(next.id).not.toBe(first.id);
    expect(next.status).toBe('OPEN');
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
        await tx.lockOpenPath(other, 'MI', '2025-03-01');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const open = await store.transaction((tx) => tx.lockOpenPath(other, 'MI', '2025-06-01'));
    expect(open.openedOn).toBe('2025-06-01');
  });
});
