import {
  createSnapshotCache,
  type IndicatorScope,
  type MeasuredCell,
  type SharedSnapshots,
  type Snapshot,
  type SnapshotLogger,
} from '@reg/indicators';
import type { LatticeInput } from '@reg/indicators';
import type { IndicatorStore } from './indicator-store.ts';

export type OutcomesFamily =
  | 'services'
  | 'paths'
  | 'firstService'
  | 'placements'
  | 'placementRate'
  | 'retention'
  | 'employerServices'
  | 'internships';
export const outcomesFamilies: readonly OutcomesFamily[] = [
  'services',
  'paths',
  'firstService',
  'placements',
  'placementRate',
  'retention',
  'employerServices',
  'internships',
];

const REGION: IndicatorScope = { province: null, provider: null, suppress: true };

/**
 * The outcomes families' lattices kept as snapshots (README "Indicators"). A lattice depends only on the whole years
 * it covers, the caller's scope and, for the families whose cohorts mature, today: the key is exactly that, so two
 * requests for different months of the same years share one lattice and no scope ever reads another's.
 */
export function createIndicatorSnapshots(
  store: IndicatorStore,
  options: {
    maxAgeSeconds: number;
    logger: SnapshotLogger;
    maxKeys?: number;
    now?: () => number;
    onComputed?: (seconds: number, ok: boolean) => void;
    shared?: SharedSnapshots;
  },
) {
  const cache = createSnapshotCache<MeasuredCell[]>(options);

  const compute = (family: OutcomesFamily, input: LatticeInput, today: string) => () =>
    family === 'placementRate' || family === 'retention' ? store[family](input, today) : store[family](input);

  const keyOf = (family: OutcomesFamily, input: LatticeInput, today: string) =>
    JSON.stringify([
      family,
      input.from.slice(0, 4),
      input.to.slice(0, 4),
      input.scope.province,
      input.scope.provider,
      input.scope.suppress,
      family === 'placementRate' || family === 'retention' ? today : null,
      // Split and unsplit lattices are cached apart; the split one carries its own base cells, whose pattern it is
      // pinned to (table.ts), so both come from the same data. A split request's lattice has the group cells of its
      // one dimension (null: every dimension's), so each grouping has its own snapshot and memoised pattern.
      input.withTargets === true,
      input.withTargets === true ? (input.targetDimension ?? null) : null,
    ]);

  /** The lattice of whole years, whatever dates were asked: the store computes whole years anyway. */
  const wholeYears = (input: LatticeInput): LatticeInput => ({
    from: `${input.from.slice(0, 4)}-01-01`,
    to: `${input.to.slice(0, 4)}-12-31`,
    scope: input.scope,
    withTargets: input.withTargets === true,
    ...(input.withTargets === true && input.targetDimension ? { targetDimension: input.targetDimension } : {}),
  });

  let warmUpTimer: NodeJS.Timeout | null = null;

  return {
    load(family: OutcomesFamily, input: LatticeInput, today: string): Promise<Snapshot<MeasuredCell[]>> {
      const years = wholeYears(input);
      return cache.get(keyOf(family, years, today), compute(family, years, today));
    },

    /**
     * After start, the Region's lattices (the expensive ones) of the current and previous year, one at a time, so that
     * the first dashboard of the day does not wait; a short delay lets the service answer its readiness first.
     */
    warmUp(today: string, delayMs = 1000) {
      if (options.maxAgeSeconds <= 0) return;
      const year = Number(today.slice(0, 4));
      warmUpTimer = setTimeout(() => {
        warmUpTimer = null;
        void (async () => {
          for (const y of [year, year - 1])
            for (const family of outcomesFamilies) {
              const input = { from: `${y}-01-01`, to: `${y}-12-31`, scope: REGION };
              await cache.warm(keyOf(family, input, today), compute(family, input, today));
            }
        })();
      }, delayMs);
      warmUpTimer.unref();
    },

    get size() {
      return cache.size;
    },

    oldestAgeSeconds: () => cache.oldestAgeSeconds(),

    async close() {
      if (warmUpTimer) clearTimeout(warmUpTimer);
      await cache.close();
      await options.shared?.close();
    },
  };
}

export type IndicatorSnapshots = ReturnType<typeof createIndicatorSnapshots>;
