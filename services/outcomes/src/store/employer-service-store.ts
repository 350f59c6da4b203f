import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import type { OutcomesDb } from './delivery-store.ts';
import { employerServiceCancellations, employerServiceDeliveries } from './tables.ts';

export type EmployerServiceRecord = typeof employerServiceDeliveries.$inferSelect;
export type NewEmployerService = Omit<typeof employerServiceDeliveries.$inferInsert, 'id' | 'reportedAt'>;
export type CancellationRecord = typeof employerServiceCancellations.$inferSelect;
export type NewCancellation = Omit<typeof employerServiceCancellations.$inferInsert, 'id' | 'cancelledAt'>;

function employerServiceQueries(db: OutcomesDb) {
  const queries = {
    async byIds(ids: readonly string[]): Promise<EmployerServiceRecord[]> {
      return db.select().from(employerServiceDeliveries).where(anyOf(employerServiceDeliveries.id, ids));
    },

    async byEmployers(employerIds: readonly string[]): Promise<EmployerServiceRecord[]> {
      return db
        .select()
        .from(employerServiceDeliveries)
        .where(anyOf(employerServiceDeliveries.employerId, employerIds))
        .orderBy(asc(employerServiceDeliveries.deliveredOn), asc(employerServiceDeliveries.id));
    },

    /** The report a provider stored under this key, if any: a retry is answered from it. */
    async byKey(providerId: string, idempotencyKey: string): Promise<EmployerServiceRecord | null> {
      const [row] = await db
        .select()
        .from(employerServiceDeliveries)
        .where(
          and(
            eq(employerServiceDeliveries.providerId, providerId),
            eq(employerServiceDeliveries.idempotencyKey, idempotencyKey),
          ),
        );
      return row ?? null;
    },

    /** The reports a provider stored under these keys: a batch's retries, read in one statement. */
    async byKeys(providerId: string, idempotencyKeys: readonly string[]): Promise<EmployerServiceRecord[]> {
      if (idempotencyKeys.length === 0) return [];
      return db
        .select()
        .from(employerServiceDeliveries)
        .where(
          and(
            eq(employerServiceDeliveries.providerId, providerId),
            anyOf(employerServiceDeliveries.idempotencyKey, idempotencyKeys),
          ),
        );
    },

    /**
     * Serialises the reports about one employer until the transaction ends, so that two concurrent reports naming
     * the same redundant worker are checked one after the other (no row to lock exists before the first).
     */
    async lockEmployer(employerId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`employer-service:${employerId}`}))`);
    },

    /** The workers among these already served by this employer's reports of a service and modality, not withdrawn. */
    async workersServed(employerId: string, serviceCode: string, modality: string, workers: readonly string[]) {
      if (workers.length === 0) return [];
      const rows = await db
        .select({ redundantWorkers: employerServiceDeliveries.redundantWorkers })
        .from(employerServiceDeliveries)
        .where(
          and(
            eq(employerServiceDeliveries.employerId, employerId),
            eq(employerServiceDeliveries.serviceCode, serviceCode),
            eq(employerServiceDeliveries.modality, modality),
            notExists(
              db
                .select({ one: sql`1` })
                .from(employerServiceCancellations)
                .where(eq(employerServiceCancellations.deliveryId, employerServiceDeliveries.id)),
            ),
            sql`${employerServiceDeliveries.redundantWorkers} ?| array[${sql.join(
              workers.map((w) => sql`${w}`),
              sql`, `,
            )}]::text[]`,
          ),
        );
      const asked = new Set(workers);
      return [...new Set(rows.flatMap((r) => r.redundantWorkers.filter((w) => asked.has(w))))];
    },

    async cancellationsOf(deliveryIds: readonly string[]): Promise<CancellationRecord[]> {
      if (deliveryIds.length === 0) return [];
      return db
        .select()
        .from(employerServiceCancellations)
        .where(anyOf(employerServiceCancellations.deliveryId, deliveryIds));
    },

    /** Records the withdrawal once per report: a concurrent twin's row is returned with created false. */
    async cancelOnce(cancellation: NewCancellation): Promise<{ row: CancellationRecord; created: boolean }> {
      const [inserted] = await db
        .insert(employerServiceCancellations)
        .values({ ...cancellation, id: randomUUID() })
        .onConflictDoNothing({ target: [employerServiceCancellations.deliveryId] })
        .returning();
      if (inserted) return { row: inserted, created: true };
      const [existing] = await queries.cancellationsOf([cancellation.deliveryId]);
      return { row: existing!, created: false };
    },

    /** Inserts once per provider and key: a concurrent twin's row is returned with created false. */
    async insertOnce(row: NewEmployerService): Promise<{ row: EmployerServiceRecord; created: boolean }> {
      const [inserted] = await db
        .insert(employerServiceDeliveries)
        .values({ ...row, id: randomUUID() })
        .onConflictDoNothing({
          target: [employerServiceDeliveries.providerId, employerServiceDeliveries.idempotencyKey],
        })
        .returning();
      if (inserted) return { row: inserted, created: true };
      return { row: (await queries.byKey(row.providerId, row.idempotencyKey))!, created: false };
    },
  };
  return queries;
}

export type EmployerServiceQueries = ReturnType<typeof employerServiceQueries>;

export function createEmployerServiceStore(db: OutcomesDb) {
  return {
    ...employerServiceQueries(db),
    /** Runs `work` in one transaction with queries bound to it: everything it writes commits or none of it. */
    transaction: <T>(work: (tx: EmployerServiceQueries) => Promise<T>): Promise<T> =>
      db.transaction(async (tx) => work(employerServiceQueries(tx as unknown as OutcomesDb))),
  };
}

export type EmployerServiceStore = ReturnType<typeof createEmployerServiceStore>;
