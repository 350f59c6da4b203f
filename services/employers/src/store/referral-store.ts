import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, lte, type SQL } from 'drizzle-orm';
import type { EmployersDb } from './employer-store.ts';
import { agreements, referralRequests, referrals } from './tables.ts';

export type ReferralRequestRecord = typeof referralRequests.$inferSelect;
export type ReferralRecord = typeof referrals.$inferSelect;
export type NewReferralRequest = Omit<typeof referralRequests.$inferInsert, 'id' | 'filedAt'>;
export type NewReferral = Omit<
  typeof referrals.$inferInsert,
  | 'id'
  | 'referredAt'
  | 'outcome'
  | 'notHiredReason'
  | 'placementId'
  | 'outcomeOn'
  | 'unjustifiedRefusalByPerson'
  | 'unjustifiedRefusalByEmployer'
  | 'outcomeRecordedBy'
  | 'outcomeRecordedByOrg'
  | 'outcomeRecordedAt'
>;
export type ReferralOutcomeRecord = Required<
  Pick<
    ReferralRecord,
    | 'outcome'
    | 'notHiredReason'
    | 'placementId'
    | 'outcomeOn'
    | 'unjustifiedRefusalByPerson'
    | 'unjustifiedRefusalByEmployer'
    | 'outcomeRecordedBy'
    | 'outcomeRecordedByOrg'
  >
>;

/** Reads and writes bound to one connection or one transaction. */
function referralQueries(db: EmployersDb) {
  return {
    async requestsByIds(ids: readonly string[]): Promise<ReferralRequestRecord[]> {
      if (ids.length === 0) return [];
      return db.select().from(referralRequests).where(anyOf(referralRequests.id, ids));
    },

    /** Newest first; each filter optional. */
    async requests(filter: { employerId?: string | null; province?: string | null }): Promise<ReferralRequestRecord[]> {
      const where: SQL[] = [];
      if (filter.employerId) where.push(eq(referralRequests.employerId, filter.employerId));
      if (filter.province) where.push(eq(referralRequests.province, filter.province));
      return db
        .select()
        .from(referralRequests)
        .where(and(...where))
        .orderBy(desc(referralRequests.filedAt), asc(referralRequests.id));
    },

    async requestByKey(filedByOrg: string, key: string): Promise<ReferralRequestRecord | null> {
      const [row] = await db
        .select()
        .from(referralRequests)
        .where(and(eq(referralRequests.filedByOrg, filedByOrg), eq(referralRequests.idempotencyKey, key)));
      return row ?? null;
    },

    /** Keeps a request; a retry with the same organisation and key answers the one kept (`created` false). */
    async fileRequest(input: NewReferralRequest): Promise<{ row: ReferralRequestRecord; created: boolean }> {
      const [row] = await db
        .insert(referralRequests)
        .values({ ...input, id: randomUUID() })
        .onConflictDoNothing({ target: [referralRequests.filedByOrg, referralRequests.idempotencyKey] })
        .returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(referralRequests)
        .where(
          and(
            eq(referralRequests.filedByOrg, input.filedByOrg),
            eq(referralRequests.idempotencyKey, input.idempotencyKey),
          ),
        );
      return { row: existing!, created: false };
    },

    /** Locked until the transaction ends: two referral acts on one request are decided one after the other. */
    async lockRequest(id: string): Promise<ReferralRequestRecord | null> {
      const [row] = await db.select().from(referralRequests).where(eq(referralRequests.id, id)).for('update');
      return row ?? null;
    },

    /** Oldest first. */
    async referralsOf(requestIds: readonly string[]): Promise<ReferralRecord[]> {
      if (requestIds.length === 0) return [];
      return db
        .select()
        .from(referrals)
        .where(anyOf(referrals.requestId, requestIds))
        .orderBy(asc(referrals.referredAt), asc(referrals.rankingPosition), asc(referrals.id));
    },

    async referralsByIds(ids: readonly string[]): Promise<ReferralRecord[]> {
      if (ids.length === 0) return [];
      return db.select().from(referrals).where(anyOf(referrals.id, ids));
    },

    /** The referrals of these people, newest first. */
    async referralsOfPeople(personIds: readonly string[]): Promise<ReferralRecord[]> {
      if (personIds.length === 0) return [];
      return db
        .select()
        .from(referrals)
        .where(anyOf(referrals.personId, personIds))
        .orderBy(desc(referrals.referredAt), asc(referrals.id));
    },

    /** Among these people, those with a referral awaiting its outcome (for any request). */
    async awaitingOutcome(personIds: readonly string[]): Promise<Set<string>> {
      if (personIds.length === 0) return new Set();
      const rows = await db
        .select({ personId: referrals.personId })
        .from(referrals)
        .where(and(anyOf(referrals.personId, personIds), isNull(referrals.outcome)));
      return new Set(rows.map((r) => r.personId));
    },

    /** Whether the employer has an art. 11 agreement in the province started on or before the day. */
    async agreementInForce(employerId: string, province: string, on: string): Promise<boolean> {
      const [row] = await db
        .select({ id: agreements.id })
        .from(agreements)
        .where(
          and(eq(agreements.employerId, employerId), eq(agreements.province, province), lte(agreements.startsOn, on)),
        )
        .limit(1);
      return row !== undefined;
    },

    /** The referrals made by one act (organisation and idempotency key), for a retry. */
    async referralsOfAct(referredByOrg: string, key: string): Promise<ReferralRecord[]> {
      return db
        .select()
        .from(referrals)
        .where(and(eq(referrals.referredByOrg, referredByOrg), eq(referrals.idempotencyKey, key)));
    },

    async insertReferrals(rows: readonly NewReferral[]): Promise<ReferralRecord[]> {
      if (rows.length === 0) return [];
      return db
        .insert(referrals)
        .values(rows.map((r) => ({ ...r, id: randomUUID() })))
        .returning();
    },

    async lockReferral(id: string): Promise<ReferralRecord | null> {
      const [row] = await db.select().from(referrals).where(eq(referrals.id, id)).for('update');
      return row ?? null;
    },

    /** Sets the outcome once: null when one was recorded meanwhile (the condition on a null outcome). */
    async recordOutcome(id: string, outcome: ReferralOutcomeRecord): Promise<ReferralRecord | null> {
      const [row] = await db
        .update(referrals)
        .set({ ...outcome, outcomeRecordedAt: new Date().toISOString() })
        .where(and(eq(referrals.id, id), isNull(referrals.outcome)))
        .returning();
      return row ?? null;
    },
  };
}

export type ReferralQueries = ReturnType<typeof referralQueries>;

export function createReferralStore(db: EmployersDb) {
  return {
    ...referralQueries(db),
    /** Runs `work` in one transaction with queries bound to it: everything it writes commits or none of it. */
    transaction: <T>(work: (tx: ReferralQueries) => Promise<T>): Promise<T> =>
      db.transaction(async (tx) => work(referralQueries(tx as unknown as EmployersDb))),
  };
}

export type ReferralStore = ReturnType<typeof createReferralStore>;
