import { LRUCache } from 'lru-cache';

/**
 * Maintained snapshots of measured lattices: even from the maintained aggregates the region-wide lattice over a
 * million deliveries takes seconds to compute, while a dashboard can live with figures a minute or two old. A snapshot younger than maxAgeSeconds answers at once; an older one answers at once too (stale)
 * while one recomputation runs in the background; with no snapshot the request computes and concurrent requests
 * for the same key share that computation. Keys must carry everything the lattice depends on, the caller's
 * scope above all, so that a cached lattice never crosses scopes; suppression is applied after, per request.
 */
export interface Snapshot<T> {
  value: T;
  computedAt: Date;
}

export interface SnapshotLogger {
  error(details: object, message: string): void;
}

/**
 * Snapshots shared by the replicas of a service (a Redis server): a snapshot one replica computed is read by the
 * others, and a lock per key makes one replica compute while the others wait for its result (single flight across
 * processes, not only within one).
 */
export interface SharedSnapshots {
  read(key: string): Promise<{ value: unknown; computedAt: Date } | null>;
  write(key: string, snapshot: { value: unknown; computedAt: Date }): Promise<void>;
  /** True when this caller now holds the key's computation lock (it expires by itself after a while). */
  lock(key: string): Promise<boolean>;
  unlock(key: string): Promise<void>;
  isLocked(key: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface SnapshotCacheOptions {
  /** 0 disables the cache: every request computes. */
  maxAgeSeconds: number;
  /** At most this many keys are kept, least recently used dropped first. */
  maxKeys?: number;
  logger: SnapshotLogger;
  /** Milliseconds since the epoch; injected by tests. */
  now?: () => number;
  /** Told how long each computation took (for the metrics), whether it succeeded or not. */
  onComputed?: (seconds: number, ok: boolean) => void;
  /** Shared with the other replicas (REDIS_URL); without it, this process's memory only. */
  shared?: SharedSnapshots;
}

interface Entry<T> {
  compute: () => Promise<T>;
  snapshot: Snapshot<T> | null;
  /** The one computation running for this key, if any. */
  running: Promise<Snapshot<T>> | null;
  lastUsed: number;
}

export interface SnapshotCache<T> {
  /** The key's snapshot, computed now when there is none (or the cache is disabled). */
  get(key: string, compute: () => Promise<T>): Promise<Snapshot<T>>;
  /** Computes the key in the background unless a snapshot is fresh; failures are logged. */
  warm(key: string, compute: () => Promise<T>): Promise<void>;
  /** Recomputes, one after the other, the stale snapshots of keys used within the last maxAgeSeconds. */
  refreshRecent(): Promise<void>;
  readonly size: number;
  /** Age in seconds of the oldest snapshot kept, or null when there is none. */
  oldestAgeSeconds(): number | null;
  /** Stops refreshing and waits for the computations under way, so that the database can close after. */
  close(): Promise<void>;
}

export function createSnapshotCache<T extends object>(options: SnapshotCacheOptions): SnapshotCache<T> {
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeSeconds * 1000;
  const entries = new LRUCache<string, Entry<T>>({ max: options.maxKeys ?? 200 });
  const background = new Set<Promise<unknown>>();
  let closed = false;

  const isFresh = (s: Snapshot<T>) => now() - s.computedAt.getTime() < maxAgeMs;

  /** Computes here, timing it; the figures are those of the moment the statement started, however long it ran. */
  async function computeHere(compute: () => Promise<T>): Promise<Snapshot<T>> {
    const startedAt = new Date(now());
    const took = (ok: boolean) => options.onComputed?.((now() - startedAt.getTime()) / 1000, ok);
    try {
      const value = await compute();
      took(true);
      return { value, computedAt: startedAt };
    } catch (error) {
      took(false);
      throw error;
    }
  }

  /**
   * With shared snapshots: a fresh one another replica wrote is taken as it is; else the replica that gets the lock
   * computes and writes it, and the others wait for that (polling) instead of computing it again.
   */
  async function computeShared(shared: SharedSnapshots, key: string, compute: () => Promise<T>): Promise<Snapshot<T>> {
    const existing = (await shared.read(key)) as Snapshot<T> | null;
    if (existing && isFresh(existing)) return existing;
    if (await shared.lock(key)) {
      try {
        const snapshot = await computeHere(compute);
        await shared.write(key, snapshot);
        return snapshot;
      } finally {
        await shared.unlock(key);
      }
    }
    const deadline = now() + 300_000;
    while (now() < deadline && !closed) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const written = (await shared.read(key)) as Snapshot<T> | null;
      if (written && (!existing || written.computedAt > existing.computedAt)) return written;
      if (!(await shared.isLocked(key))) break;
    }
    // The other replica gave up (or died): serve the old snapshot if any, else compute here.
    return existing ?? computeHere(compute);
  }

  /** Single flight: a computation already running for the key is shared. */
  function recompute(key: string, entry: Entry<T>): Promise<Snapshot<T>> {
    if (entry.running) return entry.running;
    const running = (
      options.shared ? computeShared(options.shared, key, entry.compute) : computeHere(entry.compute)
    ).then(
      (snapshot) => {
        entry.snapshot = snapshot;
        entry.running = null;
        return snapshot;
      },
      (error: unknown) => {
        entry.running = null;
        throw error;
      },
    );
    entry.running = running;
    return running;
  }

  /** A recomputation nobody waits for: its failure keeps the old snapshot and is logged, never unhandled. */
  function inBackground(key: string, entry: Entry<T>): Promise<void> {
    const done = recompute(key, entry).then(
      () => {},
      (error: unknown) =>
        options.logger.error({ err: error, key }, 'indicator snapshot refresh failed; the previous snapshot is kept'),
    );
    background.add(done);
    void done.finally(() => background.delete(done));
    return done;
  }

  function entryFor(key: string, compute: () => Promise<T>): Entry<T> {
    const existing = entries.get(key);
    if (existing) {
      existing.compute = compute;
      return existing;
    }
    const entry: Entry<T> = { compute, snapshot: null, running: null, lastUsed: now() };
    entries.set(key, entry);
    return entry;
  }

  let timer: NodeJS.Timeout | null = null;
  if (maxAgeMs > 0) {
    timer = setInterval(() => void cache.refreshRecent(), maxAgeMs);
    // A refresh timer must not keep a process alive that has nothing else to do.
    timer.unref();
  }

  const cache: SnapshotCache<T> = {
    async get(key, compute) {
      if (maxAgeMs <= 0 || closed) {
        const computedAt = new Date(now());
        return { value: await compute(), computedAt };
      }
      const entry = entryFor(key, compute);
      entry.lastUsed = now();
      if (!entry.snapshot) return recompute(key, entry);
      if (!isFresh(entry.snapshot)) void inBackground(key, entry);
      return entry.snapshot;
    },

    async warm(key, compute) {
      if (maxAgeMs <= 0 || closed) return;
      const entry = entryFor(key, compute);
      if (entry.snapshot && isFresh(entry.snapshot)) return;
      await inBackground(key, entry);
    },

    async refreshRecent() {
      const since = now() - maxAgeMs;
      const due = [...entries.entries()].filter(([, e]) => e.lastUsed >= since && !(e.snapshot && isFresh(e.snapshot)));
      // One after the other: each of these statements can use a core for seconds.
      for (const [key, entry] of due) {
        if (closed) return;
        await inBackground(key, entry);
      }
    },

    get size() {
      return entries.size;
    },

    oldestAgeSeconds() {
      let oldest: number | null = null;
      for (const entry of entries.values()) {
        if (entry.snapshot && (oldest === null || entry.snapshot.computedAt.getTime() < oldest))
          oldest = entry.snapshot.computedAt.getTime();
      }
      return oldest === null ? null : (now() - oldest) / 1000;
    },

    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await Promise.allSettled([...background]);
      entries.clear();
    },
  };
  return cache;
}

/** INDICATORS_MAX_AGE_SECONDS: unset means 0 (no cache), so that a write is seen by the next read unless configured. */
export function maxAgeSecondsFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env['INDICATORS_MAX_AGE_SECONDS'];
  if (raw === undefined || raw.trim() === '') return 0;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new Error(`INDICATORS_MAX_AGE_SECONDS must be a number of seconds >= 0, not ${raw}`);
  return seconds;
}
