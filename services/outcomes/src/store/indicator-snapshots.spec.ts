import type { IndicatorScope, MeasuredCell } from '@reg/indicators';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIndicatorSnapshots, outcomesFamilies } from './indicator-snapshots.ts';
import type { LatticeInput } from '@reg/indicators';
import type { IndicatorStore } from './indicator-store.ts';

/** A store answering one cell naming what it was asked, so that a lattice shows which scope and years it is of. */
function fakeStore() {
  const answer = vi.fn(
    async (family: string, input: LatticeInput, today?: string): Promise<MeasuredCell[]> => [
      {
        period: input.from.slice(0, 4),
        province: input.scope.province,
        providerKind: null,
        provider: input.scope.provider,
        serviceCode: null,
        people: 7,
        personCounts: [7],
        measures: { family: family.length, today: today ? Number(today.slice(8)) : null },
      },
    ],
  );
  const store = Object.fromEntries(
    outcomesFamilies.map((f) => [f, (input: LatticeInput, today?: string) => answer(f, input, today)]),
  ) as unknown as IndicatorStore;
  return { store, answer };
}

const region: IndicatorScope = { province: null, provider: null, suppress: true };
const cpiMI: IndicatorScope = { province: 'MI', provider: null, suppress: false };
const cpiTO: IndicatorScope = { province: 'TO', provider: null, suppress: false };
const bodyA: IndicatorScope = { province: null, provider: 'prov-a', suppress: false };
const logger = { error: vi.fn() };

afterEach(() => {
  vi.useRealTimers();
});

describe('outcomes indicator snapshots (README "Indicators")', () => {
  it('requests for any dates of the same years share one lattice of whole years', async () => {
    const { store, answer } = fakeStore();
    const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds: 300, logger });
    await snapshots.load('services', { from: '2025-03-01', to: '2025-06-30', scope: region }, '2026-11-23');
    await snapshots.load('services', { from: '2025-01-01', to: '2025-12-31', scope: region }, '2026-11-23');
    expect(answer).toHaveBeenCalledTimes(1);
    expect(answer.mock.calls[0]![1]).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      scope: region,
      withTargets: false,
    });
    await snapshots.load('services', { from: '2024-12-01', to: '2025-01-31', scope: region }, '2026-11-23');
    expect(answer).toHaveBeenCalledTimes(2);
    await snapshots.close();
  });

  it('split and unsplit lattices are kept apart: the split one has the target-group cells, the unsplit one is cheaper', async () => {
    const { store, answer } = fakeStore();
    const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds: 300, logger });
    const input = { from: '2025-01-01', to: '2025-12-31', scope: region };
    for (const withTargets of [false, true, false, true, undefined])
      await snapshots.load('services', { ...input, withTargets }, '2026-11-23');
    expect(answer.mock.calls.map(([, i]) => i.withTargets)).toEqual([false, true]);
    await snapshots.close();
  });

  it('a split lattice is of its one dimension: each grouping has its own snapshot, asked of the store once', async () => {
    const { store, answer } = fakeStore();
    const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds: 300, logger });
    const input = { from: '2025-01-01', to: '2025-12-31', scope: region, withTargets: true };
    for (const targetDimension of ['SEX', 'AGE_BAND', 'SEX', null, 'AGE_BAND'] as const)
      await snapshots.load('services', { ...input, targetDimension }, '2026-11-23');
    expect(answer.mock.calls.map(([, i]) => i.targetDimension ?? null)).toEqual(['SEX', 'AGE_BAND', null]);
    await snapshots.close();
  });

  it('the scope is part of the key: the Region, two CPIs and a provider never share a lattice', async () => {
    const { store, answer } = fakeStore();
    const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds: 300, logger });
    const input = (scope: IndicatorScope) => ({ from: '2025-01-01', to: '2025-12-31', scope });
    const lattices = [];
    for (const scope of [region, cpiMI, cpiTO, bodyA, region, cpiMI])
      lattices.push((await snapshots.load('paths', input(scope), '2026-11-23')).value[0]);
    expect(answer).toHaveBeenCalledTimes(4);
    expect(lattices.map((c) => [c!.province, c!.provider])).toEqual([
      [null, null],
      ['MI', null],
      ['TO', null],
      [null, 'prov-a'],
      [null, null],
      ['MI', null],
    ]);
    await snapshots.close();
  });

  it('families whose cohorts mature by today are kept per day; the others are not', async () => {
    const { store, answer } = fakeStore();
    const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds: 300, logger });
    const input = { from: '2025-01-01', to: '2025-12-31', scope: cpiMI };
    for (const today of ['2026-11-23', '2026-11-24'])
      for (const family of outcomesFamilies) await snapshots.load(family, input, today);
    expect(answer.mock.calls.filter(([f]) => f === 'services')).toHaveLength(1);
    expect(answer.mock.calls.filter(([f]) => f === 'placementRate').map(([, , today]) => today)).toEqual([
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(answer.mock.calls.filter(([f]) => f === 'retention')).toHaveLength(2);
    await snapshots.close();
  });

  it('warm-up after start: the Region lattices of every family for the current and previous year, which requests then reuse', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { store, answer } = fakeStore();
    const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds: 300, logger });
    snapshots.warmUp('2026-11-23', 1000);
    expect(answer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    // Every family, for two years.
    const warmed = outcomesFamilies.length * 2;
    await vi.waitFor(() => expect(answer).toHaveBeenCalledTimes(warmed));
    expect(new Set(answer.mock.calls.map(([, input]) => `${input.from}:${JSON.stringify(input.scope)}`))).toEqual(
      new Set([`2026-01-01:${JSON.stringify(region)}`, `2025-01-01:${JSON.stringify(region)}`]),
    );
    await snapshots.load('retention', { from: '2025-04-01', to: '2025-04-30', scope: region }, '2026-11-23');
    expect(answer).toHaveBeenCalledTimes(warmed);
    await snapshots.close();
  });

  it('no warm-up with max age 0, nor once closed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    for (const maxAgeSeconds of [0, 300]) {
      const { store, answer } = fakeStore();
      const snapshots = createIndicatorSnapshots(store, { maxAgeSeconds, logger });
      snapshots.warmUp('2026-11-23', 1000);
      if (maxAgeSeconds > 0) await snapshots.close();
      await vi.advanceTimersByTimeAsync(5000);
      expect(answer).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      await snapshots.close();
    }
  });
});
