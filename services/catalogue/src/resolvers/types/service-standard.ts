import { todayInRome } from '@reg/subgraph-kit';
import type { LepServiceResolvers, ServiceStandardResolvers } from '../../generated/graphql.ts';

const present = <T>(value: T | null): value is T => value !== null;

export const ServiceStandard: ServiceStandardResolvers = {
  // Other subgraphs reference a standard by code only: they get the version valid today.
  __resolveReference: (ref, { loaders }) => loaders.standardOn.load(`${ref.code}@${todayInRome()}`),
  lepServices: async (standard, _, { loaders }) =>
    (await loaders.lepByCode.loadMany(standard.lepCodes)).filter(
      (r): r is Exclude<typeof r, Error | null> => r !== null && !(r instanceof Error),
    ),
  catalogueVersion: async (standard, _, { loaders }) => (await loaders.versionById.load(standard.versionId))!,
};

export const LepService: LepServiceResolvers = {
  standards: async (lep, _, { loaders }) => {
    const date = todayInRome();
    const rows = await Promise.all(lep.standardCodes.map((code) => loaders.standardOn.load(`${code}@${date}`)));
    return rows.filter(present);
  },
};
