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

type Makers<Deps> = Record<string, (deps: Deps) => unknown>;
export type LoadersOf<M> = { readonly [K in keyof M]: M[K] extends (deps: never) => infer L ? L : never };

/**
 * A request's loaders, each made on its first use. A service declares one per entity and relation (thirty in
 * people) and a request uses a few; made all at once, per request, they cost more CPU than some whole resolvers.
 * The makers are read once: each gets what the request's loaders share (the stores; in employers also the caller
 * and the remote client) and returns its loader, kept for the rest of the request.
 * Usage: `export const createLoaders = loadersOnDemand<Stores>()({ personById: (stores) => byIdLoader(...), ... })`.
 */
export function loadersOnDemand<Deps>() {
  return <M extends Makers<Deps>>(makers: M): ((deps: Deps) => LoadersOf<M>) => {
    class RequestLoaders {
      readonly made = new Map<string, unknown>();
      constructor(readonly deps: Deps) {}
    }
    for (const [name, make] of Object.entries(makers)) {
      Object.defineProperty(RequestLoaders.prototype, name, {
        enumerable: true,
        get(this: RequestLoaders) {
          let loader = this.made.get(name);
          if (loader === undefined) {
            loader = make(this.deps);
            this.made.set(name, loader);
          }
          return loader;
        },
      });
    }
    return (deps) => new RequestLoaders(deps) as unknown as LoadersOf<M>;
  };
}
