import { describe, expect, it } from 'vitest';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import { art18QuotaRegime, disabledQuotaRegime, distributeQuota, quotaForBase } from './quota.ts';
import { WorkforceInputError } from './workforce-input-error.ts';

/** An employer with `n` full-time permanent employees, all at the registered office. */
const staffOf = (n: number) =>
  computeL68Obligation({
    registeredOfficeProvince: 'MI',
    workers: n === 0 ? [] : [{ contract: 'PERMANENT', count: n }],
  });

describe('disability quota bands (L. 68/1999 art. 3 c.1)', () => {
  it('L.68 art. 3 c.1: 14 employees -> 0 (obligation starts at 15)', () => {
    expect(staffOf(14).disabledQuota).toBe(0);
  });
  it('L.68 art. 3 c.1 lett. c: 15 employees -> 1', () => {
    expect(staffOf(15).disabledQuota).toBe(1);
  });
  it('L.68 art. 3 c.1 lett. c: 35 employees -> 1', () => {
    expect(staffOf(35).disabledQuota).toBe(1);
  });
  it('L.68 art. 3 c.1 lett. b: 36 employees -> 2', () => {
    expect(staffOf(36).disabledQuota).toBe(2);
  });
  it('L.68 art. 3 c.1 lett. b: 36-50 employees -> 2 (50 employees)', () => {
    expect(staffOf(50).disabledQuota).toBe(2);
  });
  it('L.68 art. 3 c.1 lett. a: 51 employees -> 7% = 3.57 -> 4', () => {
    expect(staffOf(51).disabledQuota).toBe(4);
  });
  it('L.68 art. 3 c.1 lett. a: 150 employees -> 7% = 10.50 -> 10', () => {
    expect(staffOf(150).disabledQuota).toBe(10);
  });
  it('L.68 art. 3 c.1 lett. a: 151 employees -> 7% = 10.57 -> 11', () => {
    expect(staffOf(151).disabledQuota).toBe(11);
  });
  it('L.68 art. 3 c.1: 0 employees -> 0', () => {
    expect(staffOf(0).disabledQuota).toBe(0);
  });
  it.each([
    [0, 0],
    [1, 0],
    [14, 0],
    [15, 1],
    [20, 1],
    [35, 1],
    [36, 2],
    [42, 2],
    [50, 2],
    [51, 4],
    [52, 4],
    [57, 4],
    [58, 4],
    [65, 5],
    [100, 7],
    [150, 10],
    [151, 11],
    [1000, 70],
    [1007, 70],
    [1008, 71],
  ])('L.68 art. 3 c.1: base %i -> disability quota %i', (base, expected) => {
    expect(quotaForBase(disabledQuotaRegime(base), base)).toBe(expected);
  });
  it('L.68 art. 3 c.1: the band is a step, never a percentage, up to 50 (lett. b 2 units even though 7% of 50 = 3.5)', () => {
    expect(disabledQuotaRegime(50)).toMatchObject({
      kind: 'FIXED',
      units: 2,
      article: 'L. 68/1999 art. 3 c.1 lett. b',
    });
    expect(disabledQuotaRegime(35)).toMatchObject({
      kind: 'FIXED',
      units: 1,
      article: 'L. 68/1999 art. 3 c.1 lett. c',
    });
    expect(disabledQuotaRegime(51)).toMatchObject({
      kind: 'PERCENT',
      percent: 7,
      article: 'L. 68/1999 art. 3 c.1 lett. a',
    });
    expect(disabledQuotaRegime(14)).toMatchObject({ kind: 'NONE' });
  });
  it('L.68 art. 3 c.1: a non-integer or negative base is a programming error (the base is rounded first)', () => {
    expect(() => disabledQuotaRegime(35.5)).toThrow(RangeError);
    expect(() => disabledQuotaRegime(-1)).toThrow(RangeError);
    expect(() => art18QuotaRegime(1.5)).toThrow(RangeError);
  });
});

