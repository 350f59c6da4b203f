import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@reg/auth';
import { openDatabase } from '@reg/db';
import { createLogger, createSubgraphServer, migrationsFolder, subgraphSchema, tableAuditLog, type Logger } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createMatchingPoolSource, type MatchingPoolSource } from './remote-matching-pool.ts';
import { createQuotaHireSource, type QuotaHireSource } from './remote-quota-hires.ts';
import { createEmployerStore } from './store/employer-store.ts';
import { createObligationStore } from './store/obligation-store.ts';
import { createShortlistStore } from './store/shortlist-store.ts';
import { auditEvents, tables } from './store/tables.ts';
import { createVacancyStore } from './store/vacancy-store.ts';

export interface EmployersOptions {
  /** Database location (postgres:// URL, PGlite folder or memory://); from the environment when absent. */
  location?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  verifyToken?: TokenVerifier;
  /** GraphQL URL of the outcomes subgraph (quota hires); a function when it is known only after this one starts. */
  outcomesUrl?: string | (() => string);
  /** Replaces the outcomes client (subgraph tests). */
  quotaHires?: QuotaHireSource;
  /** GraphQL URL of the people subgraph (the matching pool); a function when it is known only after this one starts. */
  peopleUrl?: string | (() => string);
  /** Replaces the people client (subgraph tests). */
  matchingPool?: MatchingPoolSource;
}

/** Builds the employers subgraph: database migrated, server ready to listen. */
export async function buildEmployers(options: EmployersOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('employers');
  const database = await openDatabase({ service: 'employers', pgSchema: 'employers', migrationsFolder: migrationsFolder('employers'), tables, location: options.location, env });
  const stores = { employers: createEmployerStore(database.db), vacancies: createVacancyStore(database.db), obligations: createObligationStore(database.db), shortlists: createShortlistStore(database.db), audit: tableAuditLog(database.db, auditEvents) };
  const quotaHires = options.quotaHires ?? createQuotaHireSource(options.outcomesUrl ?? env['OUTCOMES_URL'] ?? 'http://localhost:4004/graphql');
  const matchingPool = options.matchingPool ?? createMatchingPoolSource(options.peopleUrl ?? env['PEOPLE_URL'] ?? 'http://localhost:4001/graphql');
  const server = createSubgraphServer<Context>({
    name: 'employers',
    typeDefs: subgraphSchema('employers'),
    resolvers,
    createContext: (base) => ({ ...base, stores, matchingPool, loaders: createLoaders(stores, quotaHires, base.identity) }),
    ready: database.ping,
    databaseStats: database.stats,
    auditSink: stores.audit.sink,
    verifyToken: options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env)),
    logger,
  });
  return { server, database, stores, logger };
}
