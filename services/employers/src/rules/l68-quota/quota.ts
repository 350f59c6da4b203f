import { formatPercentageValue } from './explanation-format.ts';
import { describeRounding, percentageOf, roundingOutcome, roundPercentageQuota } from './rounding.ts';
import { WorkforceInputError } from './workforce-input-error.ts';

/** L. 68/1999 art. 3 c.1 lett. c: the obligation starts at 15 employees. */
export const DISABLED_QUOTA_MIN_BASE = 15;
/** L. 68/1999 art. 3 c.1 lett. c / lett. b: upper ends of the fixed bands (1 worker, then 2). */
export const DISABLED_ONE_UNIT_MAX_BASE = 35;
export const DISABLED_TWO_UNITS_MAX_BASE = 50;
/** L. 68/1999 art. 3 c.1 lett. a: above 50 employees, 7% of the base. */
export const DISABLED_QUOTA_PERCENT = 7;
/** L. 68/1999 art. 18 c.2: nothing up to 50, one unit from 51 to 150, 1% above. */
export const ART18_ONE_UNIT_MAX_BASE = 150;
export const ART18_QUOTA_PERCENT = 1;

export type QuotaName = 'disability' | 'art. 18';

/** The band the national base falls in; decided once on the whole base, then applied per province. */
export type QuotaRegime =
  | { readonly kind: 'NONE'; readonly quota: QuotaName; readonly article: string; readonly band: string }
  | {
      readonly kind: 'FIXED';
      readonly quota: QuotaName;
      readonly article: string;
      readonly band: string;
      readonly units: number;
    }
  | {
      readonly kind: 'PERCENT';
      readonly quota: QuotaName;
      readonly article: string;
      readonly band: string;
      readonly percent: number;
    };

function assertBase(base: number): void {
  if (!Number.isInteger(base) || base < 0)
    throw new RangeError(`the computation base must be a non-negative integer, got ${base}`);
}

/** L. 68/1999 art. 3 c.1: below 15 nothing; 15-35 one worker; 36-50 two; above 50 seven per cent. */
export function disabledQuotaRegime(base: number): QuotaRegime {
  assertBase(base);
  const quota = 'disability';
  if (base < DISABLED_QUOTA_MIN_BASE) {
    return {
      kind: 'NONE',
      quota,
      article: 'L. 68/1999 art. 3 c.1',
      band: `base ${base} below ${DISABLED_QUOTA_MIN_BASE}`,
    };
  }
  if (base <= DISABLED_ONE_UNIT_MAX_BASE) {
    return {
      kind: 'FIXED',
      quota,
      article: 'L. 68/1999 art. 3 c.1 lett. c',
      band: `base ${base} between ${DISABLED_QUOTA_MIN_BASE} and ${DISABLED_ONE_UNIT_MAX_BASE}`,
      units: 1,
    };
  }
  if (base <= DISABLED_TWO_UNITS_MAX_BASE) {
    return {
      kind: 'FIXED',
      quota,
      article: 'L. 68/1999 art. 3 c.1 lett. b',
      band: `base ${base} between ${DISABLED_ONE_UNIT_MAX_BASE + 1} and ${DISABLED_TWO_UNITS_MAX_BASE}`,
      units: 2,
    };
  }
  return {
    kind: 'PERCENT',
    quota,
    article: 'L. 68/1999 art. 3 c.1 lett. a',
    band: `base ${base} > ${DISABLED_TWO_UNITS_MAX_BASE}`,
    percent: DISABLED_QUOTA_PERCENT,
  };
}

/** L. 68/1999 art. 18 c.2: up to 50 nothing; 51-150 one worker; above 150 one per cent. */
export function art18QuotaRegime(base: number): QuotaRegime {
  assertBase(base);
  const quota = 'art. 18';
  const article = 'L. 68/1999 art. 18 c.2';
  if (base <= DISABLED_TWO_UNITS_MAX_BASE) {
    return { kind: 'NONE', quota, article, band: `base ${base} not above ${DISABLED_TWO_UNITS_MAX_BASE}` };
  }
  if (base <= ART18_ONE_UNIT_MAX_BASE) {
    return {
      kind: 'FIXED',
      quota,
      article,
      band: `base ${base} between ${DISABLED_TWO_UNITS_MAX_BASE + 1} and ${ART18_ONE_UNIT_MAX_BASE}`,
      units: 1,
    };
  }
  return {
    kind: 'PERCENT',
    quota,
    article,
    band: `base ${base} > ${ART18_ONE_UNIT_MAX_BASE}`,
    percent: ART18_QUOTA_PERCENT,
  };
}

