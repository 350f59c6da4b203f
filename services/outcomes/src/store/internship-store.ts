import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { OutcomesDb } from './delivery-store.ts';
import { internshipDossierEntries, internshipExtensions, internships } from './tables.ts';

export type InternshipRecord = typeof internships.$inferSelect;
export type NewInternship = Omit<typeof internships.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'status'>;
export type DossierEntryRecord = typeof internshipDossierEntries.$inferSelect;
export type NewDossierEntry = Omit<typeof internshipDossierEntries.$inferInsert, 'id' | 'recordedAt'>;
export type ExtensionRecord = typeof internshipExtensions.$inferSelect;
export type NewExtension = Omit<typeof internshipExtensions.$inferInsert, 'id' | 'recordedAt'>;

/** The columns a step after the agreement sets (the status with them). */
export type InternshipStep = Partial<
  Pick<
    InternshipRecord,
    | 'status'
    | 'objectives'
    | 'plannedStartOn'
    | 'plannedEndOn'
    | 'weeklyHours'
    | 'promoterTutorName'
    | 'promoterTutorRole'
    | 'hostTutorName'
    | 'hostTutorRole'
    | 'projectApprovedOn'
    | 'startedOn'
    | 'endedOn'
    | 'endReason'
    | 'endNote'
    | 'attestationIssuedOn'
    | 'attestationActivities'
    | 'attestationResults'
    | 'attestationIssuedBy'
  >
>;

function internshipQueries(db: OutcomesDb) {
  return {
    async byIds(ids: readonly string[]): Promise<InternshipRecord[]> {
      return db.select().from(internships).where(anyOf(internships.id, ids));
    },

    async by(column: 'personId' | 'hostEmployerId', ids: readonly string[]): Promise<InternshipRecord[]> {
      return db
        .select()
        .from(internships)
        .where(anyOf(internships[column], ids))
        .orderBy(asc(internships.agreementSignedOn), asc(internships.id));
    },

    /** Inserts the agreement once per (promoter, key): a retry finds the first row. */
    async insertOnce(row: NewInternship): Promise<{ row: InternshipRecord; created: boolean }> {
      const [inserted] = await db
        .insert(internships)
        .values({ ...row, id: randomUUID(), status: 'AGREED' })
        .onConflictDoNothing({ target: [internships.promoterId, internships.idempotencyKey] })
        .returning();
      if (inserted) return { row: inserted, created: true };
      const [existing] = await db
        .select()
        .from(internships)
        .where(and(eq(internships.promoterId, row.promoterId), eq(internships.idempotencyKey, row.idempotencyKey)));
      return { row: existing!, created: false };
    },

    /** Locked until the transaction ends, so two steps of one internship are checked one after the other. */
    async lock(id: string): Promise<InternshipRecord | null> {
      const [row] = await db.select().from(internships).where(eq(internships.id, id)).for('update');
      return row ?? null;
    },

    async recordStep(id: string, step: InternshipStep, by: string): Promise<InternshipRecord> {
      const [row] = await db
        .update(internships)
        .set({ ...step, updatedBy: by, updatedAt: sql`now()` })
        .where(eq(internships.id, id))
        .returning();
      return row!;
    },

    async extensionsOf(internshipIds: readonly string[]): Promise<ExtensionRecord[]> {
      if (internshipIds.length === 0) return [];
      return db
        .select()
        .from(internshipExtensions)
        .where(anyOf(internshipExtensions.internshipId, internshipIds))
        .orderBy(asc(internshipExtensions.newEndOn));
    },

    /**
     * Appends the extension and moves the internship's current end to it, in the caller's transaction (the row is
     * locked): the history row and the end it sets commit together.
     */
    async extend(extension: NewExtension): Promise<InternshipRecord> {
      await db.insert(internshipExtensions).values({ ...extension, id: randomUUID() });
      const [row] = await db
        .update(internships)
        .set({ extendedEndOn: extension.newEndOn, updatedBy: extension.recordedBy, updatedAt: sql`now()` })
        .where(eq(internships.id, extension.internshipId))
        .returning();
      return row!;
    },

    async dossierOf(internshipIds: readonly string[]): Promise<DossierEntryRecord[]> {
      if (internshipIds.length === 0) return [];
      return db
        .select()
        .from(internshipDossierEntries)
        .where(anyOf(internshipDossierEntries.internshipId, internshipIds))
        .orderBy(asc(internshipDossierEntries.entryOn), asc(internshipDossierEntries.recordedAt));
    },

    /** Appends an entry; the same entry (day and activity) again is a retry and changes nothing. */
    async addDossierEntry(entry: NewDossierEntry): Promise<{ row: DossierEntryRecord; created: boolean }> {
      const [inserted] = await db
        .insert(internshipDossierEntries)
        .values({ ...entry, id: randomUUID() })
        .onConflictDoNothing({
          target: [
            internshipDossierEntries.internshipId,
            internshipDossierEntries.entryOn,
            internshipDossierEntries.activity,
          ],
        })
        .returning();
      if (inserted) return { row: inserted, created: true };
      const [existing] = await db
        .select()
        .from(internshipDossierEntries)
        .where(
          and(
            eq(internshipDossierEntries.internshipId, entry.internshipId),
            eq(internshipDossierEntries.entryOn, entry.entryOn),
            eq(internshipDossierEntries.activity, entry.activity),
          ),
        );
      return { row: existing!, created: false };
    },
  };
}

export type InternshipQueries = ReturnType<typeof internshipQueries>;

export function createInternshipStore(db: OutcomesDb) {
  return {
    ...internshipQueries(db),
    /** Runs `work` in one transaction with queries bound to it: everything it writes commits or none of it. */
    transaction: <T>(work: (tx: InternshipQueries) => Promise<T>): Promise<T> =>
      db.transaction(async (tx) => work(internshipQueries(tx as unknown as OutcomesDb))),
  };
}

export type InternshipStore = ReturnType<typeof createInternshipStore>;
