import type { BaseSubgraphContext } from '@reg/subgraph-kit';
import type { Loaders, PeopleStores } from './loaders.ts';
import type { PeopleRemote } from './remote/index.ts';

export interface Context extends BaseSubgraphContext {
  stores: PeopleStores;
  loaders: Loaders;
  /** Other subgraphs' facts, asked with the caller's token (src/remote/). */
  remote: PeopleRemote;
}
