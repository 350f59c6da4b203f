import { describe, expect, it } from 'vitest';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import { ceilWholePositions } from './rounding.ts';
import type { ContractKind, ProtectedStatusInput, WorkerInput, WorkforceInput } from './types.ts';

const hired: ProtectedStatusInput = { category: 'DISABLED', hiredUnderL68: true };

describe('computeL68Obligation: one province, the whole explanation', () => {
  it('L.68 art. 3 c.1 lett. a + art. 18 c.2: 151 counted employees, 2 executives, 1 disabled hire -> 11 and 2', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 151 },
        { contract: 'EXECUTIVE', count: 2 },
        { contract: 'PERMANENT', protected: hired },
      ],
    });
    expect(result).toEqual({
      computationBase: 151,
      disabledQuota: 11,
      art18Quota: 2,
      disabledCovered: 1,
      art18Covered: 0,
      disabledUncovered: 10,
      art18Uncovered: 2,
      excluded: [
        { rule: 'L68_ART4_C1_HIRED_UNDER_L68', article: 'L. 68/1999 art. 4 c.1', count: 1 },
        { rule: 'L68_ART4_C1_EXECUTIVE', article: 'L. 68/1999 art. 4 c.1', count: 2 },
      ],
      byProvince: [
        {
          province: 'MI',
          computationBase: 151,
          disabledQuota: 11,
          art18Quota: 2,
          disabledCovered: 1,
          art18Covered: 0,
          disabledUncovered: 10,
          art18Uncovered: 2,
        },
      ],
      explanation: [
        'L. 68/1999 art. 4 c.1: excluded from the computation base: 1 worker(s) hired under L. 68/1999, who count toward a quota',
        'L. 68/1999 art. 4 c.1: excluded from the computation base: 2 executive(s) (dirigenti)',
        'L. 68/1999 art. 4 c.1: computation base = 151 counted full-time employee(s)',
        'L. 68/1999 art. 3 c.1 lett. a: base 151 > 50 -> 7% = 10.57 -> 11 (fraction above 0.50 rounds up)',
        'L. 68/1999 art. 18 c.2: base 151 > 150 -> 1% = 1.51 -> 2 (fraction above 0.50 rounds up)',
        'L. 68/1999 art. 3 c.1, art. 4 c.1: 1 disabled worker(s) hired under L. 68/1999 cover the disability quota',
        'L. 68/1999 art. 4: covered units: disability quota 1, art. 18 quota 0',
        'L. 68/1999 art. 3 c.1: disability quota 11 - covered 1 = 10 -> 10 uncovered',
        'L. 68/1999 art. 18 c.2: art. 18 quota 2 - covered 0 = 2 -> 2 uncovered',
      ],
    });
  });
  it('L.68 art. 3 c.1: every explanation line cites its source', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 60, province: 'RM' },
        { contract: 'PERMANENT', count: 3, weeklyHours: 20 },
        { contract: 'APPRENTICE' },
        { contract: 'PERMANENT', weeklyHours: 15, protected: hired },
        {
          contract: 'PERMANENT',
          protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 30 },
        },
      ],
    });
    for (const line of result.explanation)
      expect(line).toMatch(/^(L\. 68\/1999 art\. \d+|D\.Lgs\. \d+\/\d{4} art\. \d+|DPR 333\/2000 art\. 3)/);
  });
});

