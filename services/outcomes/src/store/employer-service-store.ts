import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { OutcomesDb } from './delivery-store.ts';
import { employerServiceDeliveries } from './tables.ts';

export type EmployerServiceRecord = typeof employerServiceDeliveries.$inferSelect;
export type NewEmployerService = Omit<typeof employerServiceDeliveries.$inferInsert, 'id' | 'reportedAt'>;

function employerServiceQueries(db: OutcomesDb) {
  const queries = {
    async byIds(ids: readonly string[]): Promise<EmployerServiceRecord[]> {
      return db
        .select()
        .from(employerServiceDeliveries)
        .where(inArray(employerServiceDeliveries.id, [...ids]));
    },

    async byEmployers(employerIds: readonly string[]): Promise<EmployerServiceRecord[]> {
      return db
        .select()
        .from(employerServiceDeliveries)
        .where(inArray(employerServiceDeliveries.employerId, [...employerIds]))
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

    /**
     * Serialises the reports about one employer until the transaction ends, so that two concurrent reports naming
     * the same redundant worker are checked one after the other (no row to lock exists before the first).
     */
    async lockEmployer(employerId: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`employer-service:${employerId}`}))`);
    },

    /** The workers among these already served by this employer's reports of a service and modality. */
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
            sql`${employerServiceDeliveries.redundantWorkers} ?| array[${sql.join(
              workers.map((w) => sql`${w}`),
              sql`, `,
            )}]::text[]`,
          ),
        );
      const asked = new Set(workers);
      return [...new Set(rows.flatMap((r) => r.redundantWorkers.filter((w) => asked.has(w))))];
    },

    /** The reports a provider stored under these keys (a batch's retries), in one statement. */
    async byKeys(providerId: string, keys: readonly string[]): Promise<EmployerServiceRecord[]> {
      if (keys.length === 0) return [];
      return db
        .select()
        .from(employerServiceDeliveries)
        .where(
          and(
            eq(employerServiceDeliveries.providerId, providerId),
            inArray(employerServiceDeliveries.idempotencyKey, [...keys]),
          ),
        );
    },

    /** lockEmployer for every employer of a batch, in one statement (in a fixed order, so batches cannot deadlock). */
    async lockEmployers(employerIds: readonly string[]): Promise<void> {
      const keys = [...new Set(employerIds)].sort().map((id) => `employer-service:${id}`);
      if (keys.length === 0) return;
      await db.execute(
        sql`select pg_advisory_xact_lock(hashtext(k)) from unnest(array[${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )}]::text[]) as k`,
      );
    },

    /** The stored reports of a service to these employers that name any of these workers (workersServed for a batch). */
    async reportsNamingWorkers(employerIds: readonly string[], serviceCode: string, workers: readonly string[]) {
      if (employerIds.length === 0 || workers.length === 0) return [];
      return db
        .select({
          employerId: employerServiceDeliveries.employerId,
          modality: employerServiceDeliveries.modality,
          redundantWorkers: employerServiceDeliveries.redundantWorkers,
        })
        .from(employerServiceDeliveries)
        .where(
          and(
            inArray(employerServiceDeliveries.employerId, [...new Set(employerIds)]),
            eq(employerServiceDeliveries.serviceCode, serviceCode),
            sql`${employerServiceDeliveries.redundantWorkers} ?| array[${sql.join(
              [...new Set(workers)].map((w) => sql`${w}`),
              sql`, `,
            )}]::text[]`,
          ),
        );
    },

    /** insertOnce for a batch: one multi-row INSERT, a key already used left as it was and returned with created false. */
    async insertManyOnce(
      rows: readonly NewEmployerService[],
    ): Promise<Array<{ row: EmployerServiceRecord; created: boolean }>> {
      if (rows.length === 0) return [];
      const ids = rows.map(() => randomUUID());
      const inserted = await db
        .insert(employerServiceDeliveries)
        .values(rows.map((r, i) => ({ ...r, id: ids[i]! })))
        .onConflictDoNothing({
          target: [employerServiceDeliveries.providerId, employerServiceDeliveries.idempotencyKey],
        })
        .returning();
      const byId = new Map(inserted.map((r) => [r.id, r]));
      const missing = rows.filter((_, i) => !byId.has(ids[i]!));
      const existing =
        missing.length === 0
          ? []
          : await queries.byKeys(
              missing[0]!.providerId,
              missing.map((r) => r.idempotencyKey),
            );
      const byKey = new Map(existing.map((r) => [r.idempotencyKey, r]));
      return rows.map((r, i) => {
        const row = byId.get(ids[i]!);
        return row ? { row, created: true } : { row: byKey.get(r.idempotencyKey)!, created: false };
      });
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
