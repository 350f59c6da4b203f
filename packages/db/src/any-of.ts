import { type Column, inArray, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { mapFlatRows } from './flat-rows.ts';

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
