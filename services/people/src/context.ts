import type { BaseSubgraphContext } from '@reg/subgraph-kit';
import type { Loaders, PeopleStores } from './loaders.ts';
import type { PeopleRemote } from './remote/index.ts';

export interface Context extends BaseSubgraphContext {
  stores: PeopleStores;
  loaders: Loaders;
  /** Other subgraphs' facts, asked on the caller's behalf with a service token (src/remote/). */
  remote: PeopleRemote;
}
