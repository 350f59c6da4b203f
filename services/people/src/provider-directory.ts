import type { Identity } from '@reg/auth';
import type { ServiceClient } from '@reg/subgraph-kit';

export interface ProviderSummary { id: string; kind: 'CPI' | 'ACCREDITED'; province: string }
export interface PlannedServiceCheck { targetGroup: string | null; providerAccredited: boolean }

/** Catalogue facts (providers, standards, accreditation) come from the catalogue subgraph, asked on the caller's behalf. */
export interface ProviderDirectory {
  find(identity: Identity, id: string): Promise<ProviderSummary | null>;
  /** For each planned service: the standard's target group on its start date (null if unknown) and the provider's accreditation. One call for all. */
  checkPlannedServices(identity: Identity, services: ReadonlyArray<{ serviceCode: string; providerId: string; plannedFrom: string }>): Promise<PlannedServiceCheck[]>;
}

export function createProviderDirectory(catalogue: ServiceClient): ProviderDirectory {
  return {
    async find(identity, id) {
      const data = await catalogue.query<{ provider: ProviderSummary | null }>(identity, 'query ($id: ID!) { provider(id: $id) { id kind province } }', { id });
      return data.provider;
    },
    async checkPlannedServices(identity, services) {
      if (services.length === 0) return [];
      // Aliases batch every check into one request; values travel as variables, never spliced into the text.
      const declarations = services.flatMap((_, i) => [`$c${i}: String!`, `$d${i}: Date!`, `$p${i}: ID!`]).join(', ');
      const fields = services.map((_, i) => `s${i}: serviceStandard(code: $c${i}, on: $d${i}) { targetGroup } p${i}: provider(id: $p${i}) { isAccreditedFor(code: $c${i}, on: $d${i}) }`).join(' ');
      const variables = Object.fromEntries(services.flatMap((s, i) => [[`c${i}`, s.serviceCode], [`d${i}`, s.plannedFrom], [`p${i}`, s.providerId]]));
      const data = await catalogue.query<Record<string, { targetGroup?: string; isAccreditedFor?: boolean } | null>>(identity, `query (${declarations}) { ${fields} }`, variables);
      return services.map((_, i) => ({ targetGroup: data[`s${i}`]?.targetGroup ?? null, providerAccredited: data[`p${i}`]?.isAccreditedFor ?? false }));
    },
  };
}
