import type { Identity } from '@reg/auth';
import { createGraphQLClient, type GraphQLClient } from '@reg/subgraph-kit';
import {
  PlannedServiceCheckDocument,
  ProviderSummaryDocument,
  type ProviderSummaryQuery,
} from './generated/catalogue.ts';

export type ProviderSummary = NonNullable<ProviderSummaryQuery['provider']>;
export interface PlannedServiceCheck {
  targetGroup: string | null;
  providerAccredited: boolean;
}

/**
 * What the people subgraph asks other subgraphs, all in one place: catalogue facts (providers, standards,
 * accreditation) that its writes are checked against, asked on the caller's behalf (a service token naming the caller). The one seam the tests
 * replace (buildPeople({ remote })).
 */
export interface PeopleRemote {
  provider(identity: Identity, id: string): Promise<ProviderSummary | null>;
  /** For each planned service: the standard's target group on its start date (null if unknown) and the provider's accreditation. One call for all. */
  checkPlannedServices(
    identity: Identity,
    services: ReadonlyArray<{ serviceCode: string; providerId: string; plannedFrom: string }>,
  ): Promise<PlannedServiceCheck[]>;
}

export function createPeopleRemote(clients: { catalogue: GraphQLClient }): PeopleRemote {
  return {
    async provider(identity, id) {
      return (await clients.catalogue.request(identity, ProviderSummaryDocument, { id })).provider;
    },
    async checkPlannedServices(identity, services) {
      const answers = await clients.catalogue.requestEach(
        identity,
        PlannedServiceCheckDocument,
        services.map((s) => ({ code: s.serviceCode, on: s.plannedFrom, provider: s.providerId })),
      );
      return answers.map((a) => ({
        targetGroup: a.serviceStandard?.targetGroup ?? null,
        providerAccredited: a.provider?.isAccreditedFor ?? false,
      }));
    },
  };
}

/** The clients of the deployed subgraph: owners' URLs from options or the environment. */
export function remoteFromEnv(
  env: NodeJS.ProcessEnv,
  urls: { catalogue?: string | (() => string) } = {},
): PeopleRemote {
  return createPeopleRemote({
    catalogue: createGraphQLClient({
      from: 'people',
      subgraph: 'catalogue',
      url: urls.catalogue ?? env['CATALOGUE_URL'] ?? 'http://localhost:4002/graphql',
    }),
  });
}
