import { anyOf } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { nextVersion } from './next-version.ts';
import type { PeopleDb } from './person-store.ts';
import { actionPlans, pactChecks, profilings, servicePacts } from './tables.ts';

export type ServicePactRecord = typeof servicePacts.$inferSelect;
export type PactCheckRecord = typeof pactChecks.$inferSelect;
export type ActionPlanRecord = typeof actionPlans.$inferSelect;

/** One checked row of importServicePacts, its versions numbered by the caller. */
export interface PactImport {
  profilings: Array<Omit<typeof profilings.$inferInsert, 'recordedAt'>>;
  pact: Omit<typeof servicePacts.$inferInsert, 'id' | 'createdAt'>;
  plan: Omit<typeof actionPlans.$inferInsert, 'id' | 'createdAt'> | null;
}

/** Pacts and PAIs: every update is a new version; a version is never rewritten, except its signature. */
export function createPlanStore(db: PeopleDb) {
  return {
    async pactsOf(personIds: readonly string[]): Promise<ServicePactRecord[]> {
      return db
        .select()
        .from(servicePacts)
        .where(anyOf(servicePacts.personId, personIds))
        .orderBy(asc(servicePacts.version));
    },
    async pactsById(ids: readonly string[]): Promise<ServicePactRecord[]> {
      return db.select().from(servicePacts).where(anyOf(servicePacts.id, ids));
    },
    async addPactVersion(
      input: Omit<typeof servicePacts.$inferInsert, 'id' | 'version' | 'status' | 'createdAt' | 'signedOn'>,
    ): Promise<ServicePactRecord> {
      return db.transaction(async (tx) => {
        const version = await nextVersion(
          tx,
          servicePacts,
          servicePacts.version,
          eq(servicePacts.personId, input.personId),
        );
        const [row] = await tx
          .insert(servicePacts)
          .values({ ...input, id: randomUUID(), version, status: 'DRAFT' })
          .returning();
        return row!;
      });
    },
    async sign(id: string, signedOn: string): Promise<ServicePactRecord | null> {
      const [row] = await db
        .update(servicePacts)
        .set({ status: 'SIGNED', signedOn })
        .where(eq(servicePacts.id, id))
        .returning();
      return row ?? null;
    },
    /**
     * importServicePacts: the rows' profilings, pacts and plans in one transaction, one multi-row INSERT per table
     * whatever the number of rows. The versions were read before: the unique (person, version) keys refuse the
     * whole batch if another write took one meanwhile.
     */
    async writeImports(
      rows: readonly PactImport[],
    ): Promise<Array<{ pact: ServicePactRecord; plan: ActionPlanRecord | null }>> {
      if (rows.length === 0) return [];
      const ids = rows.map((r) => ({ pact: randomUUID(), plan: r.plan ? randomUUID() : null }));
      return db.transaction(async (tx) => {
        const profiled = rows.flatMap((r) => r.profilings);
        if (profiled.length > 0) await tx.insert(profilings).values(profiled);
        const pacts = await tx
          .insert(servicePacts)
          .values(rows.map((r, i) => ({ ...r.pact, id: ids[i]!.pact })))
          .returning();
        const planned = rows.flatMap((r, i) => (r.plan ? [{ ...r.plan, id: ids[i]!.plan! }] : []));
        const plans = planned.length > 0 ? await tx.insert(actionPlans).values(planned).returning() : [];
        const pactById = new Map(pacts.map((p) => [p.id, p]));
        const planById = new Map(plans.map((p) => [p.id, p]));
        return ids.map((id) => ({ pact: pactById.get(id.pact)!, plan: id.plan ? planById.get(id.plan)! : null }));
      });
    },
    async checksOf(pactIds: readonly string[]): Promise<PactCheckRecord[]> {
      return db.select().from(pactChecks).where(anyOf(pactChecks.pactId, pactIds)).orderBy(asc(pactChecks.id));
    },
    async addCheck(input: typeof pactChecks.$inferInsert): Promise<void> {
      await db.insert(pactChecks).values(input);
    },
    async plansOf(personIds: readonly string[]): Promise<ActionPlanRecord[]> {
      return db
        .select()
        .from(actionPlans)
        .where(anyOf(actionPlans.personId, personIds))
        .orderBy(asc(actionPlans.version));
    },
    async plansById(ids: readonly string[]): Promise<ActionPlanRecord[]> {
      return db.select().from(actionPlans).where(anyOf(actionPlans.id, ids));
    },
    async addPlanVersion(
      input: Omit<typeof actionPlans.$inferInsert, 'id' | 'version' | 'createdAt'>,
    ): Promise<ActionPlanRecord> {
      return db.transaction(async (tx) => {
        const version = await nextVersion(
          tx,
          actionPlans,
          actionPlans.version,
          eq(actionPlans.personId, input.personId),
        );
        const [row] = await tx
          .insert(actionPlans)
          .values({ ...input, id: randomUUID(), version })
          .returning();
        return row!;
      });
    },
  };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
