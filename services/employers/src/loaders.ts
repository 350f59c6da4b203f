import DataLoader from 'dataloader';
import type { Identity } from '@reg/auth';
import type { EmployersRemote } from './remote/index.ts';
import type { QuotaHireFact } from './rules/quota-hires.ts';
import type { AgreementRecord, ExemptionRecord, ObligationStore, SuspensionRecord, WorkforceReportRecord } from './store/obligation-store.ts';
import type { EmployerRecord, EmployerSiteRecord, EmployerStore } from './store/employer-store.ts';
import type { ShortlistFeedbackRecord, ShortlistRecord, ShortlistStore } from './store/shortlist-store.ts';
import type { StoredCandidate } from './store/tables.ts';
import type { VacancyRecord, VacancyStore } from './store/vacancy-store.ts';

function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function groupedBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** One statement per entity type per request, whatever the page size (DESIGN.md, batching). */
function groupedLoader<T extends { employerId: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (employerIds) => {
    const groups = groupedBy(await load(employerIds), (r) => r.employerId);
    return employerIds.map((id) => groups.get(id) ?? []);
  });
}

export function createLoaders(stores: { employers: EmployerStore; vacancies: VacancyStore; obligations: ObligationStore; shortlists: ShortlistStore }, remote: Pick<EmployersRemote, 'quotaHires'>, identity: Identity) {
  return {
    reportsByEmployer: groupedLoader<WorkforceReportRecord>((ids) => stores.obligations.reportsOf(ids)),
    exemptionsByEmployer: groupedLoader<ExemptionRecord>((ids) => stores.obligations.exemptionsOf(ids)),
    agreementsByEmployer: groupedLoader<AgreementRecord>((ids) => stores.obligations.agreementsOf(ids)),
    suspensionsByEmployer: groupedLoader<SuspensionRecord>((ids) => stores.obligations.suspensionsOf(ids)),
    /** One call to outcomes per request, whatever the number of employers (DESIGN.md, batching). */
    quotaHiresByEmployer: groupedLoader<QuotaHireFact & { employerId: string }>((ids) => remote.quotaHires(identity, ids)),
    employerById: new DataLoader<string, EmployerRecord | null>(async (ids) => {
      const found = byKey(await stores.employers.byIds(ids), (r) => r.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    sitesByEmployer: new DataLoader<string, EmployerSiteRecord[]>(async (employerIds) => {
      const groups = groupedBy(await stores.employers.sitesOf(employerIds), (r) => r.employerId);
      return employerIds.map((id) => groups.get(id) ?? []);
    }),
    vacanciesByEmployer: new DataLoader<string, VacancyRecord[]>(async (employerIds) => {
      const groups = groupedBy(await stores.vacancies.ofEmployers(employerIds), (r) => r.employerId);
      return employerIds.map((id) => groups.get(id) ?? []);
    }),
    vacancyById: new DataLoader<string, VacancyRecord | null>(async (ids) => {
      const found = byKey(await stores.vacancies.byIds(ids), (r) => r.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    shortlistById: new DataLoader<string, ShortlistRecord | null>(async (ids) => {
      const found = byKey(await stores.shortlists.byIds(ids), (r) => r.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    shortlistsByVacancy: new DataLoader<string, ShortlistRecord[]>(async (vacancyIds) => {
      const groups = groupedBy(await stores.shortlists.ofVacancies(vacancyIds), (r) => r.vacancyId);
      return vacancyIds.map((id) => groups.get(id) ?? []);
    }),
    /** A person's candidacies, for all the people of a request in one statement. */
    candidaciesByPerson: new DataLoader<string, Array<{ shortlist: ShortlistRecord; candidate: StoredCandidate }>>(async (personIds) => {
      const rows = await stores.shortlists.naming(personIds);
      return personIds.map((id) => rows.flatMap((shortlist) => shortlist.candidates.filter((c) => c.personId === id).map((candidate) => ({ shortlist, candidate }))));
    }),
    feedbackByShortlist: new DataLoader<string, ShortlistFeedbackRecord[]>(async (shortlistIds) => {
      const groups = groupedBy(await stores.shortlists.feedbackOf(shortlistIds), (r) => r.shortlistId);
      return shortlistIds.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
