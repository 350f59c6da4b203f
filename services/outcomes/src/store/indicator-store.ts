import { sql, type SQL } from 'drizzle-orm';
import {
  keyOfRow,
  latticeBounds,
  latticeColumns,
  latticeGroupBy,
  num,
  peopleLattice,
  periodColumns,
  rowKey,
  rowsOf,
  targetGroupRows,
  type IndicatorScope,
  type LatticeInput,
  type LatticeRow,
  type MeasuredCell,
} from '@reg/indicators';
import type { OutcomesDb } from './delivery-store.ts';
import {
  deliveryMonthTotals,
  deliveryPersonYears,
  employerServiceCancellations,
  employerServiceDeliveries,
  firstServices,
  internships,
  placementFollowUps,
  placements,
  ruleOverrides,
  serviceDeliveries,
  servicePaths,
  takeInChargeCohorts,
} from './tables.ts';

type Row = LatticeRow & Record<string, unknown>;

/**
 * Each measure family computes its whole lattice (every period level crossed with every dimension level:
 * latticeGroupBy) of whole calendar years in SQL, in one statement or two joined cell by cell; nothing but the
 * aggregated cells comes back to Node. The delivery families read the aggregates the delivery trigger maintains
 * (tables.ts), not the deliveries themselves; distinct people never go through count(distinct) over a whole
 * lattice of grouping sets, which cost tens of seconds at a million rows.
 */
