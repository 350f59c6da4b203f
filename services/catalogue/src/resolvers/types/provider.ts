import { todayInRome } from '@reg/subgraph-kit';
import type { ProviderResolvers } from '../../generated/graphql.ts';

export const Provider: ProviderResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.providerById.load(ref.id),
  accreditedServices: async (provider, { on }, { loaders }) => {
    const date = on ?? todayInRome();
    const accreditations = await loaders.accreditationsOn.load(`${provider.id}@${date}`);
    const standards = await Promise.all(accreditations.map((a) => loaders.standardOn.load(`${a.serviceCode}@${date}`)));
    return standards.filter((s) => s !== null);
  },
  isAccreditedFor: async (provider, { code, on }, { loaders }) => {
    const accreditations = await loaders.accreditationsOn.load(`${provider.id}@${on ?? todayInRome()}`);
    return accreditations.some((a) => a.serviceCode === code);
  },
};
