import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import {
  keyOfRow,
  latticeColumns,
  latticeGroupBy,
  notRecordedKeys,
  num,
  periodColumns,
  rowsOf,
  targetGroupRows,
  type IndicatorScope,
  type LatticeRow,
  TARGET_DIMENSIONS,
  targetDimensionOf,
  type TargetDimension,
} from '@reg/indicators';
import { createLogger, migrationsFolder } from '@reg/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@reg/testkit';
import { buildOutcomes } from '../server.ts';
import { randomUUID } from 'node:crypto';
import type { NewDeliveryWithId } from './delivery-store.ts';

/** A report as the set-based batch writes it, without its id (drawn at insert time). */
type NewDelivery = Omit<NewDeliveryWithId, 'id'>;

/*
 * The aggregates the delivery trigger maintains (migration 0008) against a recount from the raw deliveries, after
 * mixed writes: single reports in their own transaction, a retried report (same provider and key: not inserted
 * again), a report rolled back with its savepoint, and one multi-row statement (the set-based batch) holding
 * two rows of one finest cell, a row earlier than a stored first service, and a key already used. Both drivers
 * (DATABASE_URL for a PostgreSQL server, else PGlite).
 */

let database: TestDatabase;
let outcomes: Awaited<ReturnType<typeof buildOutcomes>>;

beforeAll(async () => {
  database = await createTestDatabase();
  outcomes = await buildOutcomes({ location: database.location, logger: createLogger('outcomes', 'silent') });
});

afterAll(async () => {
  await outcomes?.database.close();
  await database?.drop();
});

const rows = async <T = Record<string, unknown>>(statement: SQL) =>
  rowsOf<T>(await outcomes.database.db.execute(statement));

let n = 0;
const delivery = (over: Partial<NewDelivery> & { personId: string; deliveredOn: string }): NewDelivery => ({
  providerId: 'prov-a',
  idempotencyKey: `key-${++n}`,
  payloadHash: 'h',
  personProvince: 'MI',
  serviceCode: '1A',
  catalogueVersionId: 'v1',
  minutes: 30,
  sessions: 1,
  modality: 'INDIVIDUAL_INTERVIEW',
  outputs: ['CV'],
  reportedBy: 'op',
  providerKind: 'ACCREDITED',
  enrolledOn: '2025-01-10',
  takenInChargeOn: '2025-02-01',
  ...over,
});

const notRecorded = sql.raw(`'${JSON.stringify(notRecordedKeys())}'::jsonb`);

/** The recount: each aggregate table's content computed from the raw rows, in a stable order. */
const recount = {
  monthTotals: sql`
    select make_date(extract(year from delivered_on)::int, extract(month from delivered_on)::int, 1)::text as month, person_province as province,
           coalesce(provider_kind, 'UNKNOWN') as provider_kind, provider_id, service_code, coalesce(target_groups, ${notRecorded})::text as target_groups,
           count(*)::int as deliveries, sum(minutes)::int as minutes, sum(jsonb_array_length(outputs))::int as outputs
    from outcomes.service_delivery group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`,
  personYears: sql`
    select extract(year from delivered_on)::int as year, person_id, person_province as province, coalesce(provider_kind, 'UNKNOWN') as provider_kind,
           provider_id, service_code, coalesce(target_groups, ${notRecorded})::text as target_groups,
           array_agg(distinct extract(month from delivered_on)::int order by extract(month from delivered_on)::int) as months
    from outcomes.service_delivery group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7`,
  firstServices: sql`
    select distinct on (person_id, person_province, provider_id) person_id, person_province as province, provider_id, delivered_on::text,
           id as delivery_id, coalesce(provider_kind, 'UNKNOWN') as provider_kind, delivered_on - enrolled_on as days
    from outcomes.service_delivery where enrolled_on is not null and delivered_on >= enrolled_on
    order by person_id, person_province, provider_id, delivered_on, id`,
  cohorts: sql`
    select distinct person_id, provider_id, coalesce(provider_kind, 'UNKNOWN') as provider_kind, person_province as province, taken_in_charge_on::text
    from outcomes.service_delivery where taken_in_charge_on is not null order by 1, 2, 3, 4, 5`,
};

