import { describe, expect, it } from 'vitest';
import { createLoaders } from './loaders.ts';
import type { EmployerStore } from './store/employer-store.ts';
import type { VacancyStore } from './store/vacancy-store.ts';

/** Stores that record each call, so the test sees how many statements the loaders would send. */
function recordingStores() {
  const calls: Array<{ method: string; keys: readonly string[] }> = [];
  const record = (method: string) => async (keys: readonly string[]) => {
    calls.push({ method, keys });
    return [];
  };
  const employers = { byIds: record('employers.byIds'), sitesOf: record('employers.sitesOf') } as unknown as EmployerStore;
  const vacancies = { byIds: record('vacancies.byIds'), ofEmployers: record('vacancies.ofEmployers') } as unknown as VacancyStore;
  return { calls, stores: { employers, vacancies } };
}

describe('loaders (DESIGN.md: one statement per entity type per request)', () => {
  it('a page of 50 employers with sites and vacancies costs one call per entity type', async () => {
    const { calls, stores } = recordingStores();
    const loaders = createLoaders(stores);
    const ids = Array.from({ length: 50 }, (_, i) => `emp-${i}`);
    await Promise.all(ids.flatMap((id) => [loaders.employerById.load(id), loaders.sitesByEmployer.load(id), loaders.vacanciesByEmployer.load(id), loaders.vacancyById.load(`v-${id}`)]));
    expect(calls.map((c) => c.method).sort()).toEqual(['employers.byIds', 'employers.sitesOf', 'vacancies.byIds', 'vacancies.ofEmployers']);
    expect(calls.every((c) => c.keys.length === 50)).toBe(true);
  });

  it('missing rows answer null and empty lists, in key order', async () => {
    const { stores } = recordingStores();
    const loaders = createLoaders(stores);
    expect(await loaders.employerById.loadMany(['a', 'b'])).toEqual([null, null]);
    expect(await loaders.sitesByEmployer.load('a')).toEqual([]);
  });
});
