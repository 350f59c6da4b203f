import { describe, expect, it } from 'vitest';
import {
  ceilWholePositions,
  describeRounding,
  percentageOf,
  roundFractionAboveHalf,
  roundingOutcome,
  roundPartTimeBase,
  roundPercentageQuota,
} from './rounding.ts';

describe('rounding of percentage quotas (DPR 333/2000 art. 3; DOMAIN.md "Rounding")', () => {
  it('rounding: 7% of 150 = 10.50 -> 10', () => {
    expect(roundPercentageQuota(150, 7)).toBe(10);
  });
  it('rounding: 7% of 151 = 10.57 -> 11', () => {
    expect(roundPercentageQuota(151, 7)).toBe(11);
  });
  it('rounding: 1% of 151 = 1.51 -> 2', () => {
    expect(roundPercentageQuota(151, 1)).toBe(2);
  });
  it('rounding: 1% of 150 = 1.50 -> 1 (exactly half rounds down)', () => {
    expect(roundPercentageQuota(150, 1)).toBe(1);
  });
  it("rounding: 1% of 250 = 2.50 -> 2 (exactly half rounds down, not banker's rounding)", () => {
    expect(roundPercentageQuota(250, 1)).toBe(2);
  });
  it('rounding: 7% of 100 = 7.00 -> 7 (whole)', () => {
    expect(roundPercentageQuota(100, 7)).toBe(7);
  });
  it('rounding: 7% of 51 = 3.57 -> 4', () => {
    expect(roundPercentageQuota(51, 7)).toBe(4);
  });
  it('rounding: 7% of 64 = 4.48 -> 4 (fraction below 0.50)', () => {
    expect(roundPercentageQuota(64, 7)).toBe(4);
  });
  it('rounding: 7% of 50 = 3.50 -> 3', () => {
    expect(roundPercentageQuota(50, 7)).toBe(3);
  });
  it('rounding: 1% of 50 = 0.50 -> 0 and 1% of 51 = 0.51 -> 1', () => {
    expect(roundPercentageQuota(50, 1)).toBe(0);
    expect(roundPercentageQuota(51, 1)).toBe(1);
  });
  it('rounding: 7% of 0 = 0', () => {
    expect(roundPercentageQuota(0, 7)).toBe(0);
  });
  it('rounding: percentageOf multiplies first, so 150 x 7 / 100 is exactly 10.5 (150 x 0.07 is not)', () => {
    expect(percentageOf(150, 7)).toBe(10.5);
    expect(150 * 0.07).not.toBe(10.5);
  });
  it.each([
    [450, 31.5, 31],
    [650, 45.5, 45],
    [1050, 73.5, 73],
    [1350, 94.5, 94],
  ])('rounding: 7%% of %i = %f -> %i (every exact half rounds down)', (base, value, expected) => {
    expect(percentageOf(base, 7)).toBeCloseTo(value, 10);
    expect(roundPercentageQuota(base, 7)).toBe(expected);
  });
  it('rounding: no base from 0 to 2000 rounds an exact 7% half up, every fraction above half rounds up', () => {
    for (let base = 0; base <= 2000; base += 1) {
      const hundredths = (base * 7) % 100;
      const whole = Math.floor((base * 7) / 100);
      expect(roundPercentageQuota(base, 7)).toBe(hundredths > 50 ? whole + 1 : whole);
    }
  });
});

describe('rounding of the part-time base (D.Lgs. 81/2015 art. 9)', () => {
  it('D.Lgs. 81/2015 art. 9: 34 full-time + three at 20/40 = 35.5 -> 35 (DOMAIN.md)', () => {
    expect(roundPartTimeBase(34 + 3 * (20 / 40))).toBe(35);
  });
  it('D.Lgs. 81/2015 art. 9: 34 full-time + three at 21/40 = 35.575 -> 36 (DOMAIN.md)', () => {
    expect(roundPartTimeBase(34 + 3 * (21 / 40))).toBe(36);
  });
  it('D.Lgs. 81/2015 art. 9: a summed fraction of 0.49 is dropped', () => {
    expect(roundPartTimeBase(10.49)).toBe(10);
  });
  it('D.Lgs. 81/2015 art. 9: ten part-timers at 0.1 each sum to 1 despite float drift', () => {
    let sum = 0;
    for (let i = 0; i < 10; i += 1) sum += 0.1;
    expect(sum).not.toBe(1);
    expect(roundPartTimeBase(sum)).toBe(1);
  });
  it('D.Lgs. 81/2015 art. 9: a sum that is 0.5 plus float noise still counts as exactly half', () => {
    expect(roundPartTimeBase(0.1 + 0.2 + 0.2)).toBe(0);
    expect(roundPartTimeBase(35.50000000000001)).toBe(35);
  });
  it('D.Lgs. 81/2015 art. 9: a value just under a whole number (float noise) is that whole number', () => {
    expect(roundPartTimeBase(10.999999999999998)).toBe(11);
  });
});

describe('rounding helpers', () => {
  it('roundFractionAboveHalf is the shared rule: 2.5 -> 2, 2.51 -> 3, 2 -> 2, 0.5 -> 0', () => {
    expect(roundFractionAboveHalf(2.5)).toBe(2);
    expect(roundFractionAboveHalf(2.51)).toBe(3);
    expect(roundFractionAboveHalf(2)).toBe(2);
    expect(roundFractionAboveHalf(0.5)).toBe(0);
  });
  it('roundingOutcome names the case for the explanation', () => {
    expect(roundingOutcome(10)).toBe('WHOLE');
    expect(roundingOutcome(10.5)).toBe('EXACTLY_HALF_DOWN');
    expect(roundingOutcome(10.57)).toBe('ABOVE_HALF_UP');
    expect(roundingOutcome(10.07)).toBe('BELOW_HALF_DOWN');
  });
  it('describeRounding gives the explanation suffix', () => {
    expect(describeRounding('WHOLE')).toBe('');
    expect(describeRounding('ABOVE_HALF_UP')).toBe(' (fraction above 0.50 rounds up)');
    expect(describeRounding('EXACTLY_HALF_DOWN')).toBe(' (fraction of exactly 0.50 rounds down)');
    expect(describeRounding('BELOW_HALF_DOWN')).toBe(' (fraction below 0.50 rounds down)');
  });
  it('rounding refuses negative and non-finite values (a base or a quota is never negative)', () => {
    expect(() => roundFractionAboveHalf(-0.6)).toThrow(RangeError);
    expect(() => roundFractionAboveHalf(Number.NaN)).toThrow(RangeError);
    expect(() => roundFractionAboveHalf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => percentageOf(-1, 7)).toThrow(RangeError);
  });
});

describe('uncovered positions are whole positions (ceil of the positive shortfall)', () => {
  it.each([
    [0, 0],
    [-2, 0],
    [-0.5, 0],
    [0.5, 1],
    [1, 1],
    [1.5, 2],
    [7.5, 8],
    [3, 3],
  ])('shortfall %f -> %i uncovered', (shortfall, expected) => {
    expect(ceilWholePositions(shortfall)).toBe(expected);
  });
  it('float noise above a whole shortfall does not add a position', () => {
    expect(ceilWholePositions(2.0000000000000004)).toBe(2);
  });
  it('a non-finite shortfall is a programming error', () => {
    expect(() => ceilWholePositions(Number.NaN)).toThrow(RangeError);
  });
});
