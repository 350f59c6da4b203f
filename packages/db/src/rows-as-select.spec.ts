import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { integer, jsonb, pgTable, text, timestamp, date } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@reg/testkit';
import { rowsAsSelect } from './rows-as-select.ts';

const things = pgTable('thing', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  on: date('on', { mode: 'string' }),
  tags: jsonb('tags').$type<string[]>().notNull(),
  note: text('note').$defaultFn(() => 'from defaultFn'),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

let database: TestDatabase;
let db: ReturnType<typeof drizzlePglite>;
let close: () => Promise<void>;

beforeAll(async () => {
  database = await createTestDatabase();
  if (database.driver === 'postgres') {
    const client = postgres(database.location, { max: 1, onnotice: () => {} });
    db = drizzlePostgres(client) as unknown as typeof db;
    close = () => client.end();
  } else {
    const client = new PGlite();
    db = drizzlePglite(client);
    close = () => client.close();
  }
  await db.execute(sql`create table thing (id text primary key, key text not null unique, count integer not null,
    "on" date, tags jsonb not null, note text, at timestamptz not null default now())`);
});

afterAll(async () => {
  await close();
  await database.drop();
});

describe('rowsAsSelect: many rows inserted as one JSON parameter', () => {
  it('inserts what drizzle values() would: types, jsonb, nulls, SQL defaults and $defaultFn', async () => {
    const rows = [
      { id: 'a', key: 'k1', count: 3, on: '2025-03-01', tags: ['CV', 'PAI'] },
      { id: 'b', key: 'k2', count: 0, on: null, tags: [], note: 'given' },
    ];
    const inserted = await db.insert(things).select(rowsAsSelect(things, rows)).returning();
    expect(inserted.map(({ at, ...rest }) => rest)).toEqual([
      { id: 'a', key: 'k1', count: 3, on: '2025-03-01', tags: ['CV', 'PAI'], note: 'from defaultFn' },
      { id: 'b', key: 'k2', count: 0, on: null, tags: [], note: 'given' },
    ]);
    expect(inserted.every((r) => typeof r.at === 'string' && r.at.length > 0)).toBe(true);
  });

  it('on conflict do nothing leaves out the rows whose key is taken, in one statement', async () => {
    const inserted = await db
      .insert(things)
      .select(
        rowsAsSelect(things, [
          { id: 'c', key: 'k1', count: 1, tags: [] },
          { id: 'd', key: 'k4', count: 1, tags: ['it\'s "quoted"'] },
        ]),
      )
      .onConflictDoNothing({ target: things.key })
      .returning();
    expect(inserted.map((r) => [r.id, r.tags])).toEqual([['d', ['it\'s "quoted"']]]);
  });
});
