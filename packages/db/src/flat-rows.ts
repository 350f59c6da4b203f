import { Column, is } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import { PostgresJsSession } from 'drizzle-orm/postgres-js';

/**
 * Drizzle maps every cell of every row through a generic walk of the field's path (an iterator and a closure per
 * cell, a type check per column), which on a page of 100 rows of 30 columns is thousands of allocations per
 * statement. For a flat select of columns (each field's path is its key, as in `select()` from one table or
 * `returning()`) the same rows come from one object literal per row with each column's own decoder: what
 * `mapResultRow` computes for them, without the walk. Anything else (joins, nested selections, SQL fields, the
 * relational queries' own mappers) keeps drizzle's mapping. Set through the query's result mapper, which both
 * drivers' sessions (postgres.js, PGlite) call with the rows in array mode instead of `mapResultRow`.
 */
export function mapFlatRows(prepared: object): void {
  const query = prepared as {
    fields?: Array<{ path: string[]; field: unknown }>;
    customResultMapper?: (rows: unknown[][]) => unknown;
  };
  const fields = query.fields;
  if (!Array.isArray(fields) || fields.length === 0 || query.customResultMapper) return;
  if (!fields.every((f) => f.path.length === 1 && is(f.field, Column))) return;
  const record = recordOf(
    fields.map((f) => f.path[0]!),
    fields.map((f) => f.field as Column),
  );
  query.customResultMapper = (rows) => rows.map((row) => record(row));
}

type MakeRecord = (columns: readonly Column[], row: unknown[]) => Record<string, unknown>;
/** The record makers by their keys: a statement's shape is written once, whatever columns decode it. */
const makers = new Map<string, MakeRecord>();
const MAKERS = 2_000;

/**
 * A row's record from its cells in array mode, as one object literal written for these keys: what a loop
 * assigning key by key gives (the same keys in the same order, null as null, each other cell through its column's
 * decoder), about fifty times faster on a row of twenty columns, since the object is made with its final shape at
 * once instead of growing it one keyed store at a time. The keys are the select's field names, quoted as JSON.
 */
export function recordOf(
  keys: readonly string[],
  columns: readonly Column[],
): (row: unknown[]) => Record<string, unknown> {
  const signature = JSON.stringify(keys);
  let make = makers.get(signature);
  if (!make) {
    const cells = keys.map(
      (key, i) => `${JSON.stringify(key)}: row[${i}] === null ? null : columns[${i}].mapFromDriverValue(row[${i}])`,
    );
    make = new Function('columns', 'row', `return { ${cells.join(', ')} };`) as MakeRecord;
    if (makers.size >= MAKERS) makers.delete(makers.keys().next().value!);
    makers.set(signature, make);
  }
  const made = make;
  return (row) => made(columns, row);
}

type Prepare = (this: unknown, ...args: unknown[]) => object;
let installed = false;

/**
 * Every flat select and returning of both drivers mapped by `mapFlatRows`: their sessions' `prepareQuery` (which
 * every query, prepared or not, goes through, transactions included) sets the result mapper on what it returns.
 * Installed once per process, when a database is opened.
 */
export function mapFlatRowsEverywhere(): void {
  if (installed) return;
  installed = true;
  for (const session of [PostgresJsSession, PgliteSession]) {
    const prototype = session.prototype as unknown as { prepareQuery: Prepare };
    const prepareQuery = prototype.prepareQuery;
    prototype.prepareQuery = function (this: unknown, ...args: unknown[]) {
      const prepared = prepareQuery.apply(this, args);
      mapFlatRows(prepared);
      return prepared;
    };
  }
}
