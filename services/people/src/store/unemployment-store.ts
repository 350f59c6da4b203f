import { anyOf } from '@reg/db';
import { asc, eq } from 'drizzle-orm';
import type { PeopleDb } from './person-store.ts';
import { persons, unemploymentEvents } from './tables.ts';

export type UnemploymentEventRecord = typeof unemploymentEvents.$inferSelect;
export type NewUnemploymentEvent = Omit<typeof unemploymentEvents.$inferInsert, 'id' | 'recordedAt'>;

export function createUnemploymentStore(db: PeopleDb) {
  return {
    async eventsOf(personIds: readonly string[]): Promise<UnemploymentEventRecord[]> {
      return db
        .select()
        .from(unemploymentEvents)
        .where(anyOf(unemploymentEvents.personId, personIds))
        .orderBy(asc(unemploymentEvents.on), asc(unemploymentEvents.id));
    },

    /**
     * Appends an event decided on the person's events as they are, in one transaction with the person's row locked:
     * two CPI operators recording at once are serialised, so neither decides on a history the other just changed.
     * `decide` throws to refuse (nothing is written).
     */
    async appendChecked(
      personId: string,
      decide: (events: UnemploymentEventRecord[]) => NewUnemploymentEvent,
    ): Promise<UnemploymentEventRecord> {
      return db.transaction(async (tx) => {
        await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
        const events = await tx
          .select()
          .from(unemploymentEvents)
          .where(eq(unemploymentEvents.personId, personId))
          .orderBy(asc(unemploymentEvents.on), asc(unemploymentEvents.id));
        const [row] = await tx.insert(unemploymentEvents).values(decide(events)).returning();
        return row!;
      });
    },
  };
}

export type UnemploymentStore = ReturnType<typeof createUnemploymentStore>;
