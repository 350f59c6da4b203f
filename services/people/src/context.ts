export type { BaseSubgraphContext as Context } from '@reg/subgraph-kit';
