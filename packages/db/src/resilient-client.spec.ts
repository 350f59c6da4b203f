import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, serverUrlForTests } from '@reg/testkit';
import { isIdempotentRead, retryingReads } from './resilient-client.ts';

/** A stand-in for the postgres.js client whose next `failures` statements fail as a dead pooled connection does. */
function flakyClient(failures: number) {
  const ran: string[] = [];
  const client = {
    unsafe(query: string) {
      ran.push(query);
      const outcome =
        failures-- > 0
          ? Promise.reject(
              Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
            )
          : Promise.resolve([{ ok: 1 }]);
      outcome.catch(() => {});
      return Object.assign(outcome, { values: () => outcome });
    },
  };
  return { client: client as unknown as postgres.Sql, ran };
}

describe('reads survive a dropped pooled connection', () => {
  it('an idempotent read that failed on a dead connection is retried once', async () => {
    const { client, ran } = flakyClient(1);
    await expect(retryingReads(client).unsafe('select 1').values()).resolves.toEqual([{ ok: 1 }]);
    expect(ran).toHaveLength(2);
  });

  it('a read that fails again is not retried a second time', async () => {
    const { client, ran } = flakyClient(2);
    await expect(retryingReads(client).unsafe('select 1')).rejects.toMatchObject({ code: '57P01' });
    expect(ran).toHaveLength(2);
  });

  it('a write is never retried (it may have been applied before the connection died)', async () => {
    const { client, ran } = flakyClient(1);
    await expect(retryingReads(client).unsafe('insert into t values (1)')).rejects.toMatchObject({ code: '57P01' });
    expect(ran).toHaveLength(1);
  });

  it('tells reads from statements with effects', () => {
    expect(isIdempotentRead('select * from people where id = $1')).toBe(true);
    expect(isIdempotentRead('with x as (select 1) select * from x')).toBe(true);
    expect(isIdempotentRead('with x as (delete from t returning *) select * from x')).toBe(false);
    expect(isIdempotentRead('select * from t for update')).toBe(false);
    expect(isIdempotentRead('select pg_advisory_lock(1)')).toBe(false);
    expect(isIdempotentRead('update t set a = 1')).toBe(false);
  });
});

// Against a real server (the suite's PostgreSQL pass, DATABASE_URL): the pooled backend is terminated, as a server
// restart or failover does; the dead connection is not handed out again, and the next statements (a read and a
// write) answer on a fresh one.
describe.runIf(serverUrlForTests())('on PostgreSQL', () => {
  it('after the server terminates the pooled connection, reads and writes answer on a fresh one', async () => {
    const database = await createTestDatabase();
    const client = postgres(database.location, { max: 1, onnotice: () => {} });
    const admin = postgres(database.location, { max: 1, onnotice: () => {} });
    try {
      const db = drizzle(retryingReads(client));
      await db.execute(sql`select 1`);
      const adminPid = (await admin<Array<{ pid: number }>>`select pg_backend_pid() as pid`)[0]!.pid;
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> ${adminPid}`;
      for (let i = 0; i < 50; i++) {
        const n = (
          await admin<
            Array<{ n: number }>
          >`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> ${adminPid}`
        )[0]!.n;
        if (n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const rows = await db.execute(sql`select 41 + 1 as answer`);
      expect(rows[0]).toEqual({ answer: 42 });
      await db.execute(sql`create table written (id int)`);
      await db.execute(sql`insert into written values (1)`);
      expect(await db.execute(sql`select count(*)::int as n from written`)).toEqual([{ n: 1 }]);
    } finally {
      await client.end({ timeout: 1 });
      await admin.end();
      await database.drop();
    }
  });
});
