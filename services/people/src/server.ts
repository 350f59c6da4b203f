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
import { createLoaders, type PeopleStores } from './loaders.ts';
import { remoteFromEnv, type PeopleRemote } from './remote/index.ts';
import { resolvers } from './resolvers/index.ts';
import { createEnrolmentStore } from './store/enrolment-store.ts';
import { createIndicatorStore } from './store/indicator-store.ts';
import { createPersonStore } from './store/person-store.ts';
import { createPlanStore } from './store/plan-store.ts';
import { createProfileStore } from './store/profile-store.ts';
import { createTransferStore } from './store/transfer-store.ts';
import { createUnemploymentStore } from './store/unemployment-store.ts';
import { auditEvents, tables } from './store/tables.ts';
import { createTakeInChargeStore } from './store/take-in-charge-store.ts';

export interface PeopleOptions {
  location?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  verifyToken?: TokenVerifier;
  /** The catalogue subgraph's GraphQL URL (providers live there); CATALOGUE_URL by default. */
  catalogueUrl?: string;
  /** Replaces the clients of the other subgraphs (subgraph tests). */
  remote?: PeopleRemote;
}

export async function buildPeople(options: PeopleOptions = {}) {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger('people');
  const database = await openDatabase({
    service: 'people',
    pgSchema: 'people',
    migrationsFolder: migrationsFolder('people'),
    tables,
    location: options.location,
    env,
  });
  const db = database.db;
  const stores: PeopleStores = {
    persons: createPersonStore(db),
    enrolments: createEnrolmentStore(db),
    takeInCharges: createTakeInChargeStore(db),
    profiles: createProfileStore(db),
    plans: createPlanStore(db),
    audit: tableAuditLog(db, auditEvents),
    indicators: createIndicatorStore(db),
    unemployment: createUnemploymentStore(db),
    transfers: createTransferStore(db),
  };
  const remote = options.remote ?? remoteFromEnv(env, { catalogue: options.catalogueUrl });
  const server = createSubgraphServer<Context>({
    name: 'people',
    typeDefs: subgraphSchema('people'),
    resolvers,
    createContext: (base) => ({ ...base, db, stores, loaders: createLoaders(stores), remote }),
    ready: database.ping,
    databaseStats: database.stats,
    auditSink: stores.audit.sink,
    verifyToken: options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env)),
    logger,
  });
  return { server, database, stores, logger };
}