export function createIndicatorStore(db: OutcomesDb) {
  // Without JIT: a lattice statement is estimated far above jit_above_cost (a split one's correlated look-ups most),
  // and on the PostgreSQL server compiling it (inlining, optimisation) took longer than running it: 8.9 s of a split
  // paths statement's 8.9 s at 200,000 deliveries. Set per transaction, so nothing else the subgraph runs changes.
  const rows = (statement: SQL) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      return rowsOf<Row>(await tx.execute(statement));
    });
  const run = async (
    statement: SQL,
    cell: (r: Row) => Omit<MeasuredCell, 'period' | 'province' | 'providerKind' | 'provider' | 'serviceCode'>,
  ) => (await rows(statement)).map((r) => ({ ...keyOfRow(r), ...cell(r) }));

  const scopeOf = (scope: IndicatorScope, province: SQL, provider: SQL) =>
    sql.join(
      [
        scope.province === null ? sql`true` : sql`${province} = ${scope.province}`,
        scope.provider === null ? sql`true` : sql`${provider} = ${scope.provider}`,
      ],
      sql` and `,
    );

  return {
    /**
     * From the aggregates the delivery trigger maintains (tables.ts): the additive measures from the monthly
     * totals, the distinct people from the person-year month masks (peopleLattice), joined cell by cell.
     */
    async services(input: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end, scope, withTargets, targetDimension, column, targetRows } = latticeParts(input);
      const [people, totals] = await Promise.all([
        rows(
          peopleLattice(
            sql`select year, person_id, province, provider_kind, provider_id, service_code, target_groups, months as people
                from ${deliveryPersonYears}
                where year >= ${Number(start.slice(0, 4))} and year < ${Number(end.slice(0, 4))} and ${scopeOf(scope, sql`province`, sql`provider_id`)}`,
            ['people'],
            true,
            withTargets,
            targetDimension,
          ),
        ),
        // Unsplit, the rows keyed by target groups are summed over them, never multiplied by targetGroupRows.
        rows(sql`
          select ${latticeColumns(true, withTargets)}, sum(deliveries) as deliveries, sum(minutes) as minutes, sum(outputs) as outputs
          from (
            select ${periodColumns(sql`month`)}, province, provider_kind, provider_id, service_code${column}, deliveries, minutes, outputs
            from ${deliveryMonthTotals} t ${targetRows(sql`t.target_groups`)}
            where month >= ${start} and month < ${end} and ${scopeOf(scope, sql`province`, sql`provider_id`)}
          ) s
          ${latticeGroupBy(true, withTargets)}`),
      ]);
      const byKey = new Map(totals.map((r) => [rowKey(r), r]));
      return people.map((r) => {
        const t = byKey.get(rowKey(r));
        return {
          ...keyOfRow(r),
          people: num(r['people'])!,
          personCounts: [num(r['people'])!],
          measures: {
            deliveries: num(t?.['deliveries']) ?? 0,
            hours: round2((num(t?.['minutes']) ?? 0) / 60),
            outputs: num(t?.['outputs']) ?? 0,
          },
        };
      });
    },

    /**
     * From the paths closed in the years (mutable rows: no maintained aggregate), distinct people through month
     * masks as for services, the path counts and average by a hashable GROUP BY; joined cell by cell.
     */
    async paths(input: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end, scope, withTargets, targetDimension, column, targetRows } = latticeParts(input);
      // Unsplit, the last delivery of each path is not looked up at all.
      const closed = sql`
        select p.*, not exists (select 1 from ${ruleOverrides} o where o.path_id = p.id) as within,
               ${
                 withTargets
                   ? sql`(select d.target_groups from ${serviceDeliveries} d where d.path_id = p.id
                          order by d.delivered_on desc, d.id desc limit 1)`
                   : sql`null::jsonb`
               } as target_groups
        from ${servicePaths} p
        where status = 'CLOSED' and closed_on >= ${start} and closed_on < ${end} and ${scopeOf(scope, sql`person_province`, sql`provider_id`)}`;
      const [people, totals] = await Promise.all([
        rows(
          peopleLattice(
            // One row per person and finest cell first (a person has many paths), so the rollup reads fewer.
            sql`select year, person_id, province, provider_kind, provider_id, service_code, target_groups,
                       bit_or(bit) as people, bit_or(case when within then bit else 0 end) as people_within,
                       bit_or(case when within then 0 else bit end) as people_outside
                from (
                  select extract(year from closed_on)::int as year, person_id, person_province as province,
                         coalesce(provider_kind, 'UNKNOWN') as provider_kind, provider_id, service_code, target_groups, within,
                         1 << (extract(month from closed_on)::int - 1) as bit
                  from (${closed}) c
                ) b
                group by 1, 2, 3, 4, 5, 6, 7`,
            ['people', 'people_within', 'people_outside'],
            true,
            withTargets,
            targetDimension,
          ),
        ),
        // Totals per month and finest cell first (one hashed GROUP BY), then the lattice over those few rows.
        rows(sql`
          select ${latticeColumns(true, withTargets)}, sum(closed) as closed, sum(within) as within, sum(minutes) / sum(closed) as average_minutes
          from (
            select ${periodColumns(sql`month`)}, province, provider_kind, provider_id, service_code${column}, closed, within, minutes
            from (
              select date_trunc('month', closed_on) as month, person_province as province, coalesce(provider_kind, 'UNKNOWN') as provider_kind,
                     provider_id, service_code, target_groups, count(*) as closed, count(*) filter (where within) as within,
                     sum(total_minutes)::numeric as minutes
              from (${closed}) c
              group by 1, 2, 3, 4, 5, 6
            ) f ${targetRows(sql`f.target_groups`)}
          ) s
          ${latticeGroupBy(true, withTargets)}`),
      ]);
      const byKey = new Map(totals.map((r) => [rowKey(r), r]));
      return people.map((r) => {
        const t = byKey.get(rowKey(r))!;
        const closedPaths = num(t['closed'])!;
        const within = num(t['within'])!;
        return {
          ...keyOfRow(r),
          people: num(r['people'])!,
          personCounts: [num(r['people'])!, num(r['people_within'])!, num(r['people_outside'])!],
          measures: {
            closedPaths,
            withinStandard: within,
            shareWithinStandard: closedPaths === 0 ? null : round4(within / closedPaths),
            averageHours: round2(num(t['average_minutes'])! / 60),
          },
        };
      });
    },

    /**
     * Services to employers (seed 003, area 4), straight from their rows: a few thousand a year in a region (one or
     * a few services per employer served), so count(distinct) over the grouping sets costs nothing worth an
     * aggregate. The disclosure unit is the employer: `people` counts employers served, suppressed like people.
     */
    async employerServices(input: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end, scope } = latticeParts(input);
      return run(
        sql`
        select ${latticeColumns(true)}, count(distinct employer_id) as employers, count(*) as deliveries, sum(minutes) as minutes
        from (
          select ${periodColumns(sql`delivered_on`)}, employer_province as province, provider_kind, provider_id, service_code,
                 employer_id, minutes
          from ${employerServiceDeliveries} d
          where delivered_on >= ${start} and delivered_on < ${end} and ${scopeOf(scope, sql`employer_province`, sql`provider_id`)}
            -- A report withdrawn as made in error counts nowhere.
            and not exists (select 1 from ${employerServiceCancellations} c where c.delivery_id = d.id)
        ) s
        ${latticeGroupBy(true)}`,
        (r) => ({
          people: num(r['employers'])!,
          personCounts: [num(r['employers'])!],
          measures: { deliveries: num(r['deliveries']), hours: round2(num(r['minutes'])! / 60) },
        }),
      );
    },

    /** From each person's first service per province and provider (tables.ts): the earliest within the scope. */
    async firstService(input: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end, scope, withTargets, column, targetRows } = latticeParts(input);
      return run(
        sql`
        select ${latticeColumns(false, withTargets)}, count(*) as people, percentile_cont(0.5) within group (order by days) as median_days
        from (
          select ${periodColumns(sql`delivered_on`)}, province, provider_kind, provider_id${column}, days
          from (
            select distinct on (person_id) person_id, delivered_on, delivery_id, province, provider_kind, provider_id, days
            from ${firstServices}
            where ${scopeOf(scope, sql`province`, sql`provider_id`)}
            order by person_id, delivered_on, delivery_id
          ) first_services
          ${targetRows(sql`(select d.target_groups from ${serviceDeliveries} d where d.id = first_services.delivery_id)`)}
          where delivered_on >= ${start} and delivered_on < ${end}
        ) s
        ${latticeGroupBy(false, withTargets)}`,
        (r) => ({
          people: num(r['people'])!,
          personCounts: [num(r['people'])!],
          measures: { medianDays: num(r['median_days']) },
        }),
      );
    },

    async placements(input: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end, scope, withTargets, column, targetRows } = latticeParts(input);
      return run(
        sql`
        select ${latticeColumns(false, withTargets)}, count(distinct person_id) as people, count(distinct person_id) filter (where counts_toward_quota) as people_quota,
               count(*) as placements, count(*) filter (where counts_toward_quota) as quota_placements
        from (
          select ${periodColumns(sql`started_on`)}, person_province as province, coalesce(provider_kind, 'UNKNOWN') as provider_kind,
                 reported_by_org as provider_id, person_id, counts_toward_quota${column}
          from ${placements} pl ${targetRows(sql`pl.target_groups`)}
          where started_on >= ${start} and started_on < ${end} and ${scopeOf(scope, sql`person_province`, sql`reported_by_org`)}
        ) s
        ${latticeGroupBy(false, withTargets)}`,
        (r) => ({
          people: num(r['people'])!,
          personCounts: [num(r['people'])!, num(r['people_quota'])!],
          measures: { placements: num(r['placements']), quotaPlacements: num(r['quota_placements']) },
        }),
      );
    },

    /**
     * Internships by start date, at the promoter: started, and of those completed, interrupted and attested so far.
     * Every sub-count is also a count of people, so a small one is suppressed like the cell.
     */
    async internships(input: LatticeInput): Promise<MeasuredCell[]> {
      const { start, end, scope } = latticeParts(input);
      return run(
        sql`
        select ${latticeColumns(false)}, count(distinct person_id) as people,
               count(distinct person_id) filter (where status = 'COMPLETED') as people_completed,
               count(distinct person_id) filter (where status = 'INTERRUPTED') as people_interrupted,
               count(distinct person_id) filter (where attested) as people_attested,
               count(*) as started, count(*) filter (where status = 'COMPLETED') as completed,
               count(*) filter (where status = 'INTERRUPTED') as interrupted, count(*) filter (where attested) as attested
        from (
          select ${periodColumns(sql`started_on`)}, person_province as province, promoter_kind as provider_kind,
                 promoter_id as provider_id, person_id, status, attestation_issued_on is not null as attested
          from ${internships}
          where started_on >= ${start} and started_on < ${end} and ${scopeOf(scope, sql`person_province`, sql`promoter_id`)}
        ) s
        ${latticeGroupBy(false)}`,
        (r) => ({
          people: num(r['people'])!,
          personCounts: [
            num(r['people'])!,
            num(r['people_completed'])!,
            num(r['people_interrupted'])!,
            num(r['people_attested'])!,
          ],
          measures: {
            started: num(r['started']),
            completed: num(r['completed']),
            interrupted: num(r['interrupted']),
            attested: num(r['attested']),
          },
        }),
      );
    },

    /** today: cohorts count once their 6 months have passed by this day, so that a rate is never of a partial window. */
    async placementRate(input: LatticeInput, today: string): Promise<MeasuredCell[]> {
      const { start, end, scope, withTargets, column, targetRows } = latticeParts(input);
      return run(
        sql`
        select ${latticeColumns(false, withTargets)}, count(distinct person_id) as people,
               count(distinct person_id) filter (where placed) as placed, count(distinct person_id) filter (where not placed) as not_placed
        from (
          select ${periodColumns(sql`taken_in_charge_on`)}, province, provider_kind, provider_id, person_id${column},
                 exists (select 1 from ${placements} pl where pl.person_id = c.person_id
                         and pl.started_on >= c.taken_in_charge_on and pl.started_on <= (c.taken_in_charge_on + interval '6 months')::date) as placed
          from (
            select person_id, provider_id, provider_kind, province, taken_in_charge_on,
                   ${withTargets ? cohortTargetGroups(sql`tc`) : sql`null::jsonb`} as target_groups
            from ${takeInChargeCohorts} tc
            where taken_in_charge_on >= ${start} and taken_in_charge_on < ${end}
              and (taken_in_charge_on + interval '6 months')::date <= ${today}::date
              and ${scopeOf(scope, sql`province`, sql`provider_id`)}
          ) c ${targetRows(sql`c.target_groups`)}
        ) s
        ${latticeGroupBy(false, withTargets)}`,
        (r) => {
          const people = num(r['people'])!;
          const placed = num(r['placed'])!;
          return {
            people,
            personCounts: [people, placed, num(r['not_placed'])!],
            measures: { placedWithin6Months: placed, placementRate: people === 0 ? null : round4(placed / people) },
          };
        },
      );
    },

    /**
     * Placements by start date whose 6-month milestone has passed by today; the 12-month measures count those whose
     * 12-month milestone has passed too. Retention = employed / (employed + not employed); unknowns are counted apart.
     */
    async retention(input: LatticeInput, today: string): Promise<MeasuredCell[]> {
      const { start, end, scope, withTargets, column, targetRows } = latticeParts(input);
      return run(
        sql`
        select ${latticeColumns(false, withTargets)}, count(distinct person_id) as people,
               count(*) as placements6, count(*) filter (where e6) as employed6, count(*) filter (where not e6) as not_employed6,
               count(distinct person_id) filter (where e6) as people_employed6, count(distinct person_id) filter (where not e6) as people_not_employed6,
               count(*) filter (where mature12) as placements12, count(*) filter (where mature12 and e12) as employed12, count(*) filter (where mature12 and not e12) as not_employed12,
               count(distinct person_id) filter (where mature12 and e12) as people_employed12, count(distinct person_id) filter (where mature12 and not e12) as people_not_employed12
        from (
          select ${periodColumns(sql`pl.started_on`)}, pl.person_province as province, coalesce(pl.provider_kind, 'UNKNOWN') as provider_kind,
                 pl.reported_by_org as provider_id, pl.person_id, ${employedAt(6)} as e6, ${employedAt(12)} as e12,
                 (pl.started_on + interval '12 months')::date <= ${today}::date as mature12${column}
          from ${placements} pl ${targetRows(sql`pl.target_groups`)}
          where pl.started_on >= ${start} and pl.started_on < ${end} and (pl.started_on + interval '6 months')::date <= ${today}::date
            and ${scopeOf(scope, sql`pl.person_province`, sql`pl.reported_by_org`)}
        ) s
        ${latticeGroupBy(false, withTargets)}`,
        (r) => {
          const n = (k: string) => num(r[k])!;
          const rate = (yes: number, no: number) => (yes + no === 0 ? null : round4(yes / (yes + no)));
          return {
            people: n('people'),
            personCounts: [
              n('people'),
              n('people_employed6'),
              n('people_not_employed6'),
              n('people_employed12'),
              n('people_not_employed12'),
            ],
            measures: {
              placements6: n('placements6'),
              employed6: n('employed6'),
              notEmployed6: n('not_employed6'),
              unknown6: n('placements6') - n('employed6') - n('not_employed6'),
              retention6: rate(n('employed6'), n('not_employed6')),
              placements12: n('placements12'),
              employed12: n('employed12'),
              notEmployed12: n('not_employed12'),
              unknown12: n('placements12') - n('employed12') - n('not_employed12'),
              retention12: rate(n('employed12'), n('not_employed12')),
            },
          };
        },
      );
    },
  };
}

