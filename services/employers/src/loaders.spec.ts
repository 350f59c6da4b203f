import { describe, expect, it } from 'vitest';
import { createLoaders } from './loaders.ts';
import type { Identity } from '@reg/auth';
import type { EmployersRemote } from './remote/index.ts';
import type { EmployerStore } from './store/employer-store.ts';
import type { ObligationStore } from './store/obligation-store.ts';
import type { ReferralStore } from './store/referral-store.ts';
import type { ShortlistStore } from './store/shortlist-store.ts';
import type { VacancyStore } from './store/vacancy-store.ts';

/** Stores that record each call, so the test sees how many statements the loaders would send. */
function recordingStores() {
  const calls: Array<{ method: string; keys: readonly string[] }> = [];
  const record = (method: string) => async (keys: readonly string[]) => {
    calls.push({ method, keys });
    return [];
  };
  const employers = {
    byIds: record('employers.byIds'),
    sitesOf: record('employers.sitesOf'),
  } as unknown as EmployerStore;
  const vacancies = {
    byIds: record('vacancies.byIds'),
    ofEmployers: record('vacancies.ofEmployers'),
  } as unknown as VacancyStore;
  const obligations = {
    reportsOf: record('obligations.reportsOf'),
    exemptionsOf: record('obligations.exemptionsOf'),
    agreementsOf: record('obligations.agreementsOf'),
    suspensionsOf: record('obligations.suspensionsOf'),
  } as unknown as ObligationStore;
  const shortlists = {
    byIds: record('shortlists.byIds'),
    ofVacancies: record('shortlists.ofVacancies'),
    feedbackOf: record('shortlists.feedbackOf'),
    naming: record('shortlists.naming'),
  } as unknown as ShortlistStore;
  const referrals = {
    requestsByIds: record('referrals.requestsByIds'),
    referralsByIds: record('referrals.referralsByIds'),
    referralsOf: record('referrals.referralsOf'),
    referralsOfPeople: record('referrals.referralsOfPeople'),
  } as unknown as ReferralStore;
  const quotaHires: Pick<EmployersRemote, 'quotaHires'> = {
    quotaHires: async (_identity, ids) => (await record('outcomes.quotaHires')(ids)) as never[],
  };
  return { calls, stores: { employers, vacancies, obligations, shortlists, referrals }, quotaHires };
}

const identity: Identity = {
  subject: 's',
  organisation: null,
  orgKind: 'region',
  province: null,
  scopes: new Set(),
  token: 't',
};

describe('loaders (DESIGN.md: one statement per entity type per request)', () => {
  it('a page of 50 employers with sites and vacancies costs one call per entity type', async () => {
    const { calls, stores, quotaHires } = recordingStores();
    const loaders = createLoaders(stores, quotaHires, identity);
    const ids = Array.from({ length: 50 }, (_, i) => `emp-${i}`);
    await Promise.all(
      ids.flatMap((id) => [
        loaders.employerById.load(id),
        loaders.sitesByEmployer.load(id),
        loaders.vacanciesByEmployer.load(id),
        loaders.vacancyById.load(`v-${id}`),
      ]),
    );
    expect(calls.map((c) => c.method).sort()).toEqual([
      'employers.byIds',
      'employers.sitesOf',
      'vacancies.byIds',
      'vacancies.ofEmployers',
    ]);
    expect(calls.every((c) => c.keys.length === 50)).toBe(true);
  });

  it('shortlists of 20 vacancies with their feedback: one call each (matching)', async () => {
    const { calls, stores, quotaHires } = recordingStores();
    const loaders = createLoaders(stores, quotaHires, identity);
    const ids = Array.from({ length: 20 }, (_, i) => `v-${i}`);
    await Promise.all(
      ids.flatMap((id) => [
        loaders.shortlistsByVacancy.load(id),
        loaders.feedbackByShortlist.load(`s-${id}`),
        loaders.shortlistById.load(`s-${id}`),
        loaders.candidaciesByPerson.load(`p-${id}`),
      ]),
    );
    expect(calls.map((c) => c.method).sort()).toEqual([
      'shortlists.byIds',
      'shortlists.feedbackOf',
      'shortlists.naming',
      'shortlists.ofVacancies',
    ]);
  });

  it('missing rows answer null and empty lists, in key order', async () => {
    const { stores, quotaHires } = recordingStores();
    const loaders = createLoaders(stores, quotaHires, identity);
    expect(await loaders.employerById.loadMany(['a', 'b'])).toEqual([null, null]);
    expect(await loaders.sitesByEmployer.load('a')).toEqual([]);
  });

  it('obligation statuses of a province: one call per record type, one call to outcomes', async () => {
    const { calls, stores, quotaHires } = recordingStores();
    const loaders = createLoaders(stores, quotaHires, identity);
    const ids = Array.from({ length: 30 }, (_, i) => `emp-${i}`);
    await Promise.all(
      ids.flatMap((id) => [
        loaders.reportsByEmployer.load(id),
        loaders.exemptionsByEmployer.load(id),
        loaders.agreementsByEmployer.load(id),
        loaders.suspensionsByEmployer.load(id),
        loaders.quotaHiresByEmployer.load(id),
      ]),
    );
    expect(calls.map((c) => c.method).sort()).toEqual([
      'obligations.agreementsOf',
      'obligations.exemptionsOf',
      'obligations.reportsOf',
      'obligations.suspensionsOf',
      'outcomes.quotaHires',
    ]);
    expect(calls.every((c) => c.keys.length === 30)).toBe(true);
  });
});
