import DataLoader from 'dataloader';

/**
 * The DataLoader helpers of every subgraph: one statement per entity type per request, whatever the page size.
 * A batch function must answer one value per key in the keys' order; these build that answer from the rows a
 * store returns in any order, in linear time.
 */

/** Rows grouped by a key, in their original order; a row with several keys is in each of their groups. */
export function groupBy<T, K = string>(rows: Iterable<T>, keysOf: (row: T) => K | readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  const add = (key: K, row: T) => {
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  };
  for (const row of rows) {
    const keys = keysOf(row);
    if (Array.isArray(keys)) for (const key of new Set(keys as readonly K[])) add(key, row);
    else add(keys as K, row);
  }
  return groups;
}

/** Rows by their key (the last row wins when two share one). */
export function indexBy<T, K = string>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T> {
  const index = new Map<K, T>();
  for (const row of rows) index.set(keyOf(row), row);
  return index;
}

/** A loader of at most one row per key (an entity by id, a profile by person): null where there is none. */
export function oneByKey<T>(load: (keys: readonly string[]) => Promise<readonly T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const found = indexBy(await load(keys), keyOf);
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** A loader of the rows that belong to each key (the sites of an employer): an empty list where there are none. */
export function manyByKey<T>(load: (keys: readonly string[]) => Promise<readonly T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = groupBy(await load(keys), keyOf);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** `oneByKey` on the `id` column, the most common loader. */
export const byIdLoader = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<readonly T[]>) =>
  oneByKey(load, (row) => row.id);

/** A key that carries a date, "<id>@<YYYY-MM-DD>": what an entity was on a day. */
export const datedKey = (id: string, date: string) => `${id}@${date}`;

/** The ids of dated keys grouped by date, so a batch runs one statement per date. */
export function idsByDate(keys: readonly string[]): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const key of keys) {
    const at = key.lastIndexOf('@');
    const [id, date] = [key.slice(0, at), key.slice(at + 1)];
    const ids = byDate.get(date);
    if (ids) ids.push(id);
    else byDate.set(date, [id]);
  }
  return byDate;
}
