import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Counts SQL statements per request, so tests and benchmarks can prove that batching holds
 * (one statement per entity type per request, whatever the page size).
 */
export interface StatementTally { count: number }
const tallies = new AsyncLocalStorage<StatementTally>();

export function withStatementTally<T>(tally: StatementTally, run: () => T): T {
  return tallies.run(tally, run);
}

export const countingLogger: Logger = {
  logQuery() {
    const tally = tallies.getStore();
    if (tally) tally.count += 1;
  },
};
