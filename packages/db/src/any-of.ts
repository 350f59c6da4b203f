import { Column, inArray, is, sql, type Placeholder, type SQL } from 'drizzle-orm';

/** The column types whose text form Postgres reads back exactly in an array literal. */
const arrayCastable = new Set(['PgUUID', 'PgText', 'PgVarchar', 'PgChar', 'PgDateString', 'PgInteger', 'PgBigInt53']);

/**
 * A Postgres array literal of the values, each quoted: `{"a","b \"c\""}`. Read by the server's array input, so
 * it does not depend on how a driver serialises JavaScript arrays (postgres.js and PGlite differ for dates).
 */
export function arrayLiteral(values: readonly unknown[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) literal += ',';
    const value = values[i];
    if (value === null) {
      literal += 'NULL';
      continue;
    }
    const text = String(value);
    // Ids and dates have nothing to escape: the common case skips the regular expression.
    literal += `"${text.includes('"') || text.includes('\\') ? text.replace(/[\\"]/g, '\\$&') : text}"`;
  }
  return `${literal}}`;
}

/**
 * `column = any($1::type[])`: a loader's batch of keys as ONE parameter, where `inArray` binds one parameter per
 * key. Drizzle builds a statement's text chunk by chunk (several type checks per chunk), so a batch of 100 ids
 * cost more CPU to write than to run, and every batch size was a new statement text for the driver and the
 * server to prepare. The text is now the same for any number of keys. Other column types (enums, whose type
 * name may need its schema; timestamps, numerics) keep `inArray`.
 */
export function anyOf(column: Column, values: readonly unknown[] | Placeholder): SQL {
  const castable = arrayCastable.has(column.columnType);
  if (!Array.isArray(values)) {
    if (!castable) throw new Error(`anyOf: a ${column.columnType} column cannot take its keys as one array parameter`);
    return sql`${column} = any(${values}::${sql.raw(column.getSQLType())}[])`;
  }
  if (!castable) return inArray(column, [...values]);
  return sql`${column} = any(${sql.param(arrayLiteral(values))}::${sql.raw(column.getSQLType())}[])`;
}

interface Preparable<T> {
  prepare(name: string): { execute(values: Record<string, unknown>): Promise<T> };
}

/**
 * A loader's read by a batch of keys with its statement built once per store, on first use, instead of on
 * every request: `build` gets the keys' placeholder for `anyOf`. Drizzle writes a statement's text by walking its
 * chunks and each table's columns; for the reads every request makes (a person by id, their enrolments) that
 * cost more CPU than the read itself. The statement and its parameters are the same as unprepared.
 */
export function preparedByKeys<T>(name: string, build: (keys: Placeholder) => Preparable<T>) {
  const execute = preparedWith<T, 'keys'>(name, ['keys'], ({ keys }) => build(keys));
  return (keys: readonly unknown[]): Promise<T> => execute({ keys: arrayLiteral(keys) });
}

/**
 * `preparedByKeys` for a read whose parameters are not one batch of keys (the catalogue versions valid between two
 * dates): built once with a placeholder per parameter, its rows mapped as `preparedByKeys` maps them.
 */
export function preparedWith<T, P extends string>(
  name: string,
  parameters: readonly P[],
  build: (placeholders: Record<P, Placeholder>) => Preparable<T>,
) {
  let prepared: ReturnType<Preparable<T>['prepare']> | undefined;
  return (values: Record<P, unknown>): Promise<T> => {
    if (!prepared) {
      const placeholders = Object.fromEntries(parameters.map((p) => [p, sql.placeholder(p)])) as unknown as Record<
        P,
        Placeholder
      >;
      prepared = build(placeholders).prepare(name);
      mapFlatRows(prepared);
    }
    return prepared.execute(values);
  };
}

/**
 * Drizzle maps every cell of every row through a generic walk of the field's path (an iterator and a closure per
 * cell, a type check per column), which on a page of 100 rows of 30 columns is thousands of allocations per
 * statement. For a flat select of one table's columns (each field's path is its key) the same rows come from one
 * loop with each column's own decoder: what `mapResultRow` computes for them, without the walk. Anything else
 * (joins, nested selections) keeps drizzle's mapping. Set through the prepared query's result mapper, which both
 * drivers' sessions (postgres.js, PGlite) call with the rows in array mode instead of `mapResultRow`.
 */
function mapFlatRows(prepared: object): void {
  const query = prepared as {
    fields?: Array<{ path: string[]; field: unknown }>;
    customResultMapper?: (rows: unknown[][]) => unknown;
  };
  const fields = query.fields;
  if (!Array.isArray(fields) || query.customResultMapper) return;
  if (!fields.every((f) => f.path.length === 1 && is(f.field, Column))) return;
  const record = recordOf(
    fields.map((f) => f.path[0]!),
    fields.map((f) => f.field as Column),
  );
  query.customResultMapper = (rows) => rows.map((row) => record(row));
}

/**
 * A row's record from its cells in array mode, as one object literal written for these columns: what a loop
 * assigning key by key gives (the same keys in the same order, null as null, each other cell through its column's
 * decoder), about fifty times faster on a row of twenty columns, since the object is made with its final shape at
 * once instead of growing it one keyed store at a time. The keys are the select's field names, quoted as JSON.
 */
export function recordOf(
  keys: readonly string[],
  columns: readonly Column[],
): (row: unknown[]) => Record<string, unknown> {
  const cells = keys.map(
    (key, i) => `${JSON.stringify(key)}: row[${i}] === null ? null : columns[${i}].mapFromDriverValue(row[${i}])`,
  );
  const make = new Function('columns', 'row', `return { ${cells.join(', ')} };`) as (
    columns: readonly Column[],
    row: unknown[],
  ) => Record<string, unknown>;
  return (row) => make(columns, row);
}
