import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@reg/auth';
import { openDatabase } from '@reg/db';
import { createLogger, createSubgraphServer, migrationsFolder, subgraphSchema, type Logger } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createEmployerStore } from './store/employer-store.ts';
import { tables } from './store/tables.ts';
import { createVacancyStore } from './store/vacancy-store.ts';

export interface EmployersOptions {
  /** Database location (postgres:// URL, PGlite folder or memory://); from the environment when absent. */
  location?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  verifyToken?: TokenVerifier;
}

/** Builds the employers subgraph: database migrated, server ready to listen. */
export async function buildEmployers(options: EmployersOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('employers');
  const database = await openDatabase({ service: 'employers', pgSchema: 'employers', migrationsFolder: migrationsFolder('employers'), tables, location: options.location, env });
  const stores = { employers: createEmployerStore(database.db), vacancies: createVacancyStore(database.db) };
  const server = createSubgraphServer<Context>({
    name: 'employers',
    typeDefs: subgraphSchema('employers'),
    resolvers,
    createContext: (base) => ({ ...base, stores, loaders: createLoaders(stores) }),
    ready: database.ping,
    verifyToken: options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env)),
    logger,
  });
  return { server, database, stores, logger };
}
