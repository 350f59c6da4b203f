import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Database } from '@reg/db';
import { ruleOverrides, serviceDeliveries, servicePaths, type ProviderKind, type tables } from './tables.ts';

export type OutcomesDb = Database<typeof tables>;
export type DeliveryRecord = typeof serviceDeliveries.$inferSelect;
export type NewDelivery = Omit<typeof serviceDeliveries.$inferInsert, 'id' | 'reportedAt'>;
export type PathRecord = typeof servicePaths.$inferSelect;
export type OverrideRecord = typeof ruleOverrides.$inferSelect;
export type NewOverride = Omit<typeof ruleOverrides.$inferInsert, 'id' | 'overriddenAt'>;

/** What identifies a path in progress: one provider, one person, one service, one modality. */
export interface PathKey {
  providerId: string;
  personId: string;
  serviceCode: string;
  modality: string;
}

const exportFilter = (providerId: string, from: string, to: string, province: string | null) =>
  and(
    eq(serviceDeliveries.providerId, providerId),
    gte(serviceDeliveries.deliveredOn, from),
    lte(serviceDeliveries.deliveredOn, to),
    ...(province === null ? [] : [eq(serviceDeliveries.personProvince, province)]),
  );

function deliveryQueries(db: OutcomesDb) {
  const store = {
    async byIds(ids: readonly string[]): Promise<DeliveryRecord[]> {
      return db
        .select()
        .from(serviceDeliveries)
        .where(inArray(serviceDeliveries.id, [...ids]));
    },

    async byIdempotencyKey(providerId: string, key: string): Promise<DeliveryRecord | null> {
      const [row] = await db
        .select()
        .from(serviceDeliveries)
        .where(and(eq(serviceDeliveries.providerId, providerId), eq(serviceDeliveries.idempotencyKey, key)));
      return row ?? null;
    },

    /** One statement for a whole batch: a retried batch is answered without asking other subgraphs again. */
    async byIdempotencyKeys(providerId: string, keys: readonly string[]): Promise<DeliveryRecord[]> {
      if (keys.length === 0) return [];
      return db
        .select()
        .from(serviceDeliveries)
        .where(and(eq(serviceDeliveries.providerId, providerId), inArray(serviceDeliveries.idempotencyKey, [...keys])));
    },

    async byPersons(personIds: readonly string[]): Promise<DeliveryRecord[]> {
      return db
        .select()
        .from(serviceDeliveries)
        .where(inArray(serviceDeliveries.personId, [...personIds]))
        .orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id));
    },

    async byPaths(pathIds: readonly string[]): Promise<DeliveryRecord[]> {
      return db
        .select()
        .from(serviceDeliveries)
        .where(inArray(serviceDeliveries.pathId, [...pathIds]))
        .orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id));
    },

    async byProviders(
      providerIds: readonly string[],
      from: string | null,
      to: string | null,
    ): Promise<DeliveryRecord[]> {
      const conditions: SQL[] = [inArray(serviceDeliveries.providerId, [...providerIds])];
      if (from) conditions.push(gte(serviceDeliveries.deliveredOn, from));
      if (to) conditions.push(lte(serviceDeliveries.deliveredOn, to));
      return db
        .select()
        .from(serviceDeliveries)
        .where(and(...conditions))
        .orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id));
    },

    /** Count, then rows, of a provider's deliveries in a period (for a CPI of another provider, of its province only), in date order. */
    async countForExport(providerId: string, from: string, to: string, province: string | null): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(serviceDeliveries)
        .where(exportFilter(providerId, from, to, province));
      return row?.n ?? 0;
    },

    async forExport(
      providerId: string,
      from: string,
      to: string,
      province: string | null,
      limit: number,
    ): Promise<DeliveryRecord[]> {
      return db
        .select()
        .from(serviceDeliveries)
        .where(exportFilter(providerId, from, to, province))
        .orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id))
        .limit(limit);
    },

    /** Inserts unless the provider already used the key; returns the stored row and whether it is new. */
    async insertOnce(delivery: NewDelivery): Promise<{ row: DeliveryRecord; created: boolean }> {
      const [row] = await db
        .insert(serviceDeliveries)
        .values({ ...delivery, id: randomUUID() })
        .onConflictDoNothing({ target: [serviceDeliveries.providerId, serviceDeliveries.idempotencyKey] })
        .returning();
      if (row) return { row, created: true };
      return { row: (await store.byIdempotencyKey(delivery.providerId, delivery.idempotencyKey))!, created: false };
    },

    async pathsByIds(ids: readonly string[]): Promise<PathRecord[]> {
      return db
        .select()
        .from(servicePaths)
        .where(inArray(servicePaths.id, [...ids]));
    },

    /**
     * The open path for the key, created when there is none, and locked until the transaction ends so that
     * two reports on one path check the bounds one after the other. Call inside `transaction`.
     */
    async lockOpenPath(
      key: PathKey,
      personProvince: string,
      openedOn: string,
      providerKind: ProviderKind | null = null,
    ): Promise<PathRecord> {
      const findOpen = () =>
        db
          .select()
          .from(servicePaths)
          .where(
            and(
              eq(servicePaths.providerId, key.providerId),
              eq(servicePaths.personId, key.personId),
              eq(servicePaths.serviceCode, key.serviceCode),
              eq(servicePaths.modality, key.modality),
              eq(servicePaths.status, 'OPEN'),
            ),
          )
          .for('update');
      // Most reports join a path already open: one statement then.
      const [open] = await findOpen();
      if (open) return open;
      const [created] = await db
        .insert(servicePaths)
        .values({ ...key, id: randomUUID(), personProvince, providerKind, status: 'OPEN', openedOn })
        .onConflictDoNothing()
        .returning();
      if (created) return created;
      // Another transaction opened it meanwhile: wait for it and join.
      const [raced] = await findOpen();
      return raced!;
    },

    /** Opens a path explicitly; null when one is already open for the key. */
    async openPath(
      key: PathKey,
      personProvince: string,
      openedOn: string,
      providerKind: ProviderKind | null = null,
    ): Promise<PathRecord | null> {
      const [created] = await db
        .insert(servicePaths)
        .values({ ...key, id: randomUUID(), personProvince, providerKind, status: 'OPEN', openedOn })
        .onConflictDoNothing()
        .returning();
      return created ?? null;
    },

    async pathsBy(column: 'personId' | 'providerId', ids: readonly string[]): Promise<PathRecord[]> {
      return db
        .select()
        .from(servicePaths)
        .where(inArray(servicePaths[column], [...ids]))
        .orderBy(asc(servicePaths.openedOn), asc(servicePaths.id));
    },

    async lockPath(id: string): Promise<PathRecord | null> {
      const [row] = await db.select().from(servicePaths).where(eq(servicePaths.id, id)).for('update');
      return row ?? null;
    },

    async updatePathTotals(
      id: string,
      totals: {
        totalMinutes: number;
        totalSessions: number;
        firstDeliveredOn: string | null;
        lastDeliveredOn: string | null;
        openedOn: string;
      },
    ): Promise<void> {
      await db.update(servicePaths).set(totals).where(eq(servicePaths.id, id));
    },

    async closePath(id: string, closedOn: string, closedBy: string): Promise<PathRecord> {
      const [row] = await db
        .update(servicePaths)
        .set({ status: 'CLOSED', closedOn, closedBy })
        .where(and(eq(servicePaths.id, id), eq(servicePaths.status, 'OPEN')))
        .returning();
      return row!;
    },

    async recordOverrides(rows: readonly NewOverride[]): Promise<void> {
      if (rows.length === 0) return;
      await db.insert(ruleOverrides).values(rows.map((r) => ({ ...r, id: randomUUID() })));
    },

    async overridesBy(column: 'pathId' | 'deliveryId', ids: readonly string[]): Promise<OverrideRecord[]> {
      return db
        .select()
        .from(ruleOverrides)
        .where(inArray(ruleOverrides[column], [...ids]))
        .orderBy(asc(ruleOverrides.overriddenAt), asc(ruleOverrides.id));
    },
  };
  return store;
}

