import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSnapshotCache, maxAgeSecondsFromEnv } from './snapshots.ts';

/** A computation the test settles by hand, to observe what runs while it is under way. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A computation counting its calls and answering its call number, so that each snapshot is told apart. */
function counter() {
  let calls = 0;
  const compute = vi.fn(async () => ({ call: ++calls }));
  return compute;
}

const logger = () => ({ error: vi.fn() });
let clock = 0;
const now = () => clock;

beforeEach(() => {
  clock = Date.parse('2026-03-01T09:00:00Z');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('indicator snapshots (README "Indicators")', () => {
  it('a snapshot younger than the max age answers without computing again', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, logger: logger(), now });
    const compute = counter();
    const first = await cache.get('k', compute);
    clock += 299_000;
    const second = await cache.get('k', compute);
    expect(second).toBe(first);
    expect(second.value).toEqual({ call: 1 });
    expect(second.computedAt.toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.close();
  });

  it('an older snapshot answers at once (stale) while one recomputation runs; the next request gets the new one', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, logger: logger(), now });
    await cache.get('k', async () => ({ call: 1 }));
    clock += 300_000;
    const next = deferred<{ call: number }>();
    const compute = vi.fn(() => next.promise);
    const stale = await cache.get('k', compute);
    const staleAgain = await cache.get('k', compute);
    expect(stale.value).toEqual({ call: 1 });
    expect(staleAgain.value).toEqual({ call: 1 });
    expect(compute).toHaveBeenCalledTimes(1);
    const refreshStartedAt = clock;
    clock += 40_000;
    next.resolve({ call: 2 });
    await next.promise;
    await Promise.resolve();
    const fresh = await cache.get('k', compute);
    expect(fresh.value).toEqual({ call: 2 });
    // Figures are as of the start of their computation.
    expect(fresh.computedAt.getTime()).toBe(refreshStartedAt);
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.close();
  });

  it('with no snapshot, concurrent requests share one computation (single flight)', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, logger: logger(), now });
    const next = deferred<{ call: number }>();
    const compute = vi.fn(() => next.promise);
    const answers = Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)]);
    next.resolve({ call: 1 });
    const [a, b, c] = await answers;
    expect(compute).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    await cache.close();
  });

  it('a failed first computation fails its requests and is tried again by the next one', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, logger: logger(), now });
    await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect((await cache.get('k', async () => ({ call: 2 }))).value).toEqual({ call: 2 });
    await cache.close();
  });

  it('max age 0 disables the cache: every request computes, as before the snapshots', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 0, logger: logger(), now });
    const compute = counter();
    expect((await cache.get('k', compute)).value).toEqual({ call: 1 });
    expect((await cache.get('k', compute)).value).toEqual({ call: 2 });
    expect(compute).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
    await cache.warm('k', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    await cache.close();
  });

  it('keeps at most maxKeys keys, the least recently used dropped first', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, maxKeys: 2, logger: logger(), now });
    const compute = counter();
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute);
    await cache.get('c', compute);
    expect(cache.size).toBe(2);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.get('b', compute);
    expect(compute).toHaveBeenCalledTimes(4);
    await cache.close();
  });

  it('keys are isolated: a snapshot of one key never answers another', async () => {
    const cache = createSnapshotCache<{ scope: string }>({ maxAgeSeconds: 300, logger: logger(), now });
    await cache.get('region', async () => ({ scope: 'region' }));
    expect((await cache.get('cpi-MI', async () => ({ scope: 'cpi-MI' }))).value).toEqual({ scope: 'cpi-MI' });
    expect((await cache.get('region', async () => ({ scope: 'wrong' }))).value).toEqual({ scope: 'region' });
    await cache.close();
  });

  it('a failed background refresh keeps the previous snapshot, is logged, and is tried again later', async () => {
    const log = logger();
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, logger: log, now });
    const first = await cache.get('k', async () => ({ call: 1 }));
    clock += 301_000;
    const failing = vi.fn(() => Promise.reject(new Error('statement timeout')));
    expect(await cache.get('k', failing)).toBe(first);
    await vi.waitFor(() => expect(log.error).toHaveBeenCalledTimes(1));
    expect(log.error.mock.calls[0]![0]).toMatchObject({
      key: 'k',
      err: expect.objectContaining({ message: 'statement timeout' }),
    });
    expect(await cache.get('k', async () => ({ call: 3 }))).toBe(first);
    await vi.waitFor(async () => expect((await cache.get('k', async () => ({ call: 4 }))).value).toEqual({ call: 3 }));
    await cache.close();
  });

  it('the refresh timer recomputes stale snapshots of keys used recently, not of keys left alone, and stops on close', async () => {
    vi.useFakeTimers({ now: clock, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 60, logger: logger() });
    const used = counter();
    const forgotten = counter();
    await cache.get('forgotten', forgotten);
    await cache.get('used', used);
    await vi.advanceTimersByTimeAsync(60_000);
    // At 60 s both were used within the last 60 s and are stale: both refreshed.
    expect(used).toHaveBeenCalledTimes(2);
    expect(forgotten).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await cache.get('used', used)).value).toEqual({ call: 2 });
    await vi.advanceTimersByTimeAsync(30_000);
    // At 120 s 'used' (read at 90 s) is refreshed again; 'forgotten' (last read at 0 s) is left alone.
    expect(used).toHaveBeenCalledTimes(3);
    expect(forgotten).toHaveBeenCalledTimes(2);
    await cache.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('warm computes in the background unless a fresh snapshot exists, and close waits for it', async () => {
    const cache = createSnapshotCache<{ call: number }>({ maxAgeSeconds: 300, logger: logger(), now });
    const next = deferred<{ call: number }>();
    const compute = vi.fn(() => next.promise);
    const warming = cache.warm('k', compute);
    const answer = cache.get('k', compute);
    let closed = false;
    const closing = cache.close().then(() => (closed = true));
    await Promise.resolve();
    expect(closed).toBe(false);
    next.resolve({ call: 1 });
    await warming;
    await closing;
    expect((await answer).value).toEqual({ call: 1 });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('INDICATORS_MAX_AGE_SECONDS: unset is 0, a number is taken, anything else refused', () => {
    expect(maxAgeSecondsFromEnv({})).toBe(0);
    expect(maxAgeSecondsFromEnv({ INDICATORS_MAX_AGE_SECONDS: '300' })).toBe(300);
    expect(() => maxAgeSecondsFromEnv({ INDICATORS_MAX_AGE_SECONDS: '-1' })).toThrow();
    expect(() => maxAgeSecondsFromEnv({ INDICATORS_MAX_AGE_SECONDS: 'five' })).toThrow();
  });
});