describe('art. 18 quota bands (L. 68/1999 art. 18 c.2)', () => {
  it('L.68 art. 18 c.2: 50 employees -> 0', () => {
    expect(staffOf(50).art18Quota).toBe(0);
  });
  it('L.68 art. 18 c.2: 51 employees -> 1', () => {
    expect(staffOf(51).art18Quota).toBe(1);
  });
  it('L.68 art. 18 c.2: 150 employees -> 1', () => {
    expect(staffOf(150).art18Quota).toBe(1);
  });
  it('L.68 art. 18 c.2: 151 employees -> 1% = 1.51 -> 2', () => {
    expect(staffOf(151).art18Quota).toBe(2);
  });
  it.each([
    [0, 0],
    [14, 0],
    [15, 0],
    [35, 0],
    [36, 0],
    [50, 0],
    [51, 1],
    [100, 1],
    [150, 1],
    [151, 2],
    [200, 2],
    [250, 2],
    [251, 3],
    [1000, 10],
  ])('L.68 art. 18 c.2: base %i -> art. 18 quota %i', (base, expected) => {
    expect(quotaForBase(art18QuotaRegime(base), base)).toBe(expected);
  });
  it('L.68 art. 18 c.2: just above 150 the 1% (1.51 -> 2) beats the fixed unit, there is no dip', () => {
    for (let base = 151; base <= 400; base += 1)
      expect(quotaForBase(art18QuotaRegime(base), base)).toBeGreaterThanOrEqual(1);
  });
});

describe('quota bands: explanation sentences cite the letter of the article', () => {
  it('L.68 art. 3 c.1 lett. a: base 151 > 50 -> 7% = 10.57 -> 11 (fraction above 0.50 rounds up)', () => {
    expect(staffOf(151).explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. a: base 151 > 50 -> 7% = 10.57 -> 11 (fraction above 0.50 rounds up)',
    );
  });
  it('L.68 art. 3 c.1 lett. a: base 150 > 50 -> 7% = 10.50 -> 10 (fraction of exactly 0.50 rounds down)', () => {
    expect(staffOf(150).explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. a: base 150 > 50 -> 7% = 10.50 -> 10 (fraction of exactly 0.50 rounds down)',
    );
  });
  it('L.68 art. 3 c.1 lett. b: base 40 -> 2, assigned to the registered office province', () => {
    expect(staffOf(40).explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. b: base 40 between 36 and 50 -> 2 disabled worker(s), assigned to the registered office province MI',
    );
  });
  it('L.68 art. 3 c.1 lett. c: base 15 -> 1, assigned to the registered office province', () => {
    expect(staffOf(15).explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. c: base 15 between 15 and 35 -> 1 disabled worker(s), assigned to the registered office province MI',
    );
  });
  it('L.68 art. 3 c.1: base 14 -> no disability quota', () => {
    expect(staffOf(14).explanation).toContain('L. 68/1999 art. 3 c.1: base 14 below 15 -> no disability quota');
  });
  it('L.68 art. 18 c.2: base 151 -> 1% = 1.51 -> 2; base 100 -> 1 unit; base 50 -> none', () => {
    expect(staffOf(151).explanation).toContain(
      'L. 68/1999 art. 18 c.2: base 151 > 150 -> 1% = 1.51 -> 2 (fraction above 0.50 rounds up)',
    );
    expect(staffOf(100).explanation).toContain(
      'L. 68/1999 art. 18 c.2: base 100 between 51 and 150 -> 1 art. 18 worker(s), assigned to the registered office province MI',
    );
    expect(staffOf(50).explanation).toContain('L. 68/1999 art. 18 c.2: base 50 not above 50 -> no art. 18 quota');
  });
});

