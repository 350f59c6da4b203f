import { findAuditEvents, todayInRome } from '@reg/subgraph-kit';
import type { QueryResolvers } from '../generated/graphql.ts';

/** The catalogue is reference data: any authenticated caller may read it. */
export const Query: QueryResolvers = {
  me: (_, __, { identity }) => identity,
  catalogueAuditEvents: (_, args, { identity, stores }) => findAuditEvents(identity, stores.audit, args),
  serviceStandard: (_, { code, on }, { loaders }) => loaders.standardOn.load(`${code}@${on ?? todayInRome()}`),
  serviceStandards: async (_, { area, targetGroup, on }, { stores }) => {
    const date = on ?? todayInRome();
    const rows = await stores.catalogue.standardsOn(date, undefined, { area, targetGroup });
    return rows.map((row) => ({ ...row, askedOn: date }));
  },
  catalogueVersions: (_, __, { stores }) => stores.catalogue.versions(),
  lepServices: (_, __, { stores }) => stores.catalogue.lepServices(),
  provider: (_, { id }, { loaders }) => loaders.providerById.load(id),
  providers: (_, { province, kind, serviceCode }, { stores }) =>
    stores.providers.list({ province, kind, serviceCode, on: todayInRome() }),
};
