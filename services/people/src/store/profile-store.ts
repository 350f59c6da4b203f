import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { PeopleDb } from './person-store.ts';
import { disabilityProfiles, functionalProfiles, rankingFacts } from './tables.ts';

export type DisabilityProfileRecord = typeof disabilityProfiles.$inferSelect;
export type FunctionalProfileRecord = typeof functionalProfiles.$inferSelect;
export type RankingFactsRecord = typeof rankingFacts.$inferSelect;

/** Health data and what is derived from it; kept in their own tables and their own store. */
export function createProfileStore(db: PeopleDb) {
  return {
    async disabilityOf(personIds: readonly string[]): Promise<DisabilityProfileRecord[]> {
      return db.select().from(disabilityProfiles).where(inArray(disabilityProfiles.personId, [...personIds]));
    },

    /** Clinical details complete an assessment recorded at enrolment; null when there is none. */
    async recordClinicalDetails(personId: string, details: { functionalDiagnosis: string | null; clinicalNotes: string | null }, by: string): Promise<DisabilityProfileRecord | null> {
      const [row] = await db.update(disabilityProfiles).set({ ...details, updatedBy: by, updatedAt: sql`now()` }).where(eq(disabilityProfiles.personId, personId)).returning();
      return row ?? null;
    },

    async functionalProfilesOf(personIds: readonly string[]): Promise<FunctionalProfileRecord[]> {
      return db.select().from(functionalProfiles).where(inArray(functionalProfiles.personId, [...personIds])).orderBy(asc(functionalProfiles.version));
    },

    /** A new version, numbered after the latest in the same transaction (the primary key refuses a race). */
    async addFunctionalProfile(input: Omit<typeof functionalProfiles.$inferInsert, 'version' | 'recordedAt'>): Promise<FunctionalProfileRecord> {
      return db.transaction(async (tx) => {
        const [latest] = await tx.select({ version: functionalProfiles.version }).from(functionalProfiles).where(eq(functionalProfiles.personId, input.personId)).orderBy(desc(functionalProfiles.version)).limit(1);
        const [row] = await tx.insert(functionalProfiles).values({ ...input, version: (latest?.version ?? 0) + 1 }).returning();
        return row!;
      });
    },

    async recordRankingFacts(input: typeof rankingFacts.$inferInsert): Promise<void> {
      await db.insert(rankingFacts).values(input).onConflictDoUpdate({ target: [rankingFacts.personId, rankingFacts.declaredOn], set: { annualIncomeCents: input.annualIncomeCents, dependants: input.dependants, recordedBy: input.recordedBy } });
    },

    /** The latest declaration on or before a date, per person. */
    async rankingFactsOn(personIds: readonly string[], date: string): Promise<RankingFactsRecord[]> {
      const rows = await db.select().from(rankingFacts).where(and(inArray(rankingFacts.personId, [...personIds]), lte(rankingFacts.declaredOn, date))).orderBy(asc(rankingFacts.declaredOn));
      const latest = new Map<string, RankingFactsRecord>();
      for (const row of rows) latest.set(row.personId, row);
      return [...latest.values()];
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