const stored = {
  monthTotals: sql`select month::text, province, provider_kind, provider_id, service_code, target_groups::text, deliveries, minutes::int, outputs::int
    from outcomes.delivery_month_total order by 1, 2, 3, 4, 5, 6`,
  // The mask as the list of its months, to compare with the recount's.
  personYears: sql`select year, person_id, province, provider_kind, provider_id, service_code, target_groups::text,
      array(select m from generate_series(1, 12) m where months & (1 << (m - 1)) <> 0 order by m) as months
    from outcomes.delivery_person_year order by 1, 2, 3, 4, 5, 6, 7`,
  firstServices: sql`select person_id, province, provider_id, delivered_on::text, delivery_id, provider_kind, days
    from outcomes.first_service order by 1, 2, 3`,
  cohorts: sql`select person_id, provider_id, provider_kind, province, taken_in_charge_on::text
    from outcomes.take_in_charge_cohort order by 1, 2, 3, 4, 5`,
};

async function expectAggregatesToEqualRecount() {
  for (const table of Object.keys(recount) as Array<keyof typeof recount>)
    expect(await rows(stored[table]), table).toEqual(await rows(recount[table]));
}

/**
 * The services lattice as it was defined before the aggregates: count(distinct) over the raw rows in one statement.
 * The store's answer from the aggregates must be the same cells with the same figures.
 */
async function referenceServices(year: number, scope: IndicatorScope, withTargets: boolean) {
  const where = sql.join(
    [
      sql`delivered_on >= ${`${year}-01-01`} and delivered_on < ${`${year + 1}-01-01`}`,
      scope.province === null ? sql`true` : sql`person_province = ${scope.province}`,
      scope.provider === null ? sql`true` : sql`provider_id = ${scope.provider}`,
    ],
    sql` and `,
  );
  const result = await rows<LatticeRow & Record<string, unknown>>(sql`
    select ${latticeColumns(true, withTargets)}, count(distinct person_id) as people, count(*) as deliveries, sum(minutes) as minutes, sum(outputs_n) as outputs
    from (
      select ${periodColumns(sql`delivered_on`)}, person_province as province, coalesce(provider_kind, 'UNKNOWN') as provider_kind,
             provider_id, service_code, person_id, minutes, jsonb_array_length(outputs) as outputs_n${withTargets ? sql`, target_group` : sql``}
      from outcomes.service_delivery d ${withTargets ? targetGroupRows(sql`d.target_groups`) : sql``} where ${where}
    ) s
    ${latticeGroupBy(true, withTargets)}`);
  return sortCells(
    result.map((r) => ({
      ...keyOfRow(r),
      people: num(r['people']),
      deliveries: num(r['deliveries']),
      hours: Math.round((num(r['minutes'])! / 60) * 100) / 100,
      outputs: num(r['outputs']),
    })),
  );
}

const sortCells = <T extends { period: string }>(cells: T[]) =>
  cells.sort((a, b) => (JSON.stringify(Object.values(a)) < JSON.stringify(Object.values(b)) ? -1 : 1));

async function storeServices(
  year: number,
  scope: IndicatorScope,
  withTargets = true,
  targetDimension: TargetDimension | null = null,
) {
  const cells = await outcomes.stores.indicators.services({
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    scope,
    withTargets,
    targetDimension,
  });
  return sortCells(
    cells.map((c) => ({
      period: c.period,
      province: c.province,
      providerKind: c.providerKind,
      provider: c.provider,
      serviceCode: c.serviceCode,
      targetGroup: c.targetGroup,
      people: c.people,
      deliveries: c.measures['deliveries'],
      hours: c.measures['hours'],
      outputs: c.measures['outputs'],
    })),
  );
}

const scopes: IndicatorScope[] = [
  { province: null, provider: null, suppress: true },
  { province: 'MI', provider: null, suppress: false },
  { province: null, provider: 'prov-a', suppress: false },
];

