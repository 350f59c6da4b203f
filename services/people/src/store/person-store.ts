import { anyOf, preparedByKeys } from '@reg/db';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@reg/db';
import { OPEN_ENROLMENT_STATUSES } from '../rules/access.ts';
import { enrolments, persons, takeInCharges, type tables } from './tables.ts';

export type PeopleDb = Database<typeof tables>;
export type PersonRecord = typeof persons.$inferSelect;
export type NewPerson = Omit<typeof persons.$inferInsert, 'id' | 'createdAt'>;

export function createPersonStore(db: PeopleDb) {
  // Built once: the reads every request makes, by a batch of keys (preparedByKeys).
  const byIds = preparedByKeys('people_persons_by_ids', (keys) =>
    db.select().from(persons).where(anyOf(persons.id, keys)),
  );
  return {
    byIds: (ids: readonly string[]): Promise<PersonRecord[]> => byIds(ids),

    async byFiscalCodes(codes: readonly string[]): Promise<PersonRecord[]> {
      return db
        .select()
        .from(persons)
        .where(anyOf(persons.fiscalCode, [...codes]));
    },

    async byFiscalCode(fiscalCode: string): Promise<PersonRecord | null> {
      const [row] = await db.select().from(persons).where(eq(persons.fiscalCode, fiscalCode));
      return row ?? null;
    },

    /** A page ordered by family name, given name, id; `after` is the key of the previous page's last row. */
    async page(
      filter: { province?: string | null; inChargeOf?: string | null; openListOf?: string },
      first: number,
      after: readonly string[] | null,
    ): Promise<PersonRecord[]> {
      const conditions: SQL[] = [];
      // Resident in the province, or (openListOf) with an open enrolment on that province's list: the same rule as
      // canSeePerson, so the list and the single read agree on who a CPI sees.
      const resident = filter.province ? eq(persons.residenceProvince, filter.province) : undefined;
      const onList = filter.openListOf
        ? inArray(
            persons.id,
            db
              .select({ id: enrolments.personId })
              .from(enrolments)
              .where(
                and(eq(enrolments.province, filter.openListOf), anyOf(enrolments.status, OPEN_ENROLMENT_STATUSES)),
              ),
          )
        : undefined;
      const where = resident && onList ? or(resident, onList) : (resident ?? onList);
      if (where) conditions.push(where);
      if (filter.inChargeOf) {
        const active = db
          .select({ id: takeInCharges.personId })
          .from(takeInCharges)
          .where(and(eq(takeInCharges.providerId, filter.inChargeOf), isNull(takeInCharges.endedOn)));
        conditions.push(inArray(persons.id, active));
      }
      if (after)
        conditions.push(
          sql`(${persons.familyName}, ${persons.givenName}, ${persons.id}) > (${after[0]}, ${after[1]}, ${after[2]})`,
        );
      return db
        .select()
        .from(persons)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id))
        .limit(first);
    },

    async insert(person: NewPerson): Promise<PersonRecord> {
      const [row] = await db
        .insert(persons)
        .values({ ...person, id: randomUUID() })
        .returning();
      return row!;
    },
  };
}

export type PersonStore = ReturnType<typeof createPersonStore>;
