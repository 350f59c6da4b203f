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

/** An internship taken to `status` with its project planned from 2025-03-10 to 2025-09-09. */
async function internship(key: string, status: 'PROJECT_APPROVED' | 'STARTED' | 'COMPLETED') {
  const store = outcomes.stores.internships;
  const { row } = await store.insertOnce({
    promoterId: 'acc-1',
    promoterKind: 'ACCREDITED',
    idempotencyKey: key,
    payloadHash: 'h',
    personId: 'p-1',
    personProvince: 'MI',
    hostEmployerId: 'emp-1',
    serviceCode: '3Bc',
    agreementReference: 'CONV-1',
    agreementSignedOn: '2025-03-01',
    maxDurationMonths: 24,
    createdBy: 'op',
    updatedBy: 'op',
  });
  await store.recordStep(
    row.id,
    {
      status: 'PROJECT_APPROVED',
      projectApprovedOn: '2025-03-05',
      plannedStartOn: '2025-03-10',
      plannedEndOn: '2025-09-09',
    },
    'op',
  );
  if (status !== 'PROJECT_APPROVED')
    await store.recordStep(row.id, { status: 'STARTED', startedOn: '2025-03-10' }, 'op');
  if (status === 'COMPLETED')
    await store.recordStep(row.id, { status: 'COMPLETED', endedOn: '2025-09-09', endReason: 'COMPLETED' }, 'op');
  return row.id;
}

const extension = (internshipId: string, previousEndOn: string, newEndOn: string) => ({
  internshipId,
  previousEndOn,
  newEndOn,
  agreedOn: '2025-09-01',
  reason: 'Completare gli obiettivi',
  recordedBy: 'op',
  recordedByOrg: 'acc-1',
});

describe('internship store: extensions under the guard trigger (both drivers)', () => {
  it('an extension appends its row and moves the current end later, the approved project untouched', async () => {
    const store = outcomes.stores.internships;
    const id = await internship('ext-1', 'STARTED');
    const row = await store.transaction((tx) => tx.extend(extension(id, '2025-09-09', '2025-12-31')));
    expect(row).toMatchObject({ plannedEndOn: '2025-09-09', extendedEndOn: '2025-12-31' });
    expect((await store.extensionsOf([id])).map((e) => e.newEndOn)).toEqual(['2025-12-31']);
  });

  it('the trigger refuses an end moved earlier, an extension of an internship not running, a rewritten project', async () => {
    const store = outcomes.stores.internships;
    const db = outcomes.database.db;
    const started = await internship('ext-2', 'STARTED');
    await store.transaction((tx) => tx.extend(extension(started, '2025-09-09', '2025-12-31')));
    await expect(
      db.execute(sql`update outcomes.internship set extended_end_on = '2025-12-30' where id = ${started}`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`update outcomes.internship set planned_end_on = '2026-01-31' where id = ${started}`),
    ).rejects.toThrow();
    for (const status of ['PROJECT_APPROVED', 'COMPLETED'] as const) {
      const id = await internship(`ext-${status}`, status);
      await expect(
        db.execute(sql`update outcomes.internship set extended_end_on = '2025-12-31' where id = ${id}`),
      ).rejects.toThrow();
    }
  });

  it('extensions are append-only', async () => {
    const db = outcomes.database.db;
    await expect(db.execute(sql`update outcomes.internship_extension set reason = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from outcomes.internship_extension`)).rejects.toThrow();
    await expect(db.execute(sql`truncate outcomes.internship_extension`)).rejects.toThrow();
  });
});
