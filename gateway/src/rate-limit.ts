import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Requests per minute per organisation (every operator of a CPI shares its budget), so one partner's
 * runaway integration cannot starve the others. In memory: one gateway process; several replicas
 * would move it to a shared store (rate-limiter-flexible has Redis and PostgreSQL ones).
 */
export function createOrganisationLimiter(perMinute: number) {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (organisation: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> => {
    try {
      await limiter.consume(organisation);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      throw rejection;
    }
  };
}

export type OrganisationLimiter = ReturnType<typeof createOrganisationLimiter>;
