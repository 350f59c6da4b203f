import type { AuditLog, BaseSubgraphContext } from '@reg/subgraph-kit';
import type { Loaders } from './loaders.ts';
import type { CatalogueStore } from './store/catalogue-store.ts';
import type { ProviderStore } from './store/provider-store.ts';

export interface Context extends BaseSubgraphContext {
  stores: { catalogue: CatalogueStore; providers: ProviderStore; audit: AuditLog };
  loaders: Loaders;
}
