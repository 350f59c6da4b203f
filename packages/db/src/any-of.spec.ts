import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { date, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyOf, arrayLiteral, preparedByKeys } from './any-of.ts';
import { recordOf } from './flat-rows.ts';

const colour = pgEnum('any_of_colour', ['red', 'green']);
const things = pgTable('any_of_things', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull(),
  on: date('on').notNull(),
  n: integer('n').notNull(),
  colour: colour('colour').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  meta: jsonb('meta').$type<{ tags: string[] }>(),
});
const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';

describe('anyOf: a batch of keys as one array parameter', () => {
  const client = new PGlite();
  const db = drizzle(client);
  beforeAll(async () => {
    await db.execute(sql`create type any_of_colour as enum ('red', 'green')`);
    await db.execute(
      sql`create table any_of_things (id uuid primary key, code text not null, "on" date not null, n integer not null, colour any_of_colour not null, at timestamptz not null default now(), meta jsonb)`,
    );
    await db.insert(things).values([
      { id: a, code: 'a,"b"\\c} {d', on: '2025-01-02', n: 1, colour: 'red', meta: { tags: ['x'] } },
      { id: b, code: 'NULL', on: '2025-01-03', n: 2, colour: 'green' },
    ]);
  });
  afterAll(() => client.close());

  const ids = async (where: ReturnType<typeof anyOf>) =>
    (await db.select({ id: things.id }).from(things).where(where)).map((r) => r.id).sort();

  it('quotes every value, so commas, quotes, backslashes, braces and the word NULL are matched as written', async () => {
    expect(arrayLiteral(['x', 'a"b', 'c\\d', null])).toBe('{"x","a\\"b","c\\\\d",NULL}');
    expect(await ids(anyOf(things.code, ['a,"b"\\c} {d']))).toEqual([a]);
    expect(await ids(anyOf(things.code, ['NULL']))).toEqual([b]);
  });

  it('matches uuids, dates and integers like inArray; an empty batch matches nothing', async () => {
    expect(await ids(anyOf(things.id, [a, b, '00000000-0000-4000-8000-000000000000']))).toEqual([a, b]);
    expect(await ids(anyOf(things.on, ['2025-01-03']))).toEqual([b]);
    expect(await ids(anyOf(things.n, [1]))).toEqual([a]);
    expect(await ids(anyOf(things.id, []))).toEqual([]);
  });

  it('one parameter whatever the batch size, so the statement text does not depend on it', () => {
    const text = (n: number) =>
      db
        .select()
        .from(things)
        .where(
          anyOf(
            things.id,
            Array.from({ length: n }, () => a),
          ),
        )
        .toSQL();
    expect(text(1).sql).toBe(text(100).sql);
    expect(text(100).params).toHaveLength(1);
  });

  it('an enum column keeps inArray (its type name alone may not resolve outside its schema)', async () => {
    expect(await ids(anyOf(things.colour, ['green']))).toEqual([b]);
    expect(
      db
        .select()
        .from(things)
        .where(anyOf(things.colour, ['red', 'green']))
        .toSQL().params,
    ).toHaveLength(2);
  });

  it('preparedByKeys: the statement is built on first use only, and answers each batch like the unprepared read', async () => {
    let built = 0;
    const byIds = preparedByKeys('any_of_things_by_ids', (keys) => {
      built += 1;
      return db.select().from(things).where(anyOf(things.id, keys)).orderBy(things.n);
    });
    expect(built).toBe(0);
    expect((await byIds([b, a])).map((r) => r.n)).toEqual([1, 2]);
    // Every column type decoded as drizzle decodes it (dates, timestamps, JSON, nulls), by the flat row mapper.
    expect(await byIds([a, b])).toEqual(
      await db
        .select()
        .from(things)
        .where(anyOf(things.id, [a, b]))
        .orderBy(things.n),
    );
    expect((await byIds([a]))[0]).toMatchObject({ at: expect.any(Date), meta: { tags: ['x'] }, on: '2025-01-02' });
    // The keys in the select's order, as drizzle's own mapping writes them.
    expect(Object.keys((await byIds([b]))[0]!)).toEqual(Object.keys(things).filter((k) => k !== 'enableRLS'));
    expect(await byIds([])).toEqual([]);
    expect(built).toBe(1);
  });

  it('an enum column cannot be prepared with its keys as one parameter: refused when built, not answered wrongly', () => {
    const byColour = preparedByKeys('any_of_things_by_colour', (keys) =>
      db.select().from(things).where(anyOf(things.colour, keys)),
    );
    expect(() => byColour(['red'])).toThrow(/PgEnumColumn column cannot take its keys/);
  });

  it("recordOf: a row's cells under their keys in order, null kept, any key text written as it is", () => {
    const record = recordOf(['id', 'a "quoted" \\ key', 'n'], [things.id, things.code, things.n]);
    const row = record([a, null, 3]);
    expect(row).toEqual({ id: a, 'a "quoted" \\ key': null, n: 3 });
    expect(Object.keys(row)).toEqual(['id', 'a "quoted" \\ key', 'n']);
  });
});