/**
 * Employment at `months` after a placement's start: a follow-up at that milestone says so; else a recorded end before
 * the milestone says not employed; else it is unknown (no check recorded, no end recorded).
 */
const employedAt = (months: 6 | 12) => sql`case
  when exists (select 1 from ${placementFollowUps} f where f.placement_id = pl.id and f.milestone_months = ${sql.raw(String(months))} and f.still_employed) then true
  when exists (select 1 from ${placementFollowUps} f where f.placement_id = pl.id and f.milestone_months = ${sql.raw(String(months))}) then false
  when pl.ended_on is not null and pl.ended_on < (pl.started_on + interval '${sql.raw(String(months))} months')::date then false
end`;

/**
 * A take-in-charge cohort's target groups: those recorded with its earliest delivery (the cohort exists because
 * deliveries carry it), i.e. the person's groups on the day of the first service of that take-in-charge, the
 * nearest day to the take-in-charge that outcomes has asked people about.
 */
const cohortTargetGroups = (cohort: SQL) => sql`(
  select d.target_groups from ${serviceDeliveries} d
  where d.person_id = ${cohort}.person_id and d.provider_id = ${cohort}.provider_id
    and d.taken_in_charge_on = ${cohort}.taken_in_charge_on and d.person_province = ${cohort}.province
  order by d.delivered_on, d.id limit 1)`;

/**
 * What every family's statement takes of its input: the whole years' bounds, the scope and, for the target-group
 * cells, the column target_group of the inner select and the rows that give it (targetGroupRows), of one dimension
 * when the request names it; nothing for the base lattice, whose rows then count once each.
 */
const latticeParts = ({ from, to, scope, withTargets = false, targetDimension = null }: LatticeInput) => ({
  ...latticeBounds(from, to),
  scope,
  withTargets,
  targetDimension,
  column: withTargets ? sql`, target_group` : sql``,
  targetRows: (groups: SQL) => (withTargets ? targetGroupRows(groups, targetDimension) : sql``),
});

const round2 = (n: number) => Math.round(n * 100) / 100;
const round4 = (n: number) => Math.round(n * 10000) / 10000;

export type IndicatorStore = ReturnType<typeof createIndicatorStore>;
