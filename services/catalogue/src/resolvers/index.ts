import { auditedMutations, DateScalar, DateTimeScalar } from '@reg/subgraph-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { catalogueAuditEvents } from './catalogue-audit-events.ts';
import { catalogueVersions } from './catalogue-versions.ts';
import { lepServices } from './lep-services.ts';
import { me } from './me.ts';
import { provider } from './provider.ts';
import { providers } from './providers.ts';
import { registerProvider } from './register-provider.ts';
import { serviceStandard } from './service-standard.ts';
import { serviceStandards } from './service-standards.ts';
import { serviceStandardsOnDates } from './service-standards-on-dates.ts';
import { Provider } from './types/provider.ts';
import { LepService, ServiceStandard } from './types/service-standard.ts';
import { Viewer } from './types/viewer.ts';

/**
 * One file per root field (named after it), one per type under `types/`. The catalogue is reference data: any
 * authenticated caller reads it; only the Region writes it.
 */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    me,
    catalogueAuditEvents,
    serviceStandard,
    serviceStandards,
    serviceStandardsOnDates,
    catalogueVersions,
    lepServices,
    provider,
    providers,
  },
  Mutation: auditedMutations({ registerProvider }),
  ServiceStandard,
  LepService,
  Provider,
  Viewer,
};
