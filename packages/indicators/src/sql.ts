import { sql, type SQL } from 'drizzle-orm';
import { notRecordedKeys, type TargetDimension } from './request.ts';

/**
 * Columns a family's inner select gives its date so that the outer one can build the whole lattice in one
 * statement: year, quarter and month labels (dates are Europe/Rome calendar dates already).
 */
export const periodColumns = (date: SQL) =>
  sql`to_char(${date}, 'YYYY') as y, to_char(${date}, 'YYYY-"Q"Q') as q, to_char(${date}, 'YYYY-MM') as m`;

/**
 * Every level of every dimension in one GROUP BY: each year, its quarters and months, crossed with all /
 * each province, all / each kind / each provider and, for families that have it, all / each service.
 * The inner select must name its columns y, q, m, province, provider_kind, provider_id (and service_code).
 */
export const latticeGroupBy = (withService: boolean, withTargets = false) =>
  sql.raw(
    `group by y, rollup(q, m), rollup(province), rollup(provider_kind, provider_id)${withService ? ', rollup(service_code)' : ''}${withTargets ? ', target_group' : ''}`,
  );

/** The outer select's dimension columns, matching latticeGroupBy. */
export const latticeColumns = (withService: boolean, withTargets = false) =>
  sql.raw(
    `coalesce(m, q, y) as period, province, provider_kind, provider_id${withService ? ', service_code' : ', null::text as service_code'}${withTargets ? ', target_group' : ''}`,
  );

/**
 * A row's target groups as rows of a column target_group (FROM ... cross join lateral): null (every row counts in
 * all people) and one `DIMENSION:VALUE` per target dimension, from a jsonb array of keys (targetGroupKeys); a row
 * whose groups were never recorded counts as NOT_RECORDED on each dimension, so every dimension still adds up to
 * the total. With a dimension, only that dimension's key: the other dimensions' cells are never built.
 */
export const targetGroupRows = (groups: SQL, dimension?: TargetDimension | null) =>
  sql`cross join lateral (
    select null::text as target_group
    union all
    select k from jsonb_array_elements_text(coalesce(${groups}, ${sql.raw(`'${JSON.stringify(notRecordedKeys())}'::jsonb`)})) k
    ${dimension ? sql`where starts_with(k, ${`${dimension}:`})` : sql``}
  ) tg`;

/** A lattice row as the driver returns it. */
export interface LatticeRow {
  period: string;
  province: string | null;
  provider_kind: string | null;
  provider_id: string | null;
  service_code: string | null;
  /** Families split by target group: `DIMENSION:VALUE`, null for all people. */
  target_group?: string | null;
}

export const keyOfRow = (r: LatticeRow) => ({
  period: r.period,
  province: r.province,
  providerKind: r.provider_kind,
  provider: r.provider_id,
  serviceCode: r.service_code,
  targetGroup: r.target_group ?? null,
});

/** count(...) and sum(...) come back as strings from postgres.js (bigint/numeric) and as numbers from PGlite. */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** db.execute answers { rows } on PGlite and the row list itself on postgres.js. */
export const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The periods of a year as labels and month masks (bit 0 = January): the year, its quarters, its months. */
export const periodMasks: ReadonlyArray<{ suffix: string; bits: number }> = [
  { suffix: '', bits: 0xfff },
  ...[1, 2, 3, 4].map((q) => ({ suffix: `-Q${q}`, bits: 0b111 << ((q - 1) * 3) })),
  ...Array.from({ length: 12 }, (_, i) => ({ suffix: `-${String(i + 1).padStart(2, '0')}`, bits: 1 << i })),
];

/**
 * Distinct people of every cell of the lattice (the periods and dimension levels of latticeGroupBy) without
 * count(distinct): `source` names the columns year, person_id, province, provider_kind, provider_id (and
 * service_code) and, for each name in `counts`, an integer mask of the months of that year in which the row
 * counts the person for that count. The masks are OR-ed per person at every dimension level (one hashable
 * GROUP BY), then each period counts the people whose mask meets the period's months. With withTargets the source
 * also names target_groups (a jsonb array of keys) and every cell comes once for all people and once per group
 * (targetGroupRows), of targetDimension only when given. Exact: a person counts in a
 * cell exactly when some row of the person lies in the cell. One row per cell with a non-zero first count, named
 * like latticeColumns, with one column per count.
 */
export function peopleLattice(
  source: SQL,
  counts: readonly string[],
  withService: boolean,
  withTargets = false,
  targetDimension: TargetDimension | null = null,
): SQL {
  const dims = `province, provider_kind, provider_id${withService ? ', service_code' : ''}${withTargets ? ', target_group' : ''}`;
  const masks = counts.map((c) => `bit_or(${c}) as ${c}`).join(', ');
  const filtered = counts
    .flatMap((c) => periodMasks.map((p, i) => `count(*) filter (where ${c} & ${p.bits} <> 0) as ${c}_${i}`))
    .join(', ');
  const values = periodMasks
    .map((p, i) => `(year::text${p.suffix ? ` || '${p.suffix}'` : ''}, ${counts.map((c) => `${c}_${i}`).join(', ')})`)
    .join(', ');
  return sql`
    with per_person as (
      select year, ${sql.raw(dims)}, ${sql.raw(masks)}
      from (${source}) s ${withTargets ? targetGroupRows(sql`s.target_groups`, targetDimension) : sql``}
      group by year, person_id, rollup(province), rollup(provider_kind, provider_id)${sql.raw(withService ? ', rollup(service_code)' : '')}${sql.raw(withTargets ? ', target_group' : '')}
    ), per_cell as (
      select year, ${sql.raw(dims)}, ${sql.raw(filtered)} from per_person group by year, ${sql.raw(dims)}
    )
    select v.period, province, provider_kind, provider_id, ${sql.raw(withService ? 'service_code' : 'null::text as service_code')}, ${sql.raw(withTargets ? 'target_group, ' : '')}${sql.raw(counts.map((c) => `v.${c}`).join(', '))}
    from per_cell cross join lateral (values ${sql.raw(values)}) as v(period, ${sql.raw(counts.join(', '))})
    where v.${sql.raw(counts[0]!)} > 0`;
}

/** The cell key of a lattice row as a string, to join two statements' rows of the same lattice. */
export const rowKey = (r: LatticeRow) =>
  JSON.stringify(
    r.target_group
      ? [r.period, r.province, r.provider_kind, r.provider_id, r.service_code, r.target_group]
      : [r.period, r.province, r.provider_kind, r.provider_id, r.service_code],
  );
