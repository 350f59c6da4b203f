import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@reg/auth';
import { openDatabase } from '@reg/db';
import {
  createLogger,
  createSubgraphServer,
  migrationsFolder,
  subgraphSchema,
  tableAuditLog,
  type Logger,
} from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createCatalogueStore } from './store/catalogue-store.ts';
import { createProviderStore } from './store/provider-store.ts';
import { loadReferenceData } from './store/reference-data.ts';
import { auditEvents, tables } from './store/tables.ts';

export interface CatalogueOptions {
  /** Database location (postgres:// URL, PGlite folder or memory://); from the environment when absent. */
  location?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  verifyToken?: TokenVerifier;
}

/** Builds the catalogue subgraph: database migrated, reference catalogue loaded, server ready to listen. */
export async function buildCatalogue(options: CatalogueOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('catalogue');
  const database = await openDatabase({
    service: 'catalogue',
    pgSchema: 'catalogue',
    migrationsFolder: migrationsFolder('catalogue'),
    tables,
    location: options.location,
    env,
  });
  await loadReferenceData(database.db);
  const stores = {
    catalogue: createCatalogueStore(database.db),
    providers: createProviderStore(database.db),
    audit: tableAuditLog(database.db, auditEvents),
  };
  const server = createSubgraphServer<Context>({
    name: 'catalogue',
    typeDefs: subgraphSchema('catalogue'),
    resolvers,
    createContext: (base) => ({ ...base, stores, loaders: createLoaders(stores) }),
    ready: database.ping,
    databaseStats: database.stats,
    auditSink: stores.audit.sink,
    verifyToken: options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env)),
    logger,
  });
  return { server, database, stores, logger };
}
