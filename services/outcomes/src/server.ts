import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@reg/auth';
import { openDatabase } from '@reg/db';
import { createLogger, createServiceClient, createSubgraphServer, migrationsFolder, subgraphSchema, tableAuditLog, type Logger } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders, type OutcomesStores } from './loaders.ts';
import { createPseudonymiser } from './pseudonyms.ts';
import { createRemoteFacts } from './remote-facts.ts';
import { resolvers } from './resolvers/index.ts';
import { createDeliveryStore } from './store/delivery-store.ts';
import { createIndicatorStore } from './store/indicator-store.ts';
import { createPlacementStore } from './store/placement-store.ts';
import { auditEvents, tables } from './store/tables.ts';

export interface OutcomesOptions {
  location?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  verifyToken?: TokenVerifier;
  /** GraphQL URLs of the subgraphs that own the facts a report is checked against. */
  peopleUrl?: string;
  catalogueUrl?: string;
  employersUrl?: string;
}

export async function buildOutcomes(options: OutcomesOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('outcomes');
  const database = await openDatabase({ service: 'outcomes', pgSchema: 'outcomes', migrationsFolder: migrationsFolder('outcomes'), tables, location: options.location, env });
  const stores: OutcomesStores = { deliveries: createDeliveryStore(database.db, database.driver), placements: createPlacementStore(database.db), audit: tableAuditLog(database.db, auditEvents), indicators: createIndicatorStore(database.db) };
  const remote = createRemoteFacts({
    people: createServiceClient(options.peopleUrl ?? env['PEOPLE_URL'] ?? 'http://localhost:4001/graphql'),
    catalogue: createServiceClient(options.catalogueUrl ?? env['CATALOGUE_URL'] ?? 'http://localhost:4002/graphql'),
    employers: createServiceClient(options.employersUrl ?? env['EMPLOYERS_URL'] ?? 'http://localhost:4003/graphql'),
  });
  const pseudonymise = createPseudonymiser(env);
  const server = createSubgraphServer<Context>({
    name: 'outcomes',
    typeDefs: subgraphSchema('outcomes'),
    resolvers,
    createContext: (base) => ({ ...base, stores, loaders: createLoaders(stores), remote, pseudonymise }),
    ready: database.ping,
    auditSink: stores.audit.sink,
    verifyToken: options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env)),
    logger,
  });
  return { server, database, stores, logger };
}
