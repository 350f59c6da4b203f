import { openSubgraph, tableAuditLog, type SubgraphBuildOptions } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { remoteFromEnv, type EmployersRemote } from './remote/index.ts';
import { createEmployerStore } from './store/employer-store.ts';
import { createIndicatorStore } from './store/indicator-store.ts';
import { createObligationStore } from './store/obligation-store.ts';
import { createReferralStore } from './store/referral-store.ts';
import { createShortlistStore } from './store/shortlist-store.ts';
import { auditEvents, tables } from './store/tables.ts';
import { createVacancyStore } from './store/vacancy-store.ts';

export interface EmployersOptions extends SubgraphBuildOptions {
  /** GraphQL URL of the outcomes subgraph (quota hires); a function when it is known only after this one starts. */
  outcomesUrl?: string | (() => string);
  /** GraphQL URL of the people subgraph (the matching pool); a function when it is known only after this one starts. */
  peopleUrl?: string | (() => string);
  /** Replaces the clients of the other subgraphs (subgraph tests). */
  remote?: EmployersRemote;
}

/** Builds the employers subgraph: database migrated, server ready to listen. */
export async function buildEmployers(options: EmployersOptions = {}) {
  const { env, logger, database, serve } = await openSubgraph('employers', tables, options);
  const stores = {
    employers: createEmployerStore(database.db),
    vacancies: createVacancyStore(database.db),
    obligations: createObligationStore(database.db),
    shortlists: createShortlistStore(database.db),
    referrals: createReferralStore(database.db),
    indicators: createIndicatorStore(database.db),
    audit: tableAuditLog(database.db, auditEvents),
  };
  const remote = options.remote ?? remoteFromEnv(env, { people: options.peopleUrl, outcomes: options.outcomesUrl });
  const server = serve<Context>({
    resolvers,
    createContext: (base) => ({ ...base, stores, remote, loaders: createLoaders(stores, remote, base.identity) }),
    auditSink: stores.audit.sink,
  });
  return { server, database, stores, logger };
}
