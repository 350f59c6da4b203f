import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PeopleDb } from './person-store.ts';

type Tx = Parameters<Parameters<PeopleDb['transaction']>[0]>[0];

/**
 * The next version number of a versioned record, read inside the transaction that inserts it; the
 * table's unique (person, version) key refuses the loser of a race instead of writing a duplicate.
 */
export async function nextVersion(tx: Tx | PeopleDb, table: PgTable, version: PgColumn, where: SQL): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${version}), 0) + 1` })
    .from(table)
    .where(where);
  return Number(row?.next ?? 1);
}
