import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createLogger } from '@reg/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@reg/testkit';
import { buildOutcomes } from '../server.ts';
import type { NewEmployerService } from './employer-service-store.ts';

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

const report = (over: Partial<NewEmployerService> = {}): NewEmployerService => ({
  providerId: 'cpi-mi',
  providerKind: 'CPI',
  idempotencyKey: 'k-1',
  payloadHash: 'h-1',
  employerId: 'emp-1',
  employerProvince: 'MI',
  serviceCode: '4E',
  catalogueVersionId: 'trento-2013',
  deliveredOn: '2025-06-20',
  minutes: 960,
  sessions: 8,
  sessionMinutes: null,
  modality: 'INDIVIDUAL_INTERVIEW',
  outputs: ['JOB_PLACEMENT'],
  redundantWorkers: ['ESUBERO-1'],
  operator: null,
  reportedBy: 'op@cpi-mi',
  ...over,
});

describe('employer service store (both drivers)', () => {
  it('one row per provider and key: a second insert returns the first', async () => {
    const store = outcomes.stores.employerServices;
    const first = await store.insertOnce(report());
    expect(first.created).toBe(true);
    const again = await store.insertOnce(report({ payloadHash: 'h-other' }));
    expect(again).toEqual({ row: first.row, created: false });
    expect((await store.byEmployers(['emp-1'])).map((r) => r.id)).toEqual([first.row.id]);
  });

  it("the redundant workers already served by an employer's reports of a service and modality (4E per worker)", async () => {
    const store = outcomes.stores.employerServices;
    await store.insertOnce(
      report({ idempotencyKey: 'k-group', modality: 'GROUP_INTERVIEW', redundantWorkers: ['G-1', 'G-2'] }),
    );
    const served = (workers: string[], modality = 'INDIVIDUAL_INTERVIEW', employerId = 'emp-1') =>
      store.transaction(async (tx) => {
        await tx.lockEmployer(employerId);
        return tx.workersServed(employerId, '4E', modality, workers);
      });
    expect(await served(['ESUBERO-1', 'ESUBERO-2'])).toEqual(['ESUBERO-1']);
    expect(await served(['ESUBERO-2'])).toEqual([]);
    expect(await served(['G-2', 'G-3'], 'GROUP_INTERVIEW')).toEqual(['G-2']);
    expect(await served(['ESUBERO-1'], 'INDIVIDUAL_INTERVIEW', 'emp-2')).toEqual([]);
    expect(await served([])).toEqual([]);
  });

  it('append-only: a stored report is never rewritten nor deleted (a correction is a new report)', async () => {
    const db = outcomes.database.db;
    await expect(db.execute(sql`update outcomes.employer_service_delivery set minutes = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from outcomes.employer_service_delivery`)).rejects.toThrow();
    await expect(db.execute(sql`truncate outcomes.employer_service_delivery`)).rejects.toThrow();
    expect((await outcomes.stores.employerServices.byEmployers(['emp-1'])).length).toBe(2);
  });

  it('a withdrawn report no longer serves its worker; the withdrawal is once per report and append-only', async () => {
    const store = outcomes.stores.employerServices;
    const [first] = await store.byKeys('cpi-mi', ['k-1']);
    const withdraw = {
      deliveryId: first!.id,
      reason: 'Lavoratore sbagliato',
      cancelledBy: 'op',
      cancelledByOrg: 'cpi-mi',
    };
    const cancelled = await store.transaction((tx) => tx.cancelOnce(withdraw));
    expect(cancelled.created).toBe(true);
    expect(await store.transaction((tx) => tx.cancelOnce({ ...withdraw, reason: 'Altro' }))).toEqual({
      row: cancelled.row,
      created: false,
    });
    const served = await store.transaction((tx) =>
      tx.workersServed('emp-1', '4E', 'INDIVIDUAL_INTERVIEW', ['ESUBERO-1']),
    );
    expect(served).toEqual([]);
    const db = outcomes.database.db;
    await expect(db.execute(sql`update outcomes.employer_service_cancellation set reason = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from outcomes.employer_service_cancellation`)).rejects.toThrow();
    await expect(db.execute(sql`truncate outcomes.employer_service_cancellation`)).rejects.toThrow();
    expect(await store.cancellationsOf([first!.id])).toHaveLength(1);
  });
});