describe('computeL68Obligation: several provinces (DOMAIN.md; L. 68/1999 art. 5 c.8)', () => {
  it('DOMAIN.md several provinces: 7% and 1% per province base; band decided on the national base', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 101 },
        { contract: 'PERMANENT', count: 75, province: 'RM' },
        { contract: 'PERMANENT', count: 3, protected: hired },
        {
          contract: 'PERMANENT',
          province: 'RM',
          weeklyHours: 20,
          protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 60 },
        },
        { contract: 'PERMANENT', protected: { category: 'ART18', hiredUnderL68: true } },
      ],
    });
    expect(result).toMatchObject({
      computationBase: 176,
      disabledQuota: 12,
      art18Quota: 2,
      disabledCovered: 3.5,
      art18Covered: 1,
      disabledUncovered: 9,
      art18Uncovered: 1,
    });
    expect(result.byProvince).toEqual([
      {
        province: 'MI',
        computationBase: 101,
        disabledQuota: 7,
        art18Quota: 1,
        disabledCovered: 3,
        art18Covered: 1,
        disabledUncovered: 4,
        art18Uncovered: 0,
      },
      {
        province: 'RM',
        computationBase: 75,
        disabledQuota: 5,
        art18Quota: 1,
        disabledCovered: 0.5,
        art18Covered: 0,
        disabledUncovered: 5,
        art18Uncovered: 1,
      },
    ]);
    expect(result.explanation).toContain(
      "L. 68/1999 art. 3 c.1 lett. a: base 176 > 50 -> 7% of each province's base (the national base decides the band)",
    );
    expect(result.explanation).toContain(
      'L. 68/1999 art. 3 c.1 lett. a: province MI base 101 -> 7% = 7.07 -> 7 (fraction below 0.50 rounds down)',
    );
    expect(result.explanation).toContain(
      'L. 68/1999 art. 18 c.2: province RM base 75 -> 1% = 0.75 -> 1 (fraction above 0.50 rounds up)',
    );
    expect(result.explanation).toContain(
      'L. 68/1999 art. 3 c.1: province RM disability quota 5 - covered 0.5 = 4.5 -> 5 uncovered (a partial shortfall is still a whole position to fill)',
    );
  });
  it('DOMAIN.md several provinces: the fixed units of 15-50 go to the registered office province, even with no staff there', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [{ contract: 'PERMANENT', count: 40, province: 'RM' }],
    });
    expect(result.byProvince).toEqual([
      {
        province: 'MI',
        computationBase: 0,
        disabledQuota: 2,
        art18Quota: 0,
        disabledCovered: 0,
        art18Covered: 0,
        disabledUncovered: 2,
        art18Uncovered: 0,
      },
      {
        province: 'RM',
        computationBase: 40,
        disabledQuota: 0,
        art18Quota: 0,
        disabledCovered: 0,
        art18Covered: 0,
        disabledUncovered: 0,
        art18Uncovered: 0,
      },
    ]);
    expect(result.disabledUncovered).toBe(2);
  });
  it('DOMAIN.md several provinces: the band is national (MI 10 + RM 10 = 20 -> 1 unit at the registered office, though each province is below 15)', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'RM',
      workers: [
        { contract: 'PERMANENT', count: 10, province: 'MI' },
        { contract: 'PERMANENT', count: 10, province: 'RM' },
      ],
    });
    expect(result.disabledQuota).toBe(1);
    expect(result.byProvince.map((p) => [p.province, p.disabledQuota])).toEqual([
      ['MI', 0],
      ['RM', 1],
    ]);
  });
  it('DOMAIN.md several provinces: 51-150 -> 7% per province and the one art. 18 unit at the registered office', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'TO',
      workers: [
        { contract: 'PERMANENT', count: 60, province: 'MI' },
        { contract: 'PERMANENT', count: 40, province: 'RM' },
      ],
    });
    expect(result.byProvince.map((p) => [p.province, p.computationBase, p.disabledQuota, p.art18Quota])).toEqual([
      ['MI', 60, 4, 0],
      ['RM', 40, 3, 0],
      ['TO', 0, 0, 1],
    ]);
    expect(result).toMatchObject({ computationBase: 100, disabledQuota: 7, art18Quota: 1 });
  });
  it('L.68 art. 5 c.8: a surplus in one province offsets a shortfall in another in the national total', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 100, province: 'MI' },
        { contract: 'PERMANENT', count: 10, province: 'MI', protected: hired },
        { contract: 'PERMANENT', count: 100, province: 'RM' },
      ],
    });
    expect(result.byProvince.map((p) => [p.province, p.disabledQuota, p.disabledCovered, p.disabledUncovered])).toEqual(
      [
        ['MI', 7, 10, 0],
        ['RM', 7, 0, 7],
      ],
    );
    expect(result).toMatchObject({ disabledQuota: 14, disabledCovered: 10, disabledUncovered: 4 });
    expect(result.explanation).toContain(
      'L. 68/1999 art. 5 c.8: nationally, surpluses offsetting shortfalls across provinces: disability quota 14 - covered 10 = 4 -> 4 uncovered',
    );
  });
  it('L.68 art. 5 c.8: national coverage above the quota leaves 0 uncovered while a province still shows its own shortfall', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 100, province: 'MI' },
        { contract: 'PERMANENT', count: 20, province: 'MI', protected: hired },
        { contract: 'PERMANENT', count: 100, province: 'RM' },
      ],
    });
    expect(result.disabledUncovered).toBe(0);
    expect(result.byProvince.find((p) => p.province === 'RM')?.disabledUncovered).toBe(7);
  });
  it('DOMAIN.md several provinces: byProvince is sorted by province code', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'TO',
      workers: [
        { contract: 'PERMANENT', province: 'RM' },
        { contract: 'PERMANENT', province: 'BG' },
        { contract: 'PERMANENT', province: 'NA' },
      ],
    });
    expect(result.byProvince.map((p) => p.province)).toEqual(['BG', 'NA', 'RM', 'TO']);
  });
  it('decision: a fractional province base is rounded by D.Lgs. 81/2015 art. 9 within the province (MI 60.5 -> 60, RM 60.75 -> 61)', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 60, province: 'MI' },
        { contract: 'PERMANENT', weeklyHours: 20, province: 'MI' },
        { contract: 'PERMANENT', count: 60, province: 'RM' },
        { contract: 'PERMANENT', weeklyHours: 30, province: 'RM' },
      ],
    });
    // National: 120 + 1.25 = 121.25 -> 121.
    expect(result.computationBase).toBe(121);
    expect(result.byProvince.map((p) => [p.province, p.computationBase, p.disabledQuota])).toEqual([
      ['MI', 60, 4],
      ['RM', 61, 4],
    ]);
    for (const province of result.byProvince) expect(Number.isInteger(province.computationBase)).toBe(true);
  });
});

