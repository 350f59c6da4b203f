/**
 * Rounding rules of the quota calculation. One rule serves two sources:
 * - percentage quotas (L. 68/1999 art. 3 c.1 lett. a, art. 18 c.2; DPR 333/2000 art. 3): fractions above 0.50
 *   count as a unit, so 7% of 150 = 10.50 -> 10 but 7% of 151 = 10.57 -> 11;
 * - the part-time share of the base (D.Lgs. 81/2015 art. 9): the summed hour fraction is rounded up only when it
 *   exceeds half a full-time unit, so 35.5 -> 35 but 35.575 -> 36.
 * Neither is ordinary Math.round, which takes exactly 0.50 up.
 */

/**
 * Binary floating point turns exact decimal halves into near-halves (0.07 * 150 = 10.500000000000002) and
 * sums of hour fractions drift by ulps; a fraction must beat 0.50 by more than this to count as "above".
 * Real inputs differ from 0.50 by at least 1/(full-time hours * 100), far above this.
 */
export const FLOAT_TOLERANCE = 1e-9;

/** How a value was rounded, for the explanation. */
export type RoundingOutcome = 'WHOLE' | 'ABOVE_HALF_UP' | 'EXACTLY_HALF_DOWN' | 'BELOW_HALF_DOWN';

function assertNonNegativeFinite(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite non-negative number, got ${value}`);
  }
}

function splitWholeAndFraction(value: number): { whole: number; fraction: number } {
  // Snapping first keeps 10.999999999999998 (meaning 11) from being read as 10 plus a 0.99 fraction.
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) <= FLOAT_TOLERANCE) return { whole: nearest, fraction: 0 };
  const whole = Math.floor(value);
  return { whole, fraction: value - whole };
}

/** Rounding outcome of a non-negative value under the "only fractions above 0.50 round up" rule. */
export function roundingOutcome(value: number): RoundingOutcome {
  assertNonNegativeFinite(value, 'value');
  const { fraction } = splitWholeAndFraction(value);
  if (fraction === 0) return 'WHOLE';
  if (fraction > 0.5 + FLOAT_TOLERANCE) return 'ABOVE_HALF_UP';
  if (Math.abs(fraction - 0.5) <= FLOAT_TOLERANCE) return 'EXACTLY_HALF_DOWN';
  return 'BELOW_HALF_DOWN';
}

/** Fractions above 0.50 count as one unit; exactly 0.50 and below are dropped. */
export function roundFractionAboveHalf(value: number): number {
  assertNonNegativeFinite(value, 'value');
  const { whole } = splitWholeAndFraction(value);
  return roundingOutcome(value) === 'ABOVE_HALF_UP' ? whole + 1 : whole;
}

/**
 * `percent` % of `base`, unrounded. Multiplying before dividing keeps integer bases exact
 * (150 * 7 / 100 = 10.5, whereas 150 * 0.07 = 10.500000000000002).
 */
export function percentageOf(base: number, percent: number): number {
  assertNonNegativeFinite(base, 'base');
  assertNonNegativeFinite(percent, 'percent');
  return (base * percent) / 100;
}

/** Percentage quota (L. 68/1999 art. 3 c.1 lett. a: 7%; art. 18 c.2: 1%), rounded per DPR 333/2000 art. 3. */
export function roundPercentageQuota(base: number, percent: number): number {
  return roundFractionAboveHalf(percentageOf(base, percent));
}

/**
 * Base including part-timers (D.Lgs. 81/2015 art. 9): full-time heads plus the summed hour fractions,
 * rounded up only when the summed fraction exceeds half a unit.
 */
export function roundPartTimeBase(fullTimeEquivalents: number): number {
  return roundFractionAboveHalf(fullTimeEquivalents);
}

/**
 * Positions still to fill, as whole positions: a shortfall of 0.5 (a half-unit part-timer short) still needs
 * someone to be hired, so any positive shortfall rounds up; zero or a surplus means nothing to fill.
 */
export function ceilWholePositions(shortfall: number): number {
  if (!Number.isFinite(shortfall)) throw new RangeError(`shortfall must be finite, got ${shortfall}`);
  if (shortfall <= FLOAT_TOLERANCE) return 0;
  return Math.ceil(shortfall - FLOAT_TOLERANCE);
}

/** Explanation suffix for a rounding outcome, e.g. ' (fraction above 0.50 rounds up)'. */
export function describeRounding(outcome: RoundingOutcome): string {
  switch (outcome) {
    case 'WHOLE':
      return '';
    case 'ABOVE_HALF_UP':
      return ' (fraction above 0.50 rounds up)';
    case 'EXACTLY_HALF_DOWN':
      return ' (fraction of exactly 0.50 rounds down)';
    case 'BELOW_HALF_DOWN':
      return ' (fraction below 0.50 rounds down)';
  }
}