export type DeliveryQueries = ReturnType<typeof deliveryQueries>;

/** Queries, and a way to run work atomically: a transaction on the database, a savepoint inside a transaction. */
export type DeliveryScope = DeliveryQueries & {
  /** Runs `work` with queries bound to it: everything it writes commits (or is kept, in a savepoint) or none of it. */
  transaction<T>(work: (tx: DeliveryScope) => Promise<T>): Promise<T>;
};

function scoped(db: OutcomesDb): DeliveryScope {
  return {
    ...deliveryQueries(db),
    // Inside a transaction drizzle's `transaction` is a SAVEPOINT: a failed row rolls back alone.
    transaction: <T>(work: (tx: DeliveryScope) => Promise<T>): Promise<T> =>
      db.transaction(async (tx) => work(scoped(tx as unknown as OutcomesDb))),
  };
}

/**
 * A store, and `batch` to write many rows each atomically: on a PostgreSQL server one transaction with a savepoint
 * per row, since a commit per row (a WAL flush each) was most of a row's cost (measured 2-3x faster). On PGlite
 * each row keeps its own transaction: one connection serves every request there, so a batch-long transaction
 * would stall all the others, and savepoints measured no faster in WASM.
 */
export function createDeliveryStore(db: OutcomesDb, driver: 'pglite' | 'postgres') {
  const store = scoped(db);
  return {
    ...store,
    batch: <T>(work: (scope: DeliveryScope) => Promise<T>): Promise<T> =>
      driver === 'postgres' ? store.transaction(work) : work(store),
  };
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
