import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from './enrolment-store.ts';
import type { PeopleDb } from './person-store.ts';
import { enrolmentEligibility, enrolments, enrolmentTransfers, enrolmentTransitions } from './tables.ts';

export type EnrolmentTransferRecord = typeof enrolmentTransfers.$inferSelect;

export function createTransferStore(db: PeopleDb) {
  return {
    async byIds(ids: readonly string[]): Promise<EnrolmentTransferRecord[]> {
      return db.select().from(enrolmentTransfers).where(anyOf(enrolmentTransfers.id, ids));
    },

    async byPersons(personIds: readonly string[]): Promise<EnrolmentTransferRecord[]> {
      return db
        .select()
        .from(enrolmentTransfers)
        .where(anyOf(enrolmentTransfers.personId, personIds))
        .orderBy(asc(enrolmentTransfers.createdAt), asc(enrolmentTransfers.id));
    },

    async request(
      row: Omit<
        EnrolmentTransferRecord,
        | 'id'
        | 'status'
        | 'completedOn'
        | 'completedBy'
        | 'toEnrolmentId'
        | 'createdAt'
        | 'closedOn'
        | 'closedReason'
        | 'closedBy'
        | 'closedByOrg'
      >,
    ): Promise<EnrolmentTransferRecord> {
      const [inserted] = await db
        .insert(enrolmentTransfers)
        .values({ id: randomUUID(), ...row, status: 'PENDING' })
        .returning();
      return inserted!;
    },

    /** Closes a pending move without moving anything; null when it is no longer pending (nothing written). */
    async close(
      transfer: EnrolmentTransferRecord,
      closing: { status: 'REFUSED' | 'WITHDRAWN'; on: string; reason: string },
      actor: Actor,
    ): Promise<EnrolmentTransferRecord | null> {
      const [row] = await db
        .update(enrolmentTransfers)
        .set({
          status: closing.status,
          closedOn: closing.on,
          closedReason: closing.reason,
          closedBy: actor.subject,
          closedByOrg: actor.organisation,
        })
        .where(and(eq(enrolmentTransfers.id, transfer.id), eq(enrolmentTransfers.status, 'PENDING')))
        .returning();
      return row ?? null;
    },

    /**
     * The move, in one transaction: the origin enrolment is cancelled (the list it leaves records the day and why),
     * the enrolment at the destination is accepted the same day with the origin's assessment check and seniority,
     * and the transfer is marked completed. Null when the transfer or the origin changed meanwhile (nothing written).
     */
    async complete(
      transfer: EnrolmentTransferRecord,
      move: { on: string; seniorityFrom: string | null },
      actor: Actor,
    ): Promise<EnrolmentTransferRecord | null> {
      try {
        return await db.transaction(async (tx) => {
          const [origin] = await tx
            .update(enrolments)
            .set({ status: 'CANCELLED' })
            .where(and(eq(enrolments.id, transfer.fromEnrolmentId), eq(enrolments.status, 'ACCEPTED')))
            .returning();
          if (!origin) throw new ChangedMeanwhile();
          const [claimed] = await tx
            .update(enrolmentTransfers)
            .set({ status: 'COMPLETED', completedOn: move.on, completedBy: actor.subject })
            .where(and(eq(enrolmentTransfers.id, transfer.id), eq(enrolmentTransfers.status, 'PENDING')))
            .returning();
          if (!claimed) throw new ChangedMeanwhile();
          const by = { bySubject: actor.subject, byOrganisation: actor.organisation };
          await tx.insert(enrolmentTransitions).values({
            enrolmentId: origin.id,
            fromStatus: 'ACCEPTED',
            toStatus: 'CANCELLED',
            on: move.on,
            ...by,
            reason: `Moved to the list of ${transfer.toProvince} (L. 68/1999 art. 8 c.1)`,
          });
          const [destination] = await tx
            .insert(enrolments)
            .values({
              id: randomUUID(),
              personId: origin.personId,
              list: origin.list,
              province: transfer.toProvince,
              status: 'ACCEPTED',
              submittedOn: move.on,
              decidedOn: move.on,
              unemployed: origin.unemployed,
              documents: origin.documents,
              transferredFrom: origin.id,
              seniorityFrom: move.seniorityFrom,
            })
            .returning();
          for (const [fromStatus, toStatus] of [
            [null, 'SUBMITTED'],
            ['SUBMITTED', 'ACCEPTED'],
          ] as const) {
            await tx.insert(enrolmentTransitions).values({
              enrolmentId: destination!.id,
              fromStatus,
              toStatus,
              on: move.on,
              ...by,
              reason: `Moved from the list of ${transfer.fromProvince} (L. 68/1999 art. 8 c.1)`,
            });
          }
          const [eligibility] = await tx
            .select()
            .from(enrolmentEligibility)
            .where(eq(enrolmentEligibility.enrolmentId, origin.id));
          if (eligibility)
            await tx.insert(enrolmentEligibility).values({ ...eligibility, enrolmentId: destination!.id });
          const [done] = await tx
            .update(enrolmentTransfers)
            .set({ toEnrolmentId: destination!.id })
            .where(eq(enrolmentTransfers.id, transfer.id))
            .returning();
          return done!;
        });
      } catch (error) {
        if (error instanceof ChangedMeanwhile) return null;
        throw error;
      }
    },
  };
}

/** Thrown inside the transaction to undo what it wrote when another request got there first. */
class ChangedMeanwhile extends Error {}

export type TransferStore = ReturnType<typeof createTransferStore>;