/** The quota of a single base under a regime, without distribution (e.g. what the national base alone gives). */
export function quotaForBase(regime: QuotaRegime, base: number): number {
  assertBase(base);
  switch (regime.kind) {
    case 'NONE':
      return 0;
    case 'FIXED':
      return regime.units;
    case 'PERCENT':
      return roundPercentageQuota(base, regime.percent);
  }
}

export interface DistributedQuota {
  /** Every province of `provinceBases`, same order, with its share (possibly 0). */
  readonly byProvince: ReadonlyMap<string, number>;
  readonly total: number;
  readonly explanation: readonly string[];
}

function percentSentence(regime: QuotaRegime & { kind: 'PERCENT' }, scope: string, base: number): string {
  const value = percentageOf(base, regime.percent);
  return (
    `${regime.article}: ${scope} -> ${regime.percent}% = ${formatPercentageValue(value)} -> ${roundPercentageQuota(base, regime.percent)}` +
    describeRounding(roundingOutcome(value))
  );
}

/**
 * Spreads a quota over the provinces (DOMAIN.md "Several provinces"): the percentage applies to each province's
 * own base, rounded there; fixed units all go to the province of the registered office.
 * `nationalBase` only labels the sentences: the band was already chosen on it.
 * Throws WorkforceInputError when fixed units arise and no registered office was given, since they have no home.
 */
export function distributeQuota(
  regime: QuotaRegime,
  nationalBase: number,
  provinceBases: ReadonlyMap<string, number>,
  registeredOfficeProvince: string | undefined,
): DistributedQuota {
  const byProvince = new Map<string, number>([...provinceBases.keys()].map((code) => [code, 0]));
  switch (regime.kind) {
    case 'NONE':
      return { byProvince, total: 0, explanation: [`${regime.article}: ${regime.band} -> no ${regime.quota} quota`] };
    case 'FIXED': {
      if (registeredOfficeProvince === undefined) {
        throw new WorkforceInputError(
          'registeredOfficeProvince',
          `registeredOfficeProvince is required: ${regime.band} gives a fixed ${regime.quota} quota of ${regime.units}, which belongs to the registered office's province`,
        );
      }
      byProvince.set(registeredOfficeProvince, regime.units);
      const who = regime.quota === 'disability' ? 'disabled worker(s)' : 'art. 18 worker(s)';
      return {
        byProvince,
        total: regime.units,
        explanation: [
          `${regime.article}: ${regime.band} -> ${regime.units} ${who}, assigned to the registered office province ${registeredOfficeProvince}`,
        ],
      };
    }
    case 'PERCENT': {
      const staffed = [...provinceBases].filter(([, base]) => base > 0);
      if (staffed.length <= 1) {
        // One province with counted staff: its base is the national base, so the national sentence says it all.
        const [only] = staffed;
        if (only !== undefined) byProvince.set(only[0], quotaForBase(regime, only[1]));
        const total = quotaForBase(regime, nationalBase);
        return { byProvince, total, explanation: [percentSentence(regime, regime.band, nationalBase)] };
      }
      const explanation = [
        `${regime.article}: ${regime.band} -> ${regime.percent}% of each province's base (the national base decides the band)`,
      ];
      let total = 0;
      for (const [code, base] of staffed) {
        const share = quotaForBase(regime, base);
        byProvince.set(code, share);
        total += share;
        explanation.push(percentSentence(regime, `province ${code} base ${base}`, base));
      }
      const national = quotaForBase(regime, nationalBase);
      explanation.push(
        `${regime.article}: ${regime.quota} quota ${total} = sum of the provincial quotas` +
          (national === total ? '' : ` (${regime.percent}% of the national base alone would give ${national})`),
      );
      return { byProvince, total, explanation };
    }
  }
}
