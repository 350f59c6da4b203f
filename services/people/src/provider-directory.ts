import type { Identity } from '@reg/auth';
import type { ServiceClient } from '@reg/subgraph-kit';

export interface ProviderSummary { id: string; kind: 'CPI' | 'ACCREDITED'; province: string }

/** Provider facts come from the catalogue subgraph that owns them, asked on the caller's behalf. */
export interface ProviderDirectory {
  find(identity: Identity, id: string): Promise<ProviderSummary | null>;
}

export function createProviderDirectory(catalogue: ServiceClient): ProviderDirectory {
  return {
    async find(identity, id) {
      const data = await catalogue.query<{ provider: ProviderSummary | null }>(identity, 'query ($id: ID!) { provider(id: $id) { id kind province } }', { id });
      return data.provider;
    },
  };
}
