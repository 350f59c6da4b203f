import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PeopleDb } from './person-store.ts';
import { enrolments, enrolmentTransitions, type EnrolmentList, type EnrolmentStatus } from './tables.ts';

export type EnrolmentRecord = typeof enrolments.$inferSelect;
export type EnrolmentTransitionRecord = typeof enrolmentTransitions.$inferSelect;

export interface Actor { subject: string; organisation: string | null }

export function createEnrolmentStore(db: PeopleDb) {
  return {
    async byIds(ids: readonly string[]): Promise<EnrolmentRecord[]> {
      return db.select().from(enrolments).where(inArray(enrolments.id, [...ids]));
    },

    async byPersons(personIds: readonly string[]): Promise<EnrolmentRecord[]> {
      return db.select().from(enrolments).where(inArray(enrolments.personId, [...personIds])).orderBy(asc(enrolments.submittedOn), asc(enrolments.createdAt));
    },

    async transitionsOf(enrolmentIds: readonly string[]): Promise<EnrolmentTransitionRecord[]> {
      return db.select().from(enrolmentTransitions).where(inArray(enrolmentTransitions.enrolmentId, [...enrolmentIds])).orderBy(asc(enrolmentTransitions.id));
    },

    /** The application and its first transition (to SUBMITTED) in one transaction. */
    async submit(input: { personId: string; list: EnrolmentList; province: string; submittedOn: string }, actor: Actor): Promise<EnrolmentRecord> {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(enrolments).values({ id: randomUUID(), ...input, status: 'SUBMITTED' }).returning();
        await tx.insert(enrolmentTransitions).values({ enrolmentId: row!.id, fromStatus: null, toStatus: 'SUBMITTED', bySubject: actor.subject, byOrganisation: actor.organisation, reason: null });
        return row!;
      });
    },

    /**
     * Moves the status only if it is still `from` (a concurrent change makes this return null), and
     * records the transition in the same transaction.
     */
    async transition(id: string, from: EnrolmentStatus, to: EnrolmentStatus, decidedOn: string | null, reason: string | null, actor: Actor): Promise<EnrolmentRecord | null> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(enrolments)
          .set({ status: to, ...(decidedOn ? { decidedOn } : {}) })
          .where(and(eq(enrolments.id, id), eq(enrolments.status, from)))
          .returning();
        if (!row) return null;
        await tx.insert(enrolmentTransitions).values({ enrolmentId: id, fromStatus: from, toStatus: to, bySubject: actor.subject, byOrganisation: actor.organisation, reason });
        return row;
      });
    },
  };
}

export type EnrolmentStore = ReturnType<typeof createEnrolmentStore>;
