import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { OutcomesDb } from './delivery-store.ts';
import { placements } from './tables.ts';

export type PlacementRecord = typeof placements.$inferSelect;
export type NewPlacement = Omit<typeof placements.$inferInsert, 'id' | 'createdAt'>;

export function createPlacementStore(db: OutcomesDb) {
  return {
    async byIds(ids: readonly string[]): Promise<PlacementRecord[]> {
      return db.select().from(placements).where(inArray(placements.id, [...ids]));
    },

    async by(column: 'personId' | 'employerId' | 'vacancyId', ids: readonly string[]): Promise<PlacementRecord[]> {
      return db.select().from(placements).where(inArray(placements[column], [...ids])).orderBy(asc(placements.startedOn), asc(placements.id));
    },

    /** Placements counting toward the L. 68/1999 quota of these employers. */
    async quotaHiresOf(employerIds: readonly string[]): Promise<PlacementRecord[]> {
      return db
        .select()
        .from(placements)
        .where(and(inArray(placements.employerId, [...employerIds]), eq(placements.countsTowardQuota, true)))
        .orderBy(asc(placements.startedOn), asc(placements.id));
    },

    async insertOnce(placement: NewPlacement): Promise<{ row: PlacementRecord; created: boolean }> {
      const [row] = await db.insert(placements).values({ ...placement, id: randomUUID() }).onConflictDoNothing({ target: [placements.reportedByOrg, placements.idempotencyKey] }).returning();
      if (row) return { row, created: true };
      const [existing] = await db.select().from(placements).where(and(eq(placements.reportedByOrg, placement.reportedByOrg), eq(placements.idempotencyKey, placement.idempotencyKey)));
      return { row: existing!, created: false };
    },
  };
}

export type PlacementStore = ReturnType<typeof createPlacementStore>;
