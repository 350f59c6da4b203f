import { anyOf, preparedByKeys } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, lte, or, sql, type SQL } from 'drizzle-orm';
import type { OutcomesDb } from './delivery-store.ts';
import { placementFollowUps, placements, type PlacementEndReason } from './tables.ts';

export type PlacementRecord = typeof placements.$inferSelect;
export type NewPlacement = Omit<typeof placements.$inferInsert, 'id' | 'createdAt'>;
export type FollowUpRecord = typeof placementFollowUps.$inferSelect;
export type NewFollowUp = Omit<typeof placementFollowUps.$inferInsert, 'id' | 'recordedAt'>;

/** Whose placements a worklist covers: the CPI's province, or the organisation that recorded them. */
export type PlacementScope = { province: string } | { reportedByOrg: string };

type PlacementKey = 'personId' | 'employerId' | 'vacancyId' | 'internshipId';

function placementQueries(db: OutcomesDb) {
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byColumn = (column: PlacementKey) =>
    preparedByKeys(`outcomes_placements_by_${column}`, (keys) =>
      db
        .select()
        .from(placements)
        .where(anyOf(placements[column], keys))
        .orderBy(asc(placements.startedOn), asc(placements.id)),
    );
  const by = {
    personId: byColumn('personId'),
    employerId: byColumn('employerId'),
    vacancyId: byColumn('vacancyId'),
    internshipId: byColumn('internshipId'),
  };
  const queries = {
    async byIds(ids: readonly string[]): Promise<PlacementRecord[]> {
      return db.select().from(placements).where(anyOf(placements.id, ids));
    },

    by: (column: PlacementKey, ids: readonly string[]): Promise<PlacementRecord[]> => by[column](ids),

    /**
     * Confirmed placements counting toward the L. 68/1999 quota of these employers, within a caller's scope: all,
     * one employer's, or those of employers of a province and those counting in it.
     */
    async quotaHiresOf(
      employerIds: readonly string[],
      scope: { all: true } | { employerId: string } | { province: string },
    ): Promise<PlacementRecord[]> {
      const within =
        'all' in scope
          ? undefined
          : 'employerId' in scope
            ? eq(placements.employerId, scope.employerId)
            : or(eq(placements.employerProvince, scope.province), eq(placements.quotaProvince, scope.province));
      return db
        .select()
        .from(placements)
        .where(
          and(
            anyOf(placements.employerId, employerIds),
            eq(placements.countsTowardQuota, true),
            eq(placements.quotaStatus, 'CONFIRMED'),
            within,
          ),
        )
        .orderBy(asc(placements.startedOn), asc(placements.id));
    },

    /** Confirms a pending quota hire (a confirmed one is left as it was). */
    async confirmQuota(id: string, by: { subject: string; organisation: string | null }): Promise<PlacementRecord> {
      const [row] = await db
        .update(placements)
        .set({
          quotaStatus: 'CONFIRMED',
          quotaConfirmedBy: by.subject,
          quotaConfirmedByOrg: by.organisation,
          quotaConfirmedAt: sql`now()`,
        })
        .where(and(eq(placements.id, id), eq(placements.quotaStatus, 'PENDING')))
        .returning();
      return row!;
    },

    async insertOnce(placement: NewPlacement): Promise<{ row: PlacementRecord; created: boolean }> {
      const [row] = await db
        .insert(placements)
        .values({ ...placement, id: randomUUID() })
        .onConflictDoNothing({ target: [placements.reportedByOrg, placements.idempotencyKey] })
        .returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(placements)
        .where(
          and(
            eq(placements.reportedByOrg, placement.reportedByOrg),
            eq(placements.idempotencyKey, placement.idempotencyKey),
          ),
        );
      return { row: existing!, created: false };
    },

    /**
     * recordPlacements: the batch's placements in one multi-row INSERT, a key already used (before, or earlier in
     * the batch) left as it was; then the stored placement of each such key in one SELECT. In the rows' order.
     */
    async insertManyOnce(rows: readonly NewPlacement[]): Promise<Array<{ row: PlacementRecord; created: boolean }>> {
      if (rows.length === 0) return [];
      const ids = rows.map(() => randomUUID());
      const inserted = await db
        .insert(placements)
        .values(rows.map((r, i) => ({ ...r, id: ids[i]! })))
        .onConflictDoNothing({ target: [placements.reportedByOrg, placements.idempotencyKey] })
        .returning();
      const byId = new Map(inserted.map((r) => [r.id, r]));
      const missing = rows.filter((_, i) => !byId.has(ids[i]!));
      const existing =
        missing.length === 0
          ? []
          : await db
              .select()
              .from(placements)
              .where(
                or(
                  ...[...new Set(missing.map((r) => r.reportedByOrg))].map((org) =>
                    and(
                      eq(placements.reportedByOrg, org),
                      anyOf(
                        placements.idempotencyKey,
                        missing.filter((r) => r.reportedByOrg === org).map((r) => r.idempotencyKey),
                      ),
                    ),
                  ),
                ),
              );
      const byKey = new Map(existing.map((r) => [`${r.reportedByOrg}|${r.idempotencyKey}`, r]));
      return rows.map((r, i) => {
        const row = byId.get(ids[i]!);
        return row
          ? { row, created: true }
          : { row: byKey.get(`${r.reportedByOrg}|${r.idempotencyKey}`)!, created: false };
      });
    },

    /** Locked until the transaction ends, so that an end and a follow-up of one placement are checked one after the other. */
    async lock(id: string): Promise<PlacementRecord | null> {
      const [row] = await db.select().from(placements).where(eq(placements.id, id)).for('update');
      return row ?? null;
    },

    /** Sets the end of a placement that has none (a trigger refuses to change a recorded end). */
    async recordEnd(
      id: string,
      end: {
        endedOn: string;
        endReason: PlacementEndReason;
        endNote: string | null;
        endedBy: string;
        endedByOrg: string;
      },
    ): Promise<PlacementRecord> {
      const [row] = await db
        .update(placements)
        .set({ ...end, endedAt: sql`now()` })
        .where(and(eq(placements.id, id), sql`${placements.endedOn} is null`))
        .returning();
      return row!;
    },

    async followUpsOf(placementIds: readonly string[]): Promise<FollowUpRecord[]> {
      if (placementIds.length === 0) return [];
      return db
        .select()
        .from(placementFollowUps)
        .where(anyOf(placementFollowUps.placementId, placementIds))
        .orderBy(asc(placementFollowUps.milestoneMonths));
    },

    async followUpsByIds(ids: readonly string[]): Promise<FollowUpRecord[]> {
      return db.select().from(placementFollowUps).where(anyOf(placementFollowUps.id, ids));
    },

    async insertFollowUp(followUp: NewFollowUp): Promise<FollowUpRecord> {
      const [row] = await db
        .insert(placementFollowUps)
        .values({ ...followUp, id: randomUUID() })
        .returning();
      return row!;
    },

    /**
     * Placements of the scope started on or before `on` that still miss a follow-up, with the milestones they
     * have: the worklist rule decides which checks are due. Those with all three checks are left in the database.
     */
    async awaitingFollowUp(
      scope: PlacementScope,
      on: string,
    ): Promise<Array<{ placement: PlacementRecord; recorded: number[] }>> {
      const conditions: SQL[] = [
        'province' in scope
          ? eq(placements.personProvince, scope.province)
          : eq(placements.reportedByOrg, scope.reportedByOrg),
        lte(placements.startedOn, on),
        sql`(select count(*) from ${placementFollowUps} where ${placementFollowUps.placementId} = ${placements.id}) < 3`,
        // Ended before its first check could fall due (3 calendar months are at least 89 days): nothing will ever be
        // asked of it, so the list does not grow with every short placement of the past. The rule decides the rest.
        sql`(${placements.endedOn} is null or ${placements.endedOn} >= ${placements.startedOn} + 89)`,
      ];
      const rows = await db
        .select()
        .from(placements)
        .where(and(...conditions))
        .orderBy(asc(placements.startedOn), asc(placements.id));
      const followUps = await queries.followUpsOf(rows.map((r) => r.id));
      return rows.map((placement) => ({
        placement,
        recorded: followUps.filter((f) => f.placementId === placement.id).map((f) => f.milestoneMonths),
      }));
    },
  };
  return queries;
}

export type PlacementQueries = ReturnType<typeof placementQueries>;

export function createPlacementStore(db: OutcomesDb) {
  return {
    ...placementQueries(db),
    /** Runs `work` in one transaction with queries bound to it: everything it writes commits or none of it. */
    transaction: <T>(work: (tx: PlacementQueries) => Promise<T>): Promise<T> =>
      db.transaction(async (tx) => work(placementQueries(tx as unknown as OutcomesDb))),
  };
}

export type PlacementStore = ReturnType<typeof createPlacementStore>;
