import { openSubgraph, tableAuditLog, type SubgraphBuildOptions } from '@reg/subgraph-kit';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { createCatalogueStore } from './store/catalogue-store.ts';
import { createProviderStore } from './store/provider-store.ts';
import { loadReferenceData } from './store/reference-data.ts';
import { auditEvents, tables } from './store/tables.ts';

export type CatalogueOptions = SubgraphBuildOptions;

/** Builds the catalogue subgraph: database migrated, reference catalogue loaded, server ready to listen. */
export async function buildCatalogue(options: CatalogueOptions = {}) {
  const { logger, database, serve } = await openSubgraph('catalogue', tables, options);
  await loadReferenceData(database.db);
  const stores = {
    catalogue: createCatalogueStore(database.db),
    providers: createProviderStore(database.db),
    audit: tableAuditLog(database.db, auditEvents),
  };
  const server = serve<Context>({
    resolvers,
    createContext: (base) => ({ ...base, stores, loaders: createLoaders(stores) }),
    auditSink: stores.audit.sink,
  });
  return { server, database, stores, logger };
}
