import type { ServiceStandardRow } from '../mappers.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

/**
 * A batch of reports spans many dates but few versions: each (service, date) is answered with the id of the
 * version that applies and the accreditation then, each standard once, so the answer (and the work of writing it)
 * grows with the distinct standards, not with the dates. The same loaders as serviceStandard and isAccreditedFor,
 * so the same statements (one per entity type for all the dates) and the same answers.
 */
export const serviceStandardsOnDates: QueryResolvers['serviceStandardsOnDates'] = async (
  _,
  { provider, asks },
  { loaders },
) => {
  const [found, accreditations] = await Promise.all([
    loaders.standardOn.loadMany(asks.map((a) => `${a.code}@${a.on}`)),
    loaders.accreditationsOn.loadMany(asks.map((a) => `${provider}@${a.on}`)),
  ]);
  const standards = new Map<string, ServiceStandardRow>();
  const dates = asks.map((ask, i) => {
    const standard = found[i];
    const ofProvider = accreditations[i];
    if (standard instanceof Error) throw standard;
    if (ofProvider instanceof Error) throw ofProvider;
    if (standard) standards.set(`${standard.code}|${standard.versionId}`, standard);
    return {
      code: ask.code,
      on: ask.on,
      catalogueVersionId: standard?.versionId ?? null,
      accredited: ofProvider!.some((a) => a.serviceCode === ask.code),
    };
  });
  return { dates, standards: [...standards.values()] };
};
