import DataLoader from 'dataloader';
import { byIdLoader, groupBy, loadersOnDemand, manyByKey } from '@reg/subgraph-kit';
import type { Identity } from '@reg/auth';
import type { EmployersRemote } from './remote/index.ts';
import type { QuotaHireFact } from './rules/quota-hires.ts';
import type {
  AgreementRecord,
  ExemptionRecord,
  ObligationStore,
  SuspensionRecord,
  WorkforceReportRecord,
} from './store/obligation-store.ts';
import type { EmployerRecord, EmployerSiteRecord, EmployerStore } from './store/employer-store.ts';
import type { ReferralRecord, ReferralRequestRecord, ReferralStore } from './store/referral-store.ts';
import type { ShortlistFeedbackRecord, ShortlistRecord, ShortlistStore } from './store/shortlist-store.ts';
import type { StoredCandidate } from './store/tables.ts';
import type { VacancyRecord, VacancyStore } from './store/vacancy-store.ts';

/** One statement per entity type per request, whatever the page size (DESIGN.md, batching). */
const groupedLoader = <T extends { employerId: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  manyByKey(load, (r) => r.employerId);

interface LoaderDeps {
  stores: {
    employers: EmployerStore;
    vacancies: VacancyStore;
    obligations: ObligationStore;
    shortlists: ShortlistStore;
    referrals: ReferralStore;
  };
  remote: Pick<EmployersRemote, 'quotaHires'>;
  identity: Identity;
}

const loadersOf = loadersOnDemand<LoaderDeps>()({
  reportsByEmployer: ({ stores }) => groupedLoader<WorkforceReportRecord>((ids) => stores.obligations.reportsOf(ids)),
  exemptionsByEmployer: ({ stores }) => groupedLoader<ExemptionRecord>((ids) => stores.obligations.exemptionsOf(ids)),
  agreementsByEmployer: ({ stores }) => groupedLoader<AgreementRecord>((ids) => stores.obligations.agreementsOf(ids)),
  suspensionsByEmployer: ({ stores }) =>
    groupedLoader<SuspensionRecord>((ids) => stores.obligations.suspensionsOf(ids)),
  /** One call to outcomes per request, whatever the number of employers (DESIGN.md, batching). */
  quotaHiresByEmployer: ({ remote, identity }) =>
    groupedLoader<QuotaHireFact & { employerId: string }>((ids) => remote.quotaHires(identity, ids)),
  employerById: ({ stores }) => byIdLoader<EmployerRecord>((ids) => stores.employers.byIds(ids)),
  sitesByEmployer: ({ stores }) =>
    manyByKey<EmployerSiteRecord>(
      (ids) => stores.employers.sitesOf(ids),
      (r) => r.employerId,
    ),
  vacanciesByEmployer: ({ stores }) =>
    manyByKey<VacancyRecord>(
      (ids) => stores.vacancies.ofEmployers(ids),
      (r) => r.employerId,
    ),
  vacancyById: ({ stores }) => byIdLoader<VacancyRecord>((ids) => stores.vacancies.byIds(ids)),
  shortlistById: ({ stores }) => byIdLoader<ShortlistRecord>((ids) => stores.shortlists.byIds(ids)),
  shortlistsByVacancy: ({ stores }) =>
    manyByKey<ShortlistRecord>(
      (ids) => stores.shortlists.ofVacancies(ids),
      (r) => r.vacancyId,
    ),
  /** A person's candidacies, for all the people of a request in one statement. */
  candidaciesByPerson: ({ stores }) =>
    new DataLoader<string, Array<{ shortlist: ShortlistRecord; candidate: StoredCandidate }>>(async (personIds) => {
      const shortlists = await stores.shortlists.naming(personIds);
      const byPerson = groupBy(
        shortlists.flatMap((shortlist) => shortlist.candidates.map((candidate) => ({ shortlist, candidate }))),
        (c) => c.candidate.personId,
      );
      return personIds.map((id) => byPerson.get(id) ?? []);
    }),
  feedbackByShortlist: ({ stores }) =>
    manyByKey<ShortlistFeedbackRecord>(
      (ids) => stores.shortlists.feedbackOf(ids),
      (r) => r.shortlistId,
    ),
  referralRequestById: ({ stores }) => byIdLoader<ReferralRequestRecord>((ids) => stores.referrals.requestsByIds(ids)),
  referralById: ({ stores }) => byIdLoader<ReferralRecord>((ids) => stores.referrals.referralsByIds(ids)),
  referralsByRequest: ({ stores }) =>
    manyByKey<ReferralRecord>(
      (ids) => stores.referrals.referralsOf(ids),
      (r) => r.requestId,
    ),
  referralsByPerson: ({ stores }) =>
    manyByKey<ReferralRecord>(
      (ids) => stores.referrals.referralsOfPeople(ids),
      (r) => r.personId,
    ),
});

/** A request's loaders, each made on its first use. */
export const createLoaders = (stores: LoaderDeps['stores'], remote: LoaderDeps['remote'], identity: Identity) =>
  loadersOf({ stores, remote, identity });

export type Loaders = ReturnType<typeof createLoaders>;
