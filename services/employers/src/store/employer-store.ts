import { anyOf, preparedByKeys } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@reg/db';
import { employers, employerSites, type EmployerKind, type tables } from './tables.ts';

export type EmployersDb = Database<typeof tables>;
export type EmployerRecord = typeof employers.$inferSelect;
export type EmployerSiteRecord = typeof employerSites.$inferSelect;

export interface NewEmployer {
  name: string;
  fiscalCode: string;
  kind: EmployerKind;
  atecoCode: string;
  province: string;
  sites: ReadonlyArray<{ name: string; province: string; municipality: string; address: string | null }>;
  createdBy: string;
}

/** Where a page of employers ends: the (name, id) of its last row, the keyset the next page starts after. */
export interface EmployerCursor {
  name: string;
  id: string;
}

export interface EmployerPageQuery {
  province?: string | null;
  /** Only this employer (an employer caller lists itself). */
  onlyId?: string | null;
  first: number;
  after?: EmployerCursor | null;
}

export function createEmployerStore(db: EmployersDb) {
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byIds = preparedByKeys('employers_by_ids', (keys) =>
    db.select().from(employers).where(anyOf(employers.id, keys)),
  );
  return {
    byIds: (ids: readonly string[]): Promise<EmployerRecord[]> => byIds(ids),

    async sitesOf(employerIds: readonly string[]): Promise<EmployerSiteRecord[]> {
      return db
        .select()
        .from(employerSites)
        .where(anyOf(employerSites.employerId, employerIds))
        .orderBy(asc(employerSites.name), asc(employerSites.id));
    },

    /**
     * One page in (name, id) order, keyset-paginated: one row more than asked tells whether another page follows,
     * and the row comparison walks the (name, id) index instead of counting past an offset.
     */
    async page(query: EmployerPageQuery): Promise<{ items: EmployerRecord[]; hasMore: boolean }> {
      const conditions: SQL[] = [];
      if (query.province) conditions.push(eq(employers.province, query.province));
      if (query.onlyId) conditions.push(eq(employers.id, query.onlyId));
      if (query.after)
        conditions.push(sql`(${employers.name}, ${employers.id}) > (${query.after.name}, ${query.after.id})`);
      const rows = await db
        .select()
        .from(employers)
        .where(and(...conditions))
        .orderBy(asc(employers.name), asc(employers.id))
        .limit(query.first + 1);
      return { items: rows.slice(0, query.first), hasMore: rows.length > query.first };
    },

    /** Which of these fiscal codes are already registered (one statement, for a bulk import). */
    async registeredFiscalCodes(codes: readonly string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const rows = await db
        .select({ fiscalCode: employers.fiscalCode })
        .from(employers)
        .where(anyOf(employers.fiscalCode, codes));
      return rows.map((r) => r.fiscalCode);
    },

    /**
     * A bulk import's checked employers and their sites in one transaction, one multi-row INSERT each, answered in
     * the order given. Null when a fiscal code was registered meanwhile (the unique constraint
     * decides, as for register): nothing is written then.
     */
    async registerMany(inputs: readonly NewEmployer[]): Promise<EmployerRecord[] | null> {
      if (inputs.length === 0) return [];
      const ids = inputs.map(() => randomUUID());
      const raced = new Error('a fiscal code of the batch was registered meanwhile');
      try {
        return await db.transaction(async (tx) => {
          const rows = await tx
            .insert(employers)
            .values(
              inputs.map((input, i) => ({
                id: ids[i]!,
                name: input.name,
                fiscalCode: input.fiscalCode,
                kind: input.kind,
                atecoCode: input.atecoCode,
                province: input.province,
                createdBy: input.createdBy,
              })),
            )
            .onConflictDoNothing({ target: employers.fiscalCode })
            .returning();
          // Rolls the transaction back: the employers inserted so far must not stay without the others.
          if (rows.length < inputs.length) throw raced;
          const sites = inputs.flatMap((input, i) =>
            input.sites.map((site) => ({ id: randomUUID(), employerId: ids[i]!, ...site })),
          );
          if (sites.length > 0) await tx.insert(employerSites).values(sites);
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id)!);
        });
      } catch (error) {
        if (error === raced) return null;
        throw error;
      }
    },

    /**
     * Creates the employer and its sites in one transaction. Answers null when the fiscal code is already
     * registered: the unique constraint decides, so two concurrent registrations cannot both pass a pre-check.
     */
    async register(input: NewEmployer): Promise<EmployerRecord | null> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(employers)
          .values({
            id: randomUUID(),
            name: input.name,
            fiscalCode: input.fiscalCode,
            kind: input.kind,
            atecoCode: input.atecoCode,
            province: input.province,
            createdBy: input.createdBy,
          })
          .onConflictDoNothing({ target: employers.fiscalCode })
          .returning();
        if (!row) return null;
        if (input.sites.length > 0) {
          await tx
            .insert(employerSites)
            .values(input.sites.map((site) => ({ id: randomUUID(), employerId: row.id, ...site })));
        }
        return row;
      });
    },
  };
}

export type EmployerStore = ReturnType<typeof createEmployerStore>;
