import { anyOf, preparedByKeys } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { PeopleDb } from './person-store.ts';
import { persons, takeInCharges } from './tables.ts';

export type TakeInChargeRecord = typeof takeInCharges.$inferSelect;

export function createTakeInChargeStore(db: PeopleDb) {
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byPersons = preparedByKeys('people_take_in_charges_by_persons', (keys) =>
    db.select().from(takeInCharges).where(anyOf(takeInCharges.personId, keys)).orderBy(asc(takeInCharges.startedOn)),
  );
  return {
    async byIds(ids: readonly string[]): Promise<TakeInChargeRecord[]> {
      return db.select().from(takeInCharges).where(anyOf(takeInCharges.id, ids));
    },

    byPersons: (personIds: readonly string[]): Promise<TakeInChargeRecord[]> => byPersons(personIds),

    /** Take-in-charges of many providers, with the province of each person (a CPI sees only its province's). */
    async byProviders(providerIds: readonly string[]): Promise<Array<TakeInChargeRecord & { personProvince: string }>> {
      const rows = await db
        .select({ tic: takeInCharges, personProvince: persons.residenceProvince })
        .from(takeInCharges)
        .innerJoin(persons, eq(persons.id, takeInCharges.personId))
        .where(anyOf(takeInCharges.providerId, providerIds))
        .orderBy(asc(takeInCharges.startedOn), asc(takeInCharges.id));
      return rows.map((r) => ({ ...r.tic, personProvince: r.personProvince }));
    },

    async insert(input: {
      personId: string;
      providerId: string;
      providerKind: 'CPI' | 'ACCREDITED';
      programme: string;
      startedOn: string;
      createdBy: string;
      budgetCents: number | null;
    }): Promise<TakeInChargeRecord> {
      const [row] = await db
        .insert(takeInCharges)
        .values({ id: randomUUID(), ...input })
        .returning();
      return row!;
    },

    /** Ends the current take-in-charge and starts the next with the new provider, in one transaction. */
    async handOver(
      from: TakeInChargeRecord,
      to: {
        providerId: string;
        providerKind: 'CPI' | 'ACCREDITED';
        on: string;
        reason: string;
        budgetCents: number | null;
        createdBy: string;
      },
    ): Promise<TakeInChargeRecord | null> {
      return db.transaction(async (tx) => {
        const [ended] = await tx
          .update(takeInCharges)
          .set({ endedOn: to.on, endReason: `Handed over: ${to.reason}` })
          .where(and(eq(takeInCharges.id, from.id), isNull(takeInCharges.endedOn)))
          .returning();
        if (!ended) return null;
        const [row] = await tx
          .insert(takeInCharges)
          .values({
            id: randomUUID(),
            personId: from.personId,
            providerId: to.providerId,
            providerKind: to.providerKind,
            programme: from.programme,
            startedOn: to.on,
            budgetCents: to.budgetCents ?? from.budgetCents,
            handedOverFrom: from.id,
            createdBy: to.createdBy,
          })
          .returning();
        return row!;
      });
    },

    /** Ends an active take-in-charge; null when it was already ended (or ended concurrently). */
    async end(id: string, endedOn: string, reason: string): Promise<TakeInChargeRecord | null> {
      const [row] = await db
        .update(takeInCharges)
        .set({ endedOn, endReason: reason })
        .where(and(eq(takeInCharges.id, id), isNull(takeInCharges.endedOn)))
        .returning();
      return row ?? null;
    },
  };
}

export type TakeInChargeStore = ReturnType<typeof createTakeInChargeStore>;
