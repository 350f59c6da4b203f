import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapFlatRowsEverywhere } from './flat-rows.ts';

const items = pgTable('flat_rows_items', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  on: date('on').notNull(),
  n: integer('n'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  meta: jsonb('meta').$type<{ tags: string[] }>(),
});
const notes = pgTable('flat_rows_notes', { itemId: uuid('item_id').notNull(), body: text('body').notNull() });
const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';

describe('flat selects and returnings mapped by one object literal per row, for every query', () => {
  const client = new PGlite();
  const db = drizzle(client);
  beforeAll(async () => {
    await db.execute(
      sql`create table flat_rows_items (id uuid primary key, code text not null, "on" date not null, n integer, at timestamptz not null default now(), meta jsonb)`,
    );
    await db.execute(sql`create table flat_rows_notes (item_id uuid not null, body text not null)`);
    await db.insert(items).values([
      { id: a, code: 'a', on: '2025-01-02', n: 1, meta: { tags: ['x'] } },
      { id: b, code: 'b', on: '2025-01-03', n: null },
    ]);
    await db.insert(notes).values({ itemId: a, body: 'first' });
  });
  afterAll(() => client.close());

  const reads = () =>
    Promise.all([
      db.select().from(items).orderBy(items.code),
      db.select({ code: items.code, n: items.n }).from(items).orderBy(items.code),
      db.select().from(items).leftJoin(notes, eq(notes.itemId, items.id)).orderBy(items.code),
      db.select({ code: items.code, total: sql<number>`n * 2` }).from(items).orderBy(items.code),
    ]);

  it('answers what drizzle answers (keys in order, nulls, dates, timestamps, JSON), joins and SQL fields left to it', async () => {
    const before = await reads();
    mapFlatRowsEverywhere();
    mapFlatRowsEverywhere(); // installed once
    const after = await reads();
    expect(after).toEqual(before);
    expect(after.map((rows) => Object.keys(rows[0]!))).toEqual(before.map((rows) => Object.keys(rows[0]!)));
    expect(after[0]![0]).toMatchObject({ at: expect.any(Date), meta: { tags: ['x'] }, on: '2025-01-02' });
    const returned = await db.update(items).set({ n: 3 }).where(eq(items.id, b)).returning();
    expect(returned).toEqual([{ ...before[0]![1], n: 3 }]);
  });

  it('is set on flat selects only', () => {
    const mapper = (query: { prepare(name: string): unknown }) =>
      (query.prepare('flat_rows_check') as { customResultMapper?: unknown }).customResultMapper;
    mapFlatRowsEverywhere();
    expect(mapper(db.select().from(items))).toBeTypeOf('function');
    expect(mapper(db.select().from(items).leftJoin(notes, eq(notes.itemId, items.id)))).toBeUndefined();
    expect(mapper(db.select({ total: sql<number>`n * 2` }).from(items))).toBeUndefined();
  });
});