describe('distribution over provinces (DOMAIN.md "Several provinces")', () => {
  const bases = new Map([
    ['MI', 100],
    ['RM', 75],
    ['TO', 0],
  ]);

  it('L.68 art. 3 c.1 lett. a: 7% applies to each province base, rounded there (MI 7.00 -> 7, RM 5.25 -> 5)', () => {
    const result = distributeQuota(disabledQuotaRegime(175), 175, bases, 'TO');
    expect([...result.byProvince]).toEqual([
      ['MI', 7],
      ['RM', 5],
      ['TO', 0],
    ]);
    expect(result.total).toBe(12);
  });
  it('L.68 art. 18 c.2: 1% applies to each province base above 150 (MI 1.00 -> 1, RM 0.75 -> 1)', () => {
    const result = distributeQuota(art18QuotaRegime(175), 175, bases, 'TO');
    expect([...result.byProvince]).toEqual([
      ['MI', 1],
      ['RM', 1],
      ['TO', 0],
    ]);
    expect(result.total).toBe(2);
  });
  it('L.68 art. 3 c.1 lett. b: the fixed units go to the registered office province even without staff there', () => {
    const result = distributeQuota(
      disabledQuotaRegime(40),
      40,
      new Map([
        ['RM', 25],
        ['TO', 15],
        ['MI', 0],
      ]),
      'MI',
    );
    expect([...result.byProvince]).toEqual([
      ['RM', 0],
      ['TO', 0],
      ['MI', 2],
    ]);
  });
  it('L.68 art. 18 c.2: the one unit for 51-150 goes to the registered office province', () => {
    const result = distributeQuota(
      art18QuotaRegime(120),
      120,
      new Map([
        ['MI', 60],
        ['RM', 60],
      ]),
      'RM',
    );
    expect([...result.byProvince]).toEqual([
      ['MI', 0],
      ['RM', 1],
    ]);
  });
  it('L.68 art. 3 c.1: the band is decided on the national base, not per province (two provinces of 30 -> 7%, not 1 + 1)', () => {
    const result = distributeQuota(
      disabledQuotaRegime(60),
      60,
      new Map([
        ['MI', 30],
        ['RM', 30],
      ]),
      'MI',
    );
    // 7% of 30 = 2.10 -> 2 in each province: 4 in all, where per-province bands would have given 1 + 1.
    expect([...result.byProvince]).toEqual([
      ['MI', 2],
      ['RM', 2],
    ]);
  });
  it('DOMAIN.md several provinces: provincial rounding can give less than 7% of the national base (three provinces of 50: 3 x 3 = 9, national 10.50 -> 10)', () => {
    const result = distributeQuota(
      disabledQuotaRegime(150),
      150,
      new Map([
        ['MI', 50],
        ['RM', 50],
        ['TO', 50],
      ]),
      'MI',
    );
    expect(result.total).toBe(9);
    expect(result.explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. a: disability quota 9 = sum of the provincial quotas (7% of the national base alone would give 10)',
    );
  });
  it('DOMAIN.md several provinces: provincial rounding can give more than 7% of the national base (MI 100 + RM 8 + TO 8: 7 + 1 + 1 = 9, national 8.12 -> 8)', () => {
    const result = distributeQuota(
      disabledQuotaRegime(116),
      116,
      new Map([
        ['MI', 100],
        ['RM', 8],
        ['TO', 8],
      ]),
      'MI',
    );
    expect([...result.byProvince]).toEqual([
      ['MI', 7],
      ['RM', 1],
      ['TO', 1],
    ]);
    expect(result.total).toBe(9);
    expect(result.explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. a: province RM base 8 -> 7% = 0.56 -> 1 (fraction above 0.50 rounds up)',
    );
  });
  it('DOMAIN.md several provinces: 1% per province above 150 can vanish in small provinces (four provinces of 40: 0.40 -> 0 each, national 1.60 -> 2)', () => {
    const result = distributeQuota(
      art18QuotaRegime(160),
      160,
      new Map([
        ['BG', 40],
        ['BS', 40],
        ['MI', 40],
        ['RM', 40],
      ]),
      'MI',
    );
    expect(result.total).toBe(0);
    expect(result.explanation).toContain(
      'L. 68/1999 art. 18 c.2: art. 18 quota 0 = sum of the provincial quotas (1% of the national base alone would give 2)',
    );
  });
  it('WorkforceInputError registeredOfficeProvince: fixed units need the registered office', () => {
    expect(() => distributeQuota(disabledQuotaRegime(20), 20, new Map([['RM', 20]]), undefined)).toThrow(
      WorkforceInputError,
    );
    expect(() => distributeQuota(art18QuotaRegime(60), 60, new Map([['RM', 60]]), undefined)).toThrow(
      /registeredOfficeProvince is required/,
    );
  });
  it('percentage and empty bands need no registered office', () => {
    expect(distributeQuota(disabledQuotaRegime(200), 200, new Map([['RM', 200]]), undefined).total).toBe(14);
    expect(distributeQuota(disabledQuotaRegime(10), 10, new Map([['RM', 10]]), undefined).total).toBe(0);
  });
});