describe('indicator aggregates (both drivers)', () => {
  it('equal a recount from the raw deliveries after single, retried, rolled-back and multi-row writes', async () => {
    const store = outcomes.stores.deliveries;
    const once = (d: NewDelivery) =>
      store.transaction(async (tx) => ({ created: (await tx.insertNew([{ ...d, id: randomUUID() }])).length === 1 }));

    // Single reports, each in its own transaction: two people, two providers, two services, two months, one
    // reported before provider kinds were stored, one before the enrolment was accepted (no first service then).
    // p1's groups recorded (under 30 in March, 30 from July: in both age bands in 2025); p2, p3, p5 reported before
    // groups were recorded (NOT_RECORDED); p4 a man.
    const young = ['SEX:F', 'AGE_BAND:UNDER_30', 'LONG_TERM_UNEMPLOYED:NO', 'DISABILITY:YES'];
    const thirty = ['SEX:F', 'AGE_BAND:FROM_30_TO_54', 'LONG_TERM_UNEMPLOYED:YES', 'DISABILITY:YES'];
    const man = ['SEX:M', 'AGE_BAND:FROM_55', 'LONG_TERM_UNEMPLOYED:NO', 'DISABILITY:NO'];
    const first = delivery({ personId: 'p1', deliveredOn: '2025-03-04', targetGroups: young });
    expect((await once(first)).created).toBe(true);
    await once(
      delivery({ personId: 'p1', deliveredOn: '2025-03-20', serviceCode: '2B', outputs: [], targetGroups: young }),
    );
    await once(
      delivery({
        personId: 'p1',
        deliveredOn: '2025-07-01',
        providerId: 'cpi-mi',
        providerKind: 'CPI',
        targetGroups: thirty,
      }),
    );
    await once(delivery({ personId: 'p2', deliveredOn: '2025-01-05', enrolledOn: '2025-01-06', providerKind: null }));
    await once(delivery({ personId: 'p3', deliveredOn: '2024-12-31', personProvince: 'TO', takenInChargeOn: null }));
    await once(delivery({ personId: 'p5', deliveredOn: '2024-06-15', enrolledOn: '2024-06-01', serviceCode: '3A' }));

    // The same report retried (same provider and key): answered with the stored row, counted once.
    const retried = await once(first);
    expect(retried.created).toBe(false);

    // A report whose transaction rolls back (a rejected row of a batch, in its savepoint) counts nothing.
    await expect(
      store.transaction(async (tx) => {
        await tx.insertNew([
          { ...delivery({ personId: 'p9', deliveredOn: '2025-05-05', minutes: 999 }), id: randomUUID() },
        ]);
        throw new Error('rejected');
      }),
    ).rejects.toThrow('rejected');

    // One multi-row statement, as a set-based batch writes: two rows in one finest cell and month for one person,
    // a first service earlier than p1's stored one, a new take-in-charge start, and the retried key again.
    const batch = [
      delivery({ personId: 'p4', deliveredOn: '2025-03-10', minutes: 45, targetGroups: man }),
      delivery({ personId: 'p4', deliveredOn: '2025-03-11', minutes: 15, outputs: ['CV', 'PLAN'], targetGroups: man }),
      delivery({ personId: 'p1', deliveredOn: '2025-02-01', takenInChargeOn: '2025-01-15', targetGroups: young }),
      { ...first, minutes: 60 },
    ];
    const inserted = await rows(sql`
      insert into outcomes.service_delivery (id, provider_id, idempotency_key, payload_hash, person_id, person_province, service_code,
        catalogue_version_id, delivered_on, minutes, sessions, modality, outputs, reported_by, provider_kind, enrolled_on, taken_in_charge_on,
        target_groups)
      values ${sql.join(
        batch.map(
          (
            d,
            i,
          ) => sql`(${`batch-${i}`}, ${d.providerId}, ${d.idempotencyKey}, ${d.payloadHash}, ${d.personId}, ${d.personProvince},
            ${d.serviceCode}, ${d.catalogueVersionId}, ${d.deliveredOn}, ${d.minutes}, ${d.sessions}, ${d.modality},
            ${JSON.stringify(d.outputs)}::jsonb, ${d.reportedBy}, ${d.providerKind}, ${d.enrolledOn}, ${d.takenInChargeOn},
            ${d.targetGroups ? JSON.stringify(d.targetGroups) : null}::jsonb)`,
        ),
        sql`, `,
      )}
      on conflict (provider_id, idempotency_key) do nothing returning id`);
    expect(inserted).toHaveLength(3);

    await expectAggregatesToEqualRecount();
    // Counted once: p1's March delivery at prov-a is one row however often it was sent.
    const [march] = await rows<{ deliveries: number; minutes: number }>(
      sql`select sum(deliveries)::int as deliveries, sum(minutes)::int as minutes from outcomes.delivery_month_total
          where month = '2025-03-01' and provider_id = 'prov-a' and service_code = '1A'`,
    );
    expect(march).toEqual({ deliveries: 3, minutes: 30 + 45 + 15 });
    const [p1First] = await rows<{ delivered_on: string }>(
      sql`select delivered_on::text from outcomes.first_service where person_id = 'p1' and provider_id = 'prov-a'`,
    );
    expect(p1First!.delivered_on).toBe('2025-02-01');
    expect(await rows(sql`select 1 from outcomes.delivery_person_year where person_id = 'p9'`)).toEqual([]);
    // p1 in 2025: one person, in both age bands (under 30 until March, 30-54 in July), NOT_RECORDED nowhere.
    const p1Bands = await rows<{ target_groups: string[] }>(
      sql`select target_groups from outcomes.delivery_person_year where person_id = 'p1' and year = 2025 and provider_id = 'prov-a' and service_code = '1A'`,
    );
    expect(p1Bands.map((r) => r.target_groups)).toEqual([young]);
    const services2025 = await storeServices(2025, scopes[1]!);
    const yearCell = (group: string | null) =>
      services2025.find(
        (c) =>
          c.period === '2025' &&
          c.province === null &&
          c.provider === null &&
          c.providerKind === null &&
          c.serviceCode === null &&
          c.targetGroup === group,
      );
    expect(yearCell(null)?.people).toBe(3);
    expect(yearCell('AGE_BAND:UNDER_30')?.people).toBe(1);
    expect(yearCell('AGE_BAND:FROM_30_TO_54')?.people).toBe(1);
    expect(yearCell('AGE_BAND:NOT_RECORDED')?.people).toBe(1);
    expect(yearCell('SEX:M')?.deliveries).toBe(2);

    // The lattice the store computes from the aggregates is the one count(distinct) computes from the raw rows, split
    // or not; the unsplit one (summed over the groups the aggregates are keyed by) is the split one's base cells.
    for (const scope of scopes)
      for (const year of [2024, 2025])
        for (const withTargets of [true, false]) {
          const expected = await referenceServices(year, scope, withTargets);
          expect(expected.length).toBeGreaterThan(0);
          const cells = await storeServices(year, scope, withTargets);
          expect(cells, JSON.stringify({ scope, year, withTargets })).toEqual(expected);
          if (!withTargets)
            expect(cells).toEqual((await storeServices(year, scope, true)).filter((c) => c.targetGroup === null));
          // A request split by one dimension gets exactly that dimension's cells of the lattice of all.
          else
            for (const dimension of TARGET_DIMENSIONS)
              expect(await storeServices(year, scope, true, dimension), dimension).toEqual(
                cells.filter(
                  (c) => targetDimensionOf(c.targetGroup) === null || targetDimensionOf(c.targetGroup) === dimension,
                ),
              );
        }
  });

  it("the migration's backfill rebuilds the same aggregates from the deliveries already stored", async () => {
    const tables = ['delivery_month_total', 'delivery_person_year', 'first_service', 'take_in_charge_cohort'];
    const content = () =>
      Promise.all(
        tables.map(async (t) =>
          (await rows(sql.raw(`select * from outcomes.${t}`))).map((r) => JSON.stringify(r)).sort(),
        ),
      );
    const before = await content();
    expect(before.every((r) => r.length > 0)).toBe(true);
    for (const t of tables) await outcomes.database.db.execute(sql.raw(`delete from outcomes.${t}`));
    // Each table's latest backfill: 0008's for the first services and cohorts, 0012's (keyed by target groups) for
    // the month totals and person-years.
    const folder = migrationsFolder('outcomes');
    const statements = (prefix: string) =>
      readFileSync(join(folder, readdirSync(folder).find((f) => f.startsWith(prefix))!), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.startsWith('INSERT INTO'));
    const latest = new Map<string, string>();
    for (const statement of [...statements('0008_'), ...statements('0012_')])
      latest.set(/^INSERT INTO "outcomes"\."(\w+)"/.exec(statement)![1]!, statement);
    const backfill = [...latest.values()];
    expect(backfill).toHaveLength(4);
    for (const statement of backfill) await outcomes.database.db.execute(sql.raw(statement));
    await expectAggregatesToEqualRecount();
    expect(await content()).toEqual(before);
  });

  it('deliveries are append-only: UPDATE, DELETE and TRUNCATE are refused, so the aggregates cannot drift', async () => {
    const db = outcomes.database.db;
    await expect(db.execute(sql`update outcomes.service_delivery set minutes = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from outcomes.service_delivery`)).rejects.toThrow();
    await expect(db.execute(sql`truncate outcomes.service_delivery`)).rejects.toThrow();
  });
});
