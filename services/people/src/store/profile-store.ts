import { anyOf } from '@reg/db';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { nextVersion } from './next-version.ts';
import type { PeopleDb } from './person-store.ts';
import {
  disabilityProfiles,
  disadvantageCertifications,
  functionalProfiles,
  professionalRecords,
  profilings,
  rankingFacts,
} from './tables.ts';

export type DisabilityProfileRecord = typeof disabilityProfiles.$inferSelect;
export type FunctionalProfileRecord = typeof functionalProfiles.$inferSelect;
export type RankingFactsRecord = typeof rankingFacts.$inferSelect;
export type ProfilingRecord = typeof profilings.$inferSelect;
export type ProfessionalRecordRecord = typeof professionalRecords.$inferSelect;
export type DisadvantageCertificationRecord = typeof disadvantageCertifications.$inferSelect;

/** Health data and what is derived from it; kept in their own tables and their own store. */
export function createProfileStore(db: PeopleDb) {
  return {
    async disabilityOf(personIds: readonly string[]): Promise<DisabilityProfileRecord[]> {
      return db.select().from(disabilityProfiles).where(anyOf(disabilityProfiles.personId, personIds));
    },

    /** Clinical details complete an assessment recorded at enrolment; null when there is none. */
    async recordClinicalDetails(
      personId: string,
      details: { functionalDiagnosis: string | null; clinicalNotes: string | null },
      by: string,
    ): Promise<DisabilityProfileRecord | null> {
      const [row] = await db
        .update(disabilityProfiles)
        .set({ ...details, updatedBy: by, updatedAt: sql`now()` })
        .where(eq(disabilityProfiles.personId, personId))
        .returning();
      return row ?? null;
    },

    async functionalProfilesOf(personIds: readonly string[]): Promise<FunctionalProfileRecord[]> {
      return db
        .select()
        .from(functionalProfiles)
        .where(anyOf(functionalProfiles.personId, personIds))
        .orderBy(asc(functionalProfiles.version));
    },

    /** A new version, numbered after the latest in the same transaction (the primary key refuses a race). */
    async addFunctionalProfile(
      input: Omit<typeof functionalProfiles.$inferInsert, 'version' | 'recordedAt'>,
    ): Promise<FunctionalProfileRecord> {
      return db.transaction(async (tx) => {
        const version = await nextVersion(
          tx,
          functionalProfiles,
          functionalProfiles.version,
          eq(functionalProfiles.personId, input.personId),
        );
        const [row] = await tx
          .insert(functionalProfiles)
          .values({ ...input, version })
          .returning();
        return row!;
      });
    },

    async profilingsOf(personIds: readonly string[]): Promise<ProfilingRecord[]> {
      return db.select().from(profilings).where(anyOf(profilings.personId, personIds)).orderBy(asc(profilings.version));
    },

    async addProfiling(
      input: Omit<typeof profilings.$inferInsert, 'version' | 'recordedAt'>,
    ): Promise<ProfilingRecord> {
      return db.transaction(async (tx) => {
        const version = await nextVersion(
          tx,
          profilings,
          profilings.version,
          and(eq(profilings.personId, input.personId), eq(profilings.kind, input.kind))!,
        );
        const [row] = await tx
          .insert(profilings)
          .values({ ...input, version })
          .returning();
        return row!;
      });
    },

    async professionalRecordsOf(personIds: readonly string[]): Promise<ProfessionalRecordRecord[]> {
      return db
        .select()
        .from(professionalRecords)
        .where(anyOf(professionalRecords.personId, personIds))
        .orderBy(asc(professionalRecords.version));
    },

    async addProfessionalRecord(
      input: Omit<typeof professionalRecords.$inferInsert, 'version' | 'recordedAt'>,
    ): Promise<ProfessionalRecordRecord> {
      return db.transaction(async (tx) => {
        const version = await nextVersion(
          tx,
          professionalRecords,
          professionalRecords.version,
          eq(professionalRecords.personId, input.personId),
        );
        const [row] = await tx
          .insert(professionalRecords)
          .values({ ...input, version })
          .returning();
        return row!;
      });
    },

    async recordRankingFacts(input: typeof rankingFacts.$inferInsert): Promise<void> {
      await db
        .insert(rankingFacts)
        .values(input)
        .onConflictDoUpdate({
          target: [rankingFacts.personId, rankingFacts.declaredOn],
          set: {
            annualIncomeCents: input.annualIncomeCents,
            dependants: input.dependants,
            recordedBy: input.recordedBy,
          },
        });
    },

    /** The latest declaration on or before a date, per person. */
    async rankingFactsOn(personIds: readonly string[], date: string): Promise<RankingFactsRecord[]> {
      const rows = await db
        .select()
        .from(rankingFacts)
        .where(and(anyOf(rankingFacts.personId, personIds), lte(rankingFacts.declaredOn, date)))
        .orderBy(asc(rankingFacts.declaredOn));
      const latest = new Map<string, RankingFactsRecord>();
      for (const row of rows) latest.set(row.personId, row);
      return [...latest.values()];
    },

    async disadvantageCertificationsOf(personIds: readonly string[]): Promise<DisadvantageCertificationRecord[]> {
      return db
        .select()
        .from(disadvantageCertifications)
        .where(anyOf(disadvantageCertifications.personId, personIds))
        .orderBy(asc(disadvantageCertifications.validFrom), asc(disadvantageCertifications.id));
    },

    async addDisadvantageCertification(row: typeof disadvantageCertifications.$inferInsert): Promise<void> {
      await db.insert(disadvantageCertifications).values(row);
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
