import { openSubgraph, tableAuditLog, type SubgraphBuildOptions } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders, type PeopleStores } from './loaders.ts';
import { remoteFromEnv, type PeopleRemote } from './remote/index.ts';
import { resolvers } from './resolvers/index.ts';
import { createEnrolmentStore } from './store/enrolment-store.ts';
import { createImportStore } from './store/import-store.ts';
import { createIndicatorStore } from './store/indicator-store.ts';
import { createPersonStore } from './store/person-store.ts';
import { createPlanStore } from './store/plan-store.ts';
import { createProfileStore } from './store/profile-store.ts';
import { createTransferStore } from './store/transfer-store.ts';
import { createUnemploymentStore } from './store/unemployment-store.ts';
import { auditEvents, tables } from './store/tables.ts';
import { createTakeInChargeStore } from './store/take-in-charge-store.ts';

export interface PeopleOptions extends SubgraphBuildOptions {
  /** The catalogue subgraph's GraphQL URL (providers live there); CATALOGUE_URL by default. */
  /** A function when the URL is known only once the catalogue listens (the one-process graph). */
  catalogueUrl?: string | (() => string);
  /** Replaces the clients of the other subgraphs (subgraph tests). */
  remote?: PeopleRemote;
}

export async function buildPeople(options: PeopleOptions = {}) {
  const { env, logger, database, serve } = await openSubgraph('people', tables, options);
  const db = database.db;
  const stores: PeopleStores = {
    persons: createPersonStore(db),
    enrolments: createEnrolmentStore(db),
    takeInCharges: createTakeInChargeStore(db),
    imports: createImportStore(db),
    profiles: createProfileStore(db),
    plans: createPlanStore(db),
    audit: tableAuditLog(db, auditEvents),
    indicators: createIndicatorStore(db),
    unemployment: createUnemploymentStore(db),
    transfers: createTransferStore(db),
  };
  const remote = options.remote ?? remoteFromEnv(env, { catalogue: options.catalogueUrl });
  const server = serve<Context>({
    resolvers,
    createContext: (base) => ({ ...base, stores, loaders: createLoaders(stores), remote }),
    auditSink: stores.audit.sink,
  });
  return { server, database, stores, logger };
}
