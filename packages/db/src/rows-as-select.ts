import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Many rows for `db.insert(table).select(rowsAsSelect(table, rows))`: the rows travel as one JSON parameter
 * read back by `json_to_recordset`, instead of one parameter per value. A multi-row `values` list of 500 rows of
 * 20 columns is 10,000 parameters that drizzle types one by one and the server parses one by one; this is one, so
 * the cost of building and parsing the statement no longer grows with the rows. Every insertable column of the
 * table is selected, in the table's order (what `insert ... select` requires): a value absent from every row
 * takes the column's SQL default (`defaultNow()`), its `$defaultFn` per row, or null. Values are written as JSON,
 * so they must be what the column's SQL type reads from JSON text: strings for text, dates and timestamps (mode
 * 'string'), numbers, booleans, and any JSON for jsonb; not for columns with a custom driver mapping. The
 * `where true` keeps an `on conflict` after it from being read as a join's `on`.
 */
export function rowsAsSelect<T extends PgTable>(table: T, rows: ReadonlyArray<Record<string, unknown>>): SQL {
  // Generated and identity columns take no value (drizzle's own insert leaves them out the same way).
  const columns = Object.entries(getTableColumns(table)).filter(
    ([, column]) => !(column as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert(),
  );
  const given = new Set(columns.filter(([key]) => rows.some((r) => r[key] !== undefined)).map(([key]) => key));
  for (const [key, column] of columns)
    if (!given.has(key) && column.defaultFn !== undefined && !is(column.default, SQL)) given.add(key);
  const recordset = columns.filter(([key]) => given.has(key));
  const json = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        recordset.map(([key, column]) => {
          const value = row[key] ?? (row[key] === undefined && column.defaultFn ? column.defaultFn() : null);
          return [column.name, value ?? null];
        }),
      ),
    ),
  );
  const selected = columns.map(([key, column]) => {
    if (given.has(key)) return sql`r.${sql.identifier(column.name)}`;
    if (is(column.default, SQL)) return column.default;
    return column.default === undefined ? sql`null` : sql`${column.default}`;
  });
  const definition = recordset.map(([, column]) => sql`${sql.identifier(column.name)} ${sql.raw(column.getSQLType())}`);
  return sql`select ${sql.join(selected, sql`, `)} from json_to_recordset(${json}::json) as r(${sql.join(definition, sql`, `)}) where true`;
}
