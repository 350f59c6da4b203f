import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { EmployersDb } from './employer-store.ts';
import { shortlistFeedback, shortlists } from './tables.ts';

export type ShortlistRecord = typeof shortlists.$inferSelect;
export type ShortlistFeedbackRecord = typeof shortlistFeedback.$inferSelect;
export type NewShortlist = Omit<typeof shortlists.$inferInsert, 'id' | 'builtAt' | 'sentAt' | 'sentBy'>;
export type NewFeedback = Omit<typeof shortlistFeedback.$inferInsert, 'id' | 'recordedAt'>;

export function createShortlistStore(db: EmployersDb) {
  return {
    async byIds(ids: readonly string[]): Promise<ShortlistRecord[]> {
      return db.select().from(shortlists).where(anyOf(shortlists.id, ids));
    },

    /** Newest first. */
    async ofVacancies(vacancyIds: readonly string[]): Promise<ShortlistRecord[]> {
      return db
        .select()
        .from(shortlists)
        .where(anyOf(shortlists.vacancyId, vacancyIds))
        .orderBy(desc(shortlists.builtAt), asc(shortlists.id));
    },

    async byIdempotencyKey(builtByOrg: string, key: string): Promise<ShortlistRecord | null> {
      const [row] = await db
        .select()
        .from(shortlists)
        .where(and(eq(shortlists.builtByOrg, builtByOrg), eq(shortlists.idempotencyKey, key)));
      return row ?? null;
    },

    /**
     * Keeps a built shortlist; a retry with the same organisation and key answers the one already kept
     * (`created` false), whatever it was built for, so the caller can tell a replay from a misuse of the key.
     */
    async keep(input: NewShortlist): Promise<{ row: ShortlistRecord; created: boolean }> {
      const [row] = await db
        .insert(shortlists)
        .values({ ...input, id: randomUUID() })
        .onConflictDoNothing({ target: [shortlists.builtByOrg, shortlists.idempotencyKey] })
        .returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(shortlists)
        .where(and(eq(shortlists.builtByOrg, input.builtByOrg), eq(shortlists.idempotencyKey, input.idempotencyKey)));
      return { row: existing!, created: false };
    },

    /** The shortlists naming any of these people as candidates, newest first: one statement for all of them. */
    async naming(personIds: readonly string[]): Promise<ShortlistRecord[]> {
      if (personIds.length === 0) return [];
      const ids = sql.join(
        personIds.map((id) => sql`${id}`),
        sql`, `,
      );
      return db
        .select()
        .from(shortlists)
        .where(
          sql`exists (select 1 from jsonb_array_elements(${shortlists.candidates}) as c where c->>'personId' in (${ids}))`,
        )
        .orderBy(desc(shortlists.builtAt), asc(shortlists.id));
    },

    /** Null when it was already sent: the condition in the UPDATE settles two concurrent sendings. */
    async markSent(id: string, by: string): Promise<ShortlistRecord | null> {
      const [row] = await db
        .update(shortlists)
        .set({ sentAt: sql`now()`, sentBy: by })
        .where(and(eq(shortlists.id, id), isNull(shortlists.sentAt)))
        .returning();
      return row ?? null;
    },

    /** Oldest first: the last of a person's rows is the answer in force. */
    async feedbackOf(shortlistIds: readonly string[]): Promise<ShortlistFeedbackRecord[]> {
      return db
        .select()
        .from(shortlistFeedback)
        .where(anyOf(shortlistFeedback.shortlistId, shortlistIds))
        .orderBy(asc(shortlistFeedback.recordedAt), asc(shortlistFeedback.id));
    },

    /** Appends an answer; a retry with the same organisation and key answers the row already kept. */
    async addFeedback(input: NewFeedback): Promise<{ row: ShortlistFeedbackRecord; created: boolean }> {
      const [row] = await db
        .insert(shortlistFeedback)
        .values({ ...input, id: randomUUID() })
        .onConflictDoNothing({ target: [shortlistFeedback.recordedByOrg, shortlistFeedback.idempotencyKey] })
        .returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(shortlistFeedback)
        .where(
          and(
            eq(shortlistFeedback.recordedByOrg, input.recordedByOrg),
            eq(shortlistFeedback.idempotencyKey, input.idempotencyKey),
          ),
        );
      return { row: existing!, created: false };
    },
  };
}

export type ShortlistStore = ReturnType<typeof createShortlistStore>;
