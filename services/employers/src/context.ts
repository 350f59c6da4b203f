import type { AuditLog, BaseSubgraphContext } from '@reg/subgraph-kit';
import type { Loaders } from './loaders.ts';
import type { EmployersRemote } from './remote/index.ts';
import type { EmployerStore } from './store/employer-store.ts';
import type { IndicatorStore } from './store/indicator-store.ts';
import type { ObligationStore } from './store/obligation-store.ts';
import type { ReferralStore } from './store/referral-store.ts';
import type { ShortlistStore } from './store/shortlist-store.ts';
import type { VacancyStore } from './store/vacancy-store.ts';

export interface Context extends BaseSubgraphContext {
  stores: {
    employers: EmployerStore;
    vacancies: VacancyStore;
    obligations: ObligationStore;
    shortlists: ShortlistStore;
    referrals: ReferralStore;
    indicators: IndicatorStore;
    audit: AuditLog;
  };
  /** Other subgraphs' facts, asked on the caller's behalf with a service token (src/remote/). */
  remote: EmployersRemote;
  loaders: Loaders;
}
