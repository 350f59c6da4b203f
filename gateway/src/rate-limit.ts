import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type OrganisationLimiter = (
  organisation: string,
) => Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;

/** Where the counts live: one process's memory (embedded default), or a Redis server every replica shares. */
export interface LimiterStore {
  /** REDIS_URL: with it, all gateway replicas count one budget per organisation. */
  redisUrl?: string;
  /** Key prefix, so that several limiters (the gateway's, a subgraph's) can share one Redis. */
  keyPrefix?: string;
}

/**
 * Requests per minute per organisation (every operator of a CPI shares its budget), so one partner's
 * runaway integration cannot starve the others. With REDIS_URL the count is shared by every replica (a request is
 * counted once, whichever replica takes it); while Redis cannot be reached each replica falls back to counting in
 * its own memory rather than refusing or letting everything through. Without REDIS_URL, in memory.
 */
export function createOrganisationLimiter(
  perMinute: number,
  store: LimiterStore = {},
): OrganisationLimiter & { ready(): Promise<void>; close(): Promise<void> } {
  const keyPrefix = store.keyPrefix ?? 'rate-limit:organisation';
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix });
  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract = memory;
  if (store.redisUrl) {
    redis = new Redis(store.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    // A Redis outage is logged by the fallback's use, not by an unhandled error event.
    redis.on('error', () => {});
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points: perMinute,
      duration: 60,
      keyPrefix,
      insuranceLimiter: memory,
    });
  }
  const consume = async (organisation: string) => {
    try {
      await limiter.consume(organisation);
      return { allowed: true } as const;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) } as const;
      throw rejection;
    }
  };
  return Object.assign(consume, {
    /** Resolves once Redis is connected (or after 2 s): before that, counts would go to the in-memory fallback. */
    ready: async () => {
      const client = redis;
      if (!client || client.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2_000);
        client.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    close: async () => {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  });
}
