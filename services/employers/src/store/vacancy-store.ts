import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { EmployersDb } from './employer-store.ts';
import type { JobProfile } from '../rules/matching/job-profile.ts';
import type { OccupationCodeSystem } from '../rules/vacancy-opening.ts';
import { vacancies, type ProtectedCategory, type VacancyStatus } from './tables.ts';

export type VacancyRecord = typeof vacancies.$inferSelect;

export interface NewVacancy {
  employerId: string;
  title: string;
  occupationCode: string | null;
  occupationCodeSystem: OccupationCodeSystem | null;
  province: string;
  positions: number;
  reservedFor: ProtectedCategory | null;
  openedOn: string;
  jobProfile: JobProfile | null;
  siteId: string | null;
  createdBy: string;
}

export interface VacancyFilter {
  province?: string | null;
  status?: VacancyStatus | null;
  reservedFor?: ProtectedCategory | null;
  employerId?: string | null;
}

// Newest first: the list a desk operator or a job seeker reads.
const newestFirst = [desc(vacancies.openedOn), asc(vacancies.id)];

export function createVacancyStore(db: EmployersDb) {
  return {
    async byIds(ids: readonly string[]): Promise<VacancyRecord[]> {
      return db.select().from(vacancies).where(anyOf(vacancies.id, ids));
    },

    async ofEmployers(employerIds: readonly string[]): Promise<VacancyRecord[]> {
      return db
        .select()
        .from(vacancies)
        .where(anyOf(vacancies.employerId, employerIds))
        .orderBy(...newestFirst);
    },

    async list(filter: VacancyFilter): Promise<VacancyRecord[]> {
      const conditions: SQL[] = [];
      if (filter.province) conditions.push(eq(vacancies.province, filter.province));
      if (filter.status) conditions.push(eq(vacancies.status, filter.status));
      if (filter.reservedFor) conditions.push(eq(vacancies.reservedFor, filter.reservedFor));
      if (filter.employerId) conditions.push(eq(vacancies.employerId, filter.employerId));
      return db
        .select()
        .from(vacancies)
        .where(and(...conditions))
        .orderBy(...newestFirst);
    },

    async open(input: NewVacancy): Promise<VacancyRecord> {
      const [row] = await db
        .insert(vacancies)
        .values({ id: randomUUID(), status: 'OPEN', ...input })
        .returning();
      return row!;
    },

    /** A bulk import's checked vacancies, one multi-row INSERT (atomic on its own), in the order given. */
    async openMany(inputs: readonly NewVacancy[]): Promise<VacancyRecord[]> {
      if (inputs.length === 0) return [];
      const ids = inputs.map(() => randomUUID());
      const rows = await db
        .insert(vacancies)
        .values(inputs.map((input, i) => ({ id: ids[i]!, status: 'OPEN' as const, ...input })))
        .returning();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id)!);
    },

    /** Replaces the job profile of a vacancy still open; null when it is no longer open. */
    async setJobProfile(id: string, jobProfile: JobProfile): Promise<VacancyRecord | null> {
      const [row] = await db
        .update(vacancies)
        .set({ jobProfile, siteId: jobProfile.siteId })
        .where(and(eq(vacancies.id, id), eq(vacancies.status, 'OPEN')))
        .returning();
      return row ?? null;
    },

    /**
     * Closes an open vacancy. Answers null when it is no longer open: the status condition in the UPDATE
     * settles a race between two closings, whatever either of them read before.
     */
    async close(id: string, on: string): Promise<VacancyRecord | null> {
      const [row] = await db
        .update(vacancies)
        .set({ status: 'CLOSED', closedOn: on })
        .where(and(eq(vacancies.id, id), eq(vacancies.status, 'OPEN')))
        .returning();
      return row ?? null;
    },
  };
}

export type VacancyStore = ReturnType<typeof createVacancyStore>;
