import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { SharedSnapshots } from '@reg/indicators';

/**
 * Indicator snapshots kept in Redis (REDIS_URL) so that every replica of the outcomes subgraph reads the one a
 * replica computed. Keys are namespaced by the database they were computed from, so two graphs sharing a Redis never
 * read each other's figures. A snapshot is kept `keepSeconds` (stale ones still answer while one is recomputed);
 * the computation lock expires by itself after `lockSeconds`, should its holder die.
 */
export function createRedisSnapshots(
  url: string,
  namespace: string,
  options: { keepSeconds: number; lockSeconds?: number },
): SharedSnapshots {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  redis.on('error', () => {});
  const prefix = `indicator-snapshots:${namespace}:`;
  const token = randomUUID();
  const lockSeconds = options.lockSeconds ?? 120;
  return {
    async read(key) {
      const raw = await redis.get(prefix + key);
      if (!raw) return null;
      const stored = JSON.parse(raw) as { value: unknown; computedAt: string };
      return { value: stored.value, computedAt: new Date(stored.computedAt) };
    },
    async write(key, snapshot) {
      await redis.set(
        prefix + key,
        JSON.stringify({ value: snapshot.value, computedAt: snapshot.computedAt.toISOString() }),
        'EX',
        Math.max(1, Math.ceil(options.keepSeconds)),
      );
    },
    async lock(key) {
      return (await redis.set(`${prefix}${key}:lock`, token, 'EX', lockSeconds, 'NX')) === 'OK';
    },
    async unlock(key) {
      // Only our own lock: one that expired and was taken by another replica stays theirs.
      await redis.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
        1,
        `${prefix}${key}:lock`,
        token,
      );
    },
    async isLocked(key) {
      return (await redis.exists(`${prefix}${key}:lock`)) === 1;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
