import type { BaseSubgraphContext } from '@reg/subgraph-kit';
import type { Loaders, PeopleStores } from './loaders.ts';
import type { ProviderDirectory } from './provider-directory.ts';
import type { PeopleDb } from './store/person-store.ts';

export interface Context extends BaseSubgraphContext {
  db: PeopleDb;
  stores: PeopleStores;
  loaders: Loaders;
  providers: ProviderDirectory;
}
