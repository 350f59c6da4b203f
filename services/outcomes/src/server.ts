import { maxAgeSecondsFromEnv } from '@reg/indicators';
import { openSubgraph, type SubgraphBuildOptions, tableAuditLog, todayInRome } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders, type OutcomesStores } from './loaders.ts';
import { createOutcomesMetrics } from './metrics.ts';
import { createPseudonymiser } from './pseudonyms.ts';
import { remoteFromEnv, type OutcomesRemote } from './remote/index.ts';
import { resolvers } from './resolvers/index.ts';
import { createDeliveryStore } from './store/delivery-store.ts';
import { createEmployerServiceStore } from './store/employer-service-store.ts';
import { createIndicatorSnapshots } from './store/indicator-snapshots.ts';
import { createRedisSnapshots } from './store/shared-snapshots.ts';
import { createIndicatorStore } from './store/indicator-store.ts';
import { createInternshipStore } from './store/internship-store.ts';
import { createPlacementStore } from './store/placement-store.ts';
import { auditEvents, tables } from './store/tables.ts';

export interface OutcomesOptions extends SubgraphBuildOptions {
  /** GraphQL URLs of the subgraphs that own the facts a report is checked against. */
  /** Functions when the URLs are known only once those subgraphs listen (the one-process graph). */
  peopleUrl?: string | (() => string);
  catalogueUrl?: string | (() => string);
  employersUrl?: string | (() => string);
  /** Replaces the clients of the other subgraphs (subgraph tests). */
  remote?: OutcomesRemote;
  /** How old an indicator snapshot may be before it is recomputed; 0 computes on every request. Else INDICATORS_MAX_AGE_SECONDS. */
  indicatorsMaxAgeSeconds?: number;
  /** Redis shared by the replicas for the indicator snapshots; else REDIS_URL; unset keeps them in process. */
  redisUrl?: string;
}

export async function buildOutcomes(options: OutcomesOptions = {}) {
  const { env, logger, database, serve } = await openSubgraph('outcomes', tables, options);
  const indicators = createIndicatorStore(database.db);
  const metrics = createOutcomesMetrics();
  const maxAgeSeconds = options.indicatorsMaxAgeSeconds ?? maxAgeSecondsFromEnv(env);
  // With REDIS_URL the replicas share the snapshots and their single-flight refresh; without it, this process keeps them.
  const redisUrl = options.redisUrl ?? env['REDIS_URL'];
  const shared =
    redisUrl && maxAgeSeconds > 0
      ? createRedisSnapshots(redisUrl, database.where, { keepSeconds: maxAgeSeconds * 10 })
      : undefined;
  const indicatorSnapshots = createIndicatorSnapshots(indicators, {
    maxAgeSeconds,
    logger,
    onComputed: metrics.snapshotComputed,
    ...(shared ? { shared } : {}),
  });
  metrics.observeSnapshots(indicatorSnapshots.oldestAgeSeconds);
  const stores: OutcomesStores = {
    deliveries: createDeliveryStore(database.db),
    placements: createPlacementStore(database.db),
    employerServices: createEmployerServiceStore(database.db),
    internships: createInternshipStore(database.db),
    audit: tableAuditLog(database.db, auditEvents),
    indicators,
    indicatorSnapshots,
  };
  const remote =
    options.remote ??
    remoteFromEnv(env, { people: options.peopleUrl, catalogue: options.catalogueUrl, employers: options.employersUrl });
  const pseudonymise = createPseudonymiser(env);
  const server = serve<Context>({
    resolvers,
    createContext: (base) => ({
      ...base,
      stores,
      loaders: createLoaders(stores),
      remote,
      pseudonymise,
      indicatorsAsOf: new Map(),
      importRows: metrics.importRows,
    }),
    metrics: metrics.metrics,
    auditSink: stores.audit.sink,
  });
  indicatorSnapshots.warmUp(todayInRome());
  // The snapshots stop refreshing and finish what they compute before the database closes.
  const close = async () => {
    await indicatorSnapshots.close();
    await database.close();
  };
  return { server, database: { ...database, close }, stores, logger };
}
