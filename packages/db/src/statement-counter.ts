import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Counts SQL statements, so tests and benchmarks can prove that batching holds (one statement per
 * entity type per request, whatever the page size): per async scope, and process-wide.
 */
export interface StatementTally {
  count: number;
}
const tallies = new AsyncLocalStorage<StatementTally>();
let processWide = 0;

export function withStatementTally<T>(tally: StatementTally, run: () => T): T {
  return tallies.run(tally, run);
}

/** Statements issued by every database of this process since it started. */
export const statementsIssued = () => processWide;

export const countingLogger: Logger = {
  logQuery() {
    processWide += 1;
    const tally = tallies.getStore();
    if (tally) tally.count += 1;
  },
};
