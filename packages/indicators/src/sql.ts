import { sql, type SQL } from 'drizzle-orm';

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
export const latticeGroupBy = (withService: boolean) =>
  sql.raw(
    `group by y, rollup(q, m), rollup(province), rollup(provider_kind, provider_id)${withService ? ', rollup(service_code)' : ''}`,
  );

/** The outer select's dimension columns, matching latticeGroupBy. */
export const latticeColumns = (withService: boolean) =>
  sql.raw(
    `coalesce(m, q, y) as period, province, provider_kind, provider_id${withService ? ', service_code' : ', null::text as service_code'}`,
  );

/** A lattice row as the driver returns it. */
export interface LatticeRow {
  period: string;
  province: string | null;
  provider_kind: string | null;
  provider_id: string | null;
  service_code: string | null;
}

export const keyOfRow = (r: LatticeRow) => ({
  period: r.period,
  province: r.province,
  providerKind: r.provider_kind,
  provider: r.provider_id,
  serviceCode: r.service_code,
});

/** count(...) and sum(...) come back as strings from postgres.js (bigint/numeric) and as numbers from PGlite. */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** db.execute answers { rows } on PGlite and the row list itself on postgres.js. */
export const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
