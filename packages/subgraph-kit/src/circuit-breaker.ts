/**
 * A circuit breaker for one owner subgraph: after `threshold` consecutive unavailable outcomes it opens for
 * `coolDownMs`, during which calls are refused without a request; after the cool-down one trial call goes through
 * (half-open): its success closes the circuit, its failure opens it again for another cool-down.
 */
export interface CircuitBreaker {
  /** Whether a call may go through now; in half-open, only the first caller gets the trial. */
  allow(): boolean;
  /** The owner answered (even with GraphQL errors): the count of failures starts again. */
  succeeded(): void;
  /** The owner could not answer. */
  failed(): void;
}

export interface CircuitBreakerOptions {
  threshold: number;
  coolDownMs: number;
  now?: () => number;
}

export function createCircuitBreaker({ threshold, coolDownMs, now = Date.now }: CircuitBreakerOptions): CircuitBreaker {
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;
  return {
    allow() {
      if (openedAt === null) return true;
      if (trialInFlight || now() - openedAt < coolDownMs) return false;
      trialInFlight = true;
      return true;
    },
    succeeded() {
      failures = 0;
      openedAt = null;
      trialInFlight = false;
    },
    failed() {
      failures += 1;
      if (trialInFlight || failures >= threshold) openedAt = now();
      trialInFlight = false;
    },
  };
}
