import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
/** The interface every process uses, whatever store counts the requests. */
export type OrganisationLimiter = (organisation: string) => Promise<RateDecision>;

/**
 * Requests per minute per organisation (every operator of a CPI shares its budget), so one partner's
 * runaway integration cannot starve the others. In memory, one budget per process.
 */
export function createMemoryOrganisationLimiter(perMinute: number): OrganisationLimiter {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (organisation) => {
    try {
      await limiter.consume(organisation);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      throw rejection;
    }
  };
}
