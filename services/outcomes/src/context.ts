import type { BaseSubgraphContext } from '@reg/subgraph-kit';
import type { Loaders, OutcomesStores } from './loaders.ts';
import type { Pseudonymise } from './pseudonyms.ts';
import type { OutcomesRemote } from './remote/index.ts';

export interface Context extends BaseSubgraphContext {
  stores: OutcomesStores;
  loaders: Loaders;
  /** Other subgraphs' facts, asked on the caller's behalf with a service token (src/remote/). */
  remote: OutcomesRemote;
  pseudonymise: Pseudonymise;
  /** Per request: when each indicator family answered was computed, by table id, for IndicatorTable.asOf. */
  indicatorsAsOf: Map<string, Array<Promise<Date>>>;
  /** Counts reported batch rows by outcome, for /metrics. */
  importRows(status: 'CREATED' | 'DUPLICATE' | 'REJECTED', count: number): void;
}