describe('computeL68Obligation: purity', () => {
  const input: WorkforceInput = {
    registeredOfficeProvince: 'MI',
    workers: [
      { contract: 'PERMANENT', count: 80 },
      { contract: 'PERMANENT', count: 5, weeklyHours: 21, province: 'RM' },
      { contract: 'FIXED_TERM', termMonths: 4 },
      { contract: 'PERMANENT', protected: hired },
    ],
  };
  it('the same input gives the same output, explanation included', () => {
    expect(computeL68Obligation(input)).toEqual(computeL68Obligation(input));
  });
  it('the input is not mutated (deep-frozen input passes)', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object') {
        for (const inner of Object.values(value)) deepFreeze(inner);
        Object.freeze(value);
      }
      return value;
    };
    const snapshot = structuredClone(input);
    expect(() => computeL68Obligation(deepFreeze(structuredClone(input)))).not.toThrow();
    expect(input).toEqual(snapshot);
  });
});

describe('computeL68Obligation: invariants over generated workforces', () => {
  // A small deterministic generator (no Math.random) so failures reproduce.
  function* workforces(): Generator<WorkforceInput> {
    let seed = 20_000_000;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const contracts: ContractKind[] = [
      'PERMANENT',
      'PERMANENT',
      'PERMANENT',
      'FIXED_TERM',
      'APPRENTICE',
      'EXECUTIVE',
      'AGENCY',
      'HOMEWORKER',
      'LSU',
    ];
    const provinces = ['MI', 'RM', 'TO', 'NA'];
    for (let i = 0; i < 300; i += 1) {
      const workers: WorkerInput[] = [];
      const rows = 1 + next(8);
      for (let r = 0; r < rows; r += 1) {
        const contract = contracts[next(contracts.length)] ?? 'PERMANENT';
        const protectedKind = next(6);
        workers.push({
          contract,
          count: 1 + next(60),
          ...(contract === 'FIXED_TERM' ? { termMonths: 1 + next(24) } : {}),
          ...(next(3) === 0 ? { weeklyHours: 1 + next(39) } : {}),
          province: provinces[next(provinces.length)] ?? 'MI',
          ...(protectedKind === 0 ? { protected: { category: 'DISABLED' as const, hiredUnderL68: true } } : {}),
          ...(protectedKind === 1
            ? {
                protected: {
                  category: 'DISABLED' as const,
                  hiredUnderL68: false,
                  capacityReductionPercent: 40 + next(40),
                },
              }
            : {}),
          ...(protectedKind === 2 ? { protected: { category: 'ART18' as const, hiredUnderL68: next(2) === 0 } } : {}),
        });
      }
      yield { registeredOfficeProvince: 'MI', workers };
    }
  }

  it('totals equal the sums over provinces; national uncovered is ceil(max(0, quota - covered)) and never above the provincial sum; heads add up', () => {
    for (const input of workforces()) {
      const result = computeL68Obligation(input);
      const sum = (pick: (p: (typeof result.byProvince)[number]) => number) =>
        result.byProvince.reduce((acc, p) => acc + pick(p), 0);
      expect(result.disabledQuota).toBe(sum((p) => p.disabledQuota));
      expect(result.art18Quota).toBe(sum((p) => p.art18Quota));
      expect(result.disabledCovered).toBeCloseTo(
        sum((p) => p.disabledCovered),
        9,
      );
      expect(result.art18Covered).toBeCloseTo(
        sum((p) => p.art18Covered),
        9,
      );
      expect(result.disabledUncovered).toBe(ceilWholePositions(result.disabledQuota - result.disabledCovered));
      expect(result.art18Uncovered).toBe(ceilWholePositions(result.art18Quota - result.art18Covered));
      expect(result.disabledUncovered).toBeLessThanOrEqual(sum((p) => p.disabledUncovered));
      expect(result.art18Uncovered).toBeLessThanOrEqual(sum((p) => p.art18Uncovered));
      // Each province base is within half a unit per province of the national base (separate rounding).
      expect(Math.abs(sum((p) => p.computationBase) - result.computationBase)).toBeLessThanOrEqual(
        result.byProvince.length,
      );
      const heads = input.workers.reduce((acc, w) => acc + (w.count ?? 1), 0);
      const excludedHeads = result.excluded.reduce((acc, e) => acc + e.count, 0);
      const countedHeads = input.workers.length === 0 ? 0 : heads - excludedHeads;
      expect(excludedHeads).toBeLessThanOrEqual(heads);
      expect(result.computationBase).toBeLessThanOrEqual(countedHeads);
      for (const p of result.byProvince) {
        expect(p.disabledUncovered).toBe(ceilWholePositions(p.disabledQuota - p.disabledCovered));
        expect(Number.isInteger(p.computationBase)).toBe(true);
      }
    }
  });
});
