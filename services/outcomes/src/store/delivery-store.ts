import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { anyOf, preparedByKeys, rowsAsSelect, type Database } from '@reg/db';
import { ruleOverrides, serviceDeliveries, servicePaths, type ProviderKind, type tables } from './tables.ts';

export type OutcomesDb = Database<typeof tables>;
export type DeliveryRecord = typeof serviceDeliveries.$inferSelect;
export type NewDeliveryWithId = Omit<typeof serviceDeliveries.$inferInsert, 'reportedAt'> & { id: string };
export type PathRecord = typeof servicePaths.$inferSelect;
export type OverrideRecord = typeof ruleOverrides.$inferSelect;
export type NewOverride = Omit<typeof ruleOverrides.$inferInsert, 'id' | 'overriddenAt'>;
/** A path opened by a write, with its id chosen by the writer (deliveries name it before it is stored). */
export type NewOpenPath = PathKey & {
  id: string;
  personProvince: string;
  providerKind: ProviderKind | null;
  openedOn: string;
};
export interface PathTotalsUpdate {
  id: string;
  totalMinutes: number;
  totalSessions: number;
  firstDeliveredOn: string | null;
  lastDeliveredOn: string | null;
  openedOn: string;
}

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
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byPersons = preparedByKeys('outcomes_deliveries_by_persons', (keys) =>
    db
      .select()
      .from(serviceDeliveries)
      .where(anyOf(serviceDeliveries.personId, keys))
      .orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id)),
  );
  const store = {
    async byIds(ids: readonly string[]): Promise<DeliveryRecord[]> {
      return db.select().from(serviceDeliveries).where(anyOf(serviceDeliveries.id, ids));
    },

    /** One statement for a whole batch: a retried batch is answered without asking other subgraphs again. */
    async byIdempotencyKeys(providerId: string, keys: readonly string[]): Promise<DeliveryRecord[]> {
      if (keys.length === 0) return [];
      return db
        .select()
        .from(serviceDeliveries)
        .where(and(eq(serviceDeliveries.providerId, providerId), anyOf(serviceDeliveries.idempotencyKey, keys)));
    },

    byPersons: (personIds: readonly string[]): Promise<DeliveryRecord[]> => byPersons(personIds),

    async byPaths(pathIds: readonly string[]): Promise<DeliveryRecord[]> {
      return db
        .select()
        .from(serviceDeliveries)
        .where(anyOf(serviceDeliveries.pathId, pathIds))
        .orderBy(asc(serviceDeliveries.deliveredOn), asc(serviceDeliveries.id));
    },

    async byProviders(
      providerIds: readonly string[],
      from: string | null,
      to: string | null,
    ): Promise<DeliveryRecord[]> {
      const conditions: SQL[] = [anyOf(serviceDeliveries.providerId, providerIds)];
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

    /**
     * Inserts the rows in one statement; a row whose key the provider already used is left out, so the rows
     * returned are the new ones (the caller finds the others by key). The rows go as one JSON parameter
     * (rowsAsSelect): a batch of 500 is not 10,000 parameters to build and parse.
     */
    async insertNew(deliveries: readonly NewDeliveryWithId[]): Promise<DeliveryRecord[]> {
      if (deliveries.length === 0) return [];
      return db
        .insert(serviceDeliveries)
        .select(rowsAsSelect(serviceDeliveries, deliveries))
        .onConflictDoNothing({ target: [serviceDeliveries.providerId, serviceDeliveries.idempotencyKey] })
        .returning();
    },

    async pathsByIds(ids: readonly string[]): Promise<PathRecord[]> {
      return db.select().from(servicePaths).where(anyOf(servicePaths.id, ids));
    },

    /**
     * The open paths of one provider for the given person, service and modality triples, in one statement, locked
     * until the transaction ends so that two writers on one path check the bounds one after the other. Locked in
     * id order, so two batches touching the same paths wait for each other instead of deadlocking. Call inside
     * `transaction`.
     */
    async lockOpenPaths(providerId: string, keys: readonly Omit<PathKey, 'providerId'>[]): Promise<PathRecord[]> {
      if (keys.length === 0) return [];
      const triples = sql.join(
        keys.map((k) => sql`(${k.personId}, ${k.serviceCode}, ${k.modality})`),
        sql`, `,
      );
      return db
        .select()
        .from(servicePaths)
        .where(
          and(
            eq(servicePaths.providerId, providerId),
            eq(servicePaths.status, 'OPEN'),
            sql`(${servicePaths.personId}, ${servicePaths.serviceCode}, ${servicePaths.modality}) in (${triples})`,
          ),
        )
        .orderBy(asc(servicePaths.id))
        .for('update');
    },

    /**
     * Opens the paths in one statement; a path whose key another writer opened meanwhile is left out, so the
     * rows returned are the ones this call opened.
     */
    async insertOpenPaths(paths: readonly NewOpenPath[]): Promise<PathRecord[]> {
      if (paths.length === 0) return [];
      return db
        .insert(servicePaths)
        .values(paths.map((p) => ({ ...p, status: 'OPEN' as const })))
        .onConflictDoNothing()
        .returning();
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
        .where(anyOf(servicePaths[column], ids))
        .orderBy(asc(servicePaths.openedOn), asc(servicePaths.id));
    },

    async lockPath(id: string): Promise<PathRecord | null> {
      const [row] = await db.select().from(servicePaths).where(eq(servicePaths.id, id)).for('update');
      return row ?? null;
    },

    /** The running totals of many paths in one statement. */
    async updatePathTotals(updates: readonly PathTotalsUpdate[]): Promise<void> {
      if (updates.length === 0) return;
      const values = sql.join(
        updates.map(
          (u) =>
            sql`(${u.id}::text, ${u.totalMinutes}::integer, ${u.totalSessions}::integer, ${u.firstDeliveredOn}::date, ${u.lastDeliveredOn}::date, ${u.openedOn}::date)`,
        ),
        sql`, `,
      );
      await db.execute(sql`
        update outcomes.service_path as p
        set total_minutes = v.total_minutes, total_sessions = v.total_sessions,
            first_delivered_on = v.first_delivered_on, last_delivered_on = v.last_delivered_on, opened_on = v.opened_on
        from (values ${values}) as v (id, total_minutes, total_sessions, first_delivered_on, last_delivered_on, opened_on)
        where p.id = v.id`);
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
        .where(anyOf(ruleOverrides[column], ids))
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

/** The store: queries, and `transaction` to run a write atomically (a savepoint when called inside one). */
export function createDeliveryStore(db: OutcomesDb) {
  return scoped(db);
}

export type DeliveryStore = ReturnType<typeof createDeliveryStore>;
