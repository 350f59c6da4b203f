import { describe, expect, it } from 'vitest';
import { classifyForBase, computeComputationBase } from './computation-base.ts';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import type { ContractKind, SectorExclusion, WorkerInput } from './types.ts';
import { validateWorkforceInput } from './validate-workforce-input.ts';

const normalize = (workers: WorkerInput[], registeredOfficeProvince: string | null = 'MI') =>
  validateWorkforceInput({ registeredOfficeProvince, workers }).workers;
const baseOf = (workers: WorkerInput[]) => computeComputationBase(normalize(workers));
/** 40 counted employees plus the workers under test, so exclusions show as a base that stays at 40. */
const withForty = (...workers: WorkerInput[]) =>
  computeL68Obligation({ registeredOfficeProvince: 'MI', workers: [{ contract: 'PERMANENT', count: 40 }, ...workers] });

describe('computation base: who counts (L. 68/1999 art. 4 c.1)', () => {
  it('L.68 art. 4 c.1: permanent employees count, one unit each', () => {
    expect(baseOf([{ contract: 'PERMANENT', count: 20 }]).national.base).toBe(20);
  });
  it('L.68 art. 4 c.1: count defaults to 1 (undefined or explicit null)', () => {
    expect(baseOf([{ contract: 'PERMANENT' }, { contract: 'PERMANENT', count: null }]).national.base).toBe(2);
  });
  it('L.68 art. 4 c.1: fixed-term of 7 months counts (only 6 months or less are excluded)', () => {
    const result = withForty({ contract: 'FIXED_TERM', termMonths: 7, count: 3 });
    expect(result.computationBase).toBe(43);
    expect(result.excluded).toEqual([]);
  });
  it('L.68 art. 4 c.1: fixed-term of 36 months counts', () => {
    expect(withForty({ contract: 'FIXED_TERM', termMonths: 36 }).computationBase).toBe(41);
  });
  it('L.68 art. 4 c.1: protected workers who do not cover a quota stay in the base (disabled 59%, not through the lists)', () => {
    const result = withForty({
      contract: 'PERMANENT',
      protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 59 },
    });
    expect(result.computationBase).toBe(41);
  });
  it('L.68 art. 4 c.1: art. 18 workers not hired under L. 68/1999 stay in the base', () => {
    expect(
      withForty({ contract: 'PERMANENT', protected: { category: 'ART18', hiredUnderL68: false } }).computationBase,
    ).toBe(41);
  });
  it('L.68 art. 4 c.1: an empty workforce has base 0 and no exclusions', () => {
    const result = computeL68Obligation({ registeredOfficeProvince: 'MI', workers: [] });
    expect(result).toMatchObject({ computationBase: 0, disabledQuota: 0, art18Quota: 0, excluded: [] });
  });
});

describe('computation base: exclusions, one per rule (L. 68/1999 art. 4 c.1, art. 5 c.2; D.Lgs. 81/2015 art. 47 c.3)', () => {
  const contractCases: [string, ContractKind, string, string][] = [
    [
      'L.68 art. 4 c.1: executives (dirigenti) are excluded',
      'EXECUTIVE',
      'L68_ART4_C1_EXECUTIVE',
      'L. 68/1999 art. 4 c.1',
    ],
    [
      'D.Lgs. 81/2015 art. 47 c.3: apprentices are excluded',
      'APPRENTICE',
      'DLGS81_2015_ART47_C3_APPRENTICE',
      'D.Lgs. 81/2015 art. 47 c.3',
    ],
    [
      'L.68 art. 4 c.1: work-entry/insertion contracts are excluded',
      'INSERTION',
      'L68_ART4_C1_INSERTION_CONTRACT',
      'L. 68/1999 art. 4 c.1',
    ],
    [
      'L.68 art. 4 c.1: agency workers are excluded at the user company',
      'AGENCY',
      'L68_ART4_C1_AGENCY_WORKER',
      'L. 68/1999 art. 4 c.1; D.Lgs. 81/2015 art. 34 c.3',
    ],
    [
      'L.68 art. 4 c.1: members of production cooperatives are excluded',
      'COOPERATIVE_MEMBER',
      'L68_ART4_C1_COOPERATIVE_MEMBER',
      'L. 68/1999 art. 4 c.1',
    ],
    ['L.68 art. 4 c.1: homeworkers are excluded', 'HOMEWORKER', 'L68_ART4_C1_HOMEWORKER', 'L. 68/1999 art. 4 c.1'],
    [
      'L.68 art. 4 c.1: workers hired for work abroad are excluded',
      'ABROAD',
      'L68_ART4_C1_WORK_ABROAD',
      'L. 68/1999 art. 4 c.1',
    ],
    ['L.68 art. 4 c.1: socially useful workers (LSU) are excluded', 'LSU', 'L68_ART4_C1_LSU', 'L. 68/1999 art. 4 c.1'],
  ];
  it.each(contractCases)('%s', (_name, contract, rule, article) => {
    const result = withForty({ contract, count: 5 });
    expect(result.computationBase).toBe(40);
    expect(result.excluded).toEqual([{ rule, article, count: 5 }]);
    expect(
      result.explanation.some((line) => line.startsWith(`${article}: excluded from the computation base: 5 `)),
    ).toBe(true);
  });

  it('L.68 art. 4 c.1: fixed-term of 6 months is excluded', () => {
    const result = withForty({ contract: 'FIXED_TERM', termMonths: 6, count: 2 });
    expect(result.computationBase).toBe(40);
    expect(result.excluded).toEqual([
      { rule: 'L68_ART4_C1_FIXED_TERM_6_MONTHS', article: 'L. 68/1999 art. 4 c.1', count: 2 },
    ]);
    expect(result.explanation).toContain(
      'L. 68/1999 art. 4 c.1: excluded from the computation base: 2 fixed-term worker(s) with contracts of 6 months or less',
    );
  });
  it('L.68 art. 4 c.1: fixed-term of 1 month is excluded', () => {
    expect(withForty({ contract: 'FIXED_TERM', termMonths: 1 }).computationBase).toBe(40);
  });

  const sectorCases: [string, SectorExclusion, string][] = [
    [
      'L.68 art. 5 c.2: travelling staff of transport companies are excluded',
      'TRAVELLING_TRANSPORT',
      'L68_ART5_C2_TRAVELLING_TRANSPORT',
    ],
    ['L.68 art. 5 c.2: construction-site staff are excluded', 'CONSTRUCTION_SITE', 'L68_ART5_C2_CONSTRUCTION_SITE'],
    ['L.68 art. 5 c.2: cableway operating staff are excluded', 'CABLEWAY', 'L68_ART5_C2_CABLEWAY'],
  ];
  it.each(sectorCases)('%s', (_name, sectorExclusion, rule) => {
    const result = withForty({ contract: 'PERMANENT', count: 3, sectorExclusion });
    expect(result.computationBase).toBe(40);
    expect(result.excluded).toEqual([{ rule, article: 'L. 68/1999 art. 5 c.2', count: 3 }]);
  });
  it('L.68 art. 5 c.2: sectorExclusion null means no sector exclusion', () => {
    expect(withForty({ contract: 'PERMANENT', sectorExclusion: null }).computationBase).toBe(41);
  });

  it('L.68 art. 4 c.1: workers hired under L. 68/1999 are excluded (both categories) and counted in heads', () => {
    const result = withForty(
      { contract: 'PERMANENT', count: 2, protected: { category: 'DISABLED', hiredUnderL68: true } },
      { contract: 'PERMANENT', count: 1, protected: { category: 'ART18', hiredUnderL68: true } },
    );
    expect(result.computationBase).toBe(40);
    expect(result.excluded).toEqual([
      { rule: 'L68_ART4_C1_HIRED_UNDER_L68', article: 'L. 68/1999 art. 4 c.1', count: 3 },
    ]);
  });
  it('L.68 art. 4 c.3-bis: workers counted under c.3-bis are excluded from the base', () => {
    const result = withForty({
      contract: 'PERMANENT',
      protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 60 },
    });
    expect(result.computationBase).toBe(40);
    expect(result.excluded).toEqual([
      { rule: 'L68_ART4_C3BIS_ALREADY_DISABLED', article: 'L. 68/1999 art. 4 c.3-bis', count: 1 },
    ]);
  });
  it('L.68 art. 4 c.4: workers counted under c.4 are excluded from the base', () => {
    const result = withForty({
      contract: 'PERMANENT',
      protected: {
        category: 'DISABLED',
        hiredUnderL68: false,
        disabledDuringEmployment: true,
        capacityReductionPercent: 75,
      },
    });
    expect(result.computationBase).toBe(40);
    expect(result.excluded).toEqual([
      { rule: 'L68_ART4_C4_DISABLED_DURING_EMPLOYMENT', article: 'L. 68/1999 art. 4 c.4', count: 1 },
    ]);
  });
  it('L.68 art. 4 c.1: part-time exclusions count in heads, not in hours (ExcludedWorkers.count)', () => {
    const result = withForty({ contract: 'EXECUTIVE', count: 4, weeklyHours: 10 });
    expect(result.excluded).toEqual([{ rule: 'L68_ART4_C1_EXECUTIVE', article: 'L. 68/1999 art. 4 c.1', count: 4 }]);
  });
  it('L.68 art. 4 c.1: every exclusion at once, listed in the catalogue order with heads summed per rule', () => {
    const result = withForty(
      { contract: 'LSU' },
      { contract: 'EXECUTIVE', count: 2 },
      { contract: 'PERMANENT', sectorExclusion: 'CABLEWAY' },
      { contract: 'FIXED_TERM', termMonths: 3 },
      { contract: 'EXECUTIVE', province: 'RM' },
      { contract: 'APPRENTICE' },
      { contract: 'INSERTION' },
      { contract: 'AGENCY' },
      { contract: 'COOPERATIVE_MEMBER' },
      { contract: 'HOMEWORKER' },
      { contract: 'ABROAD' },
      { contract: 'PERMANENT', sectorExclusion: 'TRAVELLING_TRANSPORT' },
      { contract: 'PERMANENT', sectorExclusion: 'CONSTRUCTION_SITE' },
      { contract: 'PERMANENT', protected: { category: 'DISABLED', hiredUnderL68: true } },
      {
        contract: 'PERMANENT',
        protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 80 },
      },
      {
        contract: 'PERMANENT',
        protected: {
          category: 'DISABLED',
          hiredUnderL68: false,
          disabledDuringEmployment: true,
          capacityReductionPercent: 60,
        },
      },
    );
    expect(result.computationBase).toBe(40);
    expect(result.excluded.map((e) => [e.rule, e.count])).toEqual([
      ['L68_ART4_C1_HIRED_UNDER_L68', 1],
      ['L68_ART4_C3BIS_ALREADY_DISABLED', 1],
      ['L68_ART4_C4_DISABLED_DURING_EMPLOYMENT', 1],
      ['L68_ART4_C1_FIXED_TERM_6_MONTHS', 1],
      ['L68_ART4_C1_EXECUTIVE', 3],
      ['DLGS81_2015_ART47_C3_APPRENTICE', 1],
      ['L68_ART4_C1_INSERTION_CONTRACT', 1],
      ['L68_ART4_C1_AGENCY_WORKER', 1],
      ['L68_ART4_C1_COOPERATIVE_MEMBER', 1],
      ['L68_ART4_C1_HOMEWORKER', 1],
      ['L68_ART4_C1_WORK_ABROAD', 1],
      ['L68_ART4_C1_LSU', 1],
      ['L68_ART5_C2_TRAVELLING_TRANSPORT', 1],
      ['L68_ART5_C2_CONSTRUCTION_SITE', 1],
      ['L68_ART5_C2_CABLEWAY', 1],
    ]);
  });
});

describe('computation base: a worker matching several exclusions is reported once (precedence)', () => {
  const one = (worker: WorkerInput) => classifyForBase(normalize([worker])[0] ?? assertNever());
  function assertNever(): never {
    throw new Error('fixture has one worker');
  }
  it('L.68 art. 4 c.1: a covering worker on an excluded contract is excluded as counting toward the quota', () => {
    expect(one({ contract: 'APPRENTICE', protected: { category: 'DISABLED', hiredUnderL68: true } })).toEqual({
      kind: 'EXCLUDED',
      ruleKey: 'HIRED_UNDER_L68',
    });
    expect(
      one({ contract: 'FIXED_TERM', termMonths: 3, protected: { category: 'DISABLED', hiredUnderL68: true } }),
    ).toEqual({ kind: 'EXCLUDED', ruleKey: 'HIRED_UNDER_L68' });
  });
  it('L.68 art. 4 c.1 before art. 5 c.2: the contract rule wins over the sector flag', () => {
    expect(one({ contract: 'EXECUTIVE', sectorExclusion: 'TRAVELLING_TRANSPORT' })).toEqual({
      kind: 'EXCLUDED',
      ruleKey: 'EXECUTIVE',
    });
  });
  it('L.68 art. 4 c.1: a protected agency worker does not cover, so the agency rule excludes them', () => {
    expect(one({ contract: 'AGENCY', protected: { category: 'DISABLED', hiredUnderL68: true } })).toEqual({
      kind: 'EXCLUDED',
      ruleKey: 'AGENCY_WORKER',
    });
  });
  it('L.68 art. 4 c.1: a protected LSU worker does not cover, so the LSU rule excludes them', () => {
    expect(one({ contract: 'LSU', protected: { category: 'ART18', hiredUnderL68: true } })).toEqual({
      kind: 'EXCLUDED',
      ruleKey: 'LSU',
    });
  });
  it('L.68 art. 4 c.1: a non-covering protected worker on a short fixed term is excluded as fixed-term', () => {
    expect(
      one({
        contract: 'FIXED_TERM',
        termMonths: 6,
        protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 50 },
      }),
    ).toEqual({
      kind: 'EXCLUDED',
      ruleKey: 'FIXED_TERM_6_MONTHS',
    });
  });
  it('L.68 art. 4 c.1: a plain permanent worker is counted', () => {
    expect(one({ contract: 'PERMANENT' })).toEqual({ kind: 'COUNTED' });
  });
});

describe('computation base: part-timers pro rata (D.Lgs. 81/2015 art. 9)', () => {
  it('D.Lgs. 81/2015 art. 9: 34 full-time + three at 20/40 = 35.5 -> 35 (DOMAIN.md)', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 34 },
        { contract: 'PERMANENT', count: 3, weeklyHours: 20 },
      ],
    });
    expect(result.computationBase).toBe(35);
    expect(result.disabledQuota).toBe(1);
    expect(result.explanation).toContain(
      'D.Lgs. 81/2015 art. 9: 34 full-time + 3 part-timer(s) worth 1.5 full-time units = 35.5 -> 35 (fraction of exactly 0.50 rounds down)',
    );
  });
  it('D.Lgs. 81/2015 art. 9: 34 full-time + three at 21/40 = 35.575 -> 36 (DOMAIN.md)', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 34 },
        { contract: 'PERMANENT', count: 3, weeklyHours: 21 },
      ],
    });
    expect(result.computationBase).toBe(36);
    // Crossing 35 -> 36 moves the employer into lett. b: the rounding decides the band.
    expect(result.disabledQuota).toBe(2);
    expect(result.explanation).toContain(
      'D.Lgs. 81/2015 art. 9: 34 full-time + 3 part-timer(s) worth 1.575 full-time units = 35.575 -> 36 (fraction above 0.50 rounds up)',
    );
  });
  it('D.Lgs. 81/2015 art. 9: the fraction is summed over all part-timers before rounding (two at 15/40 = 0.75 -> 1, not 0 + 0)', () => {
    expect(baseOf([{ contract: 'PERMANENT', count: 2, weeklyHours: 15 }]).national.base).toBe(1);
  });
  it('D.Lgs. 81/2015 art. 9: part-timers with different full-time hours are weighted by their own full time', () => {
    const tally = baseOf([
      { contract: 'PERMANENT', weeklyHours: 19, fullTimeWeeklyHours: 38 },
      { contract: 'PERMANENT', weeklyHours: 18, fullTimeWeeklyHours: 36 },
      { contract: 'PERMANENT', weeklyHours: 20.25, fullTimeWeeklyHours: 40.5 },
    ]).national;
    expect(tally.partTimeUnits).toBeCloseTo(1.5, 12);
    expect(tally.base).toBe(1);
  });
  it('D.Lgs. 81/2015 art. 9: weeklyHours equal to full time is a full-timer', () => {
    const tally = baseOf([
      { contract: 'PERMANENT', weeklyHours: 40 },
      { contract: 'PERMANENT', weeklyHours: 36, fullTimeWeeklyHours: 36 },
    ]).national;
    expect(tally).toMatchObject({ fullTimeHeads: 2, partTimeHeads: 0, base: 2 });
  });
  it('D.Lgs. 81/2015 art. 9: weeklyHours null is full time', () => {
    expect(baseOf([{ contract: 'PERMANENT', weeklyHours: null }]).national.fullTimeHeads).toBe(1);
  });
  it('D.Lgs. 81/2015 art. 9: the part-time rounding decides the band at 14/15 (14 + 0.5 -> 14: no quota; 14 + 0.6 -> 15: one)', () => {
    const at = (hours: number) =>
      computeL68Obligation({
        registeredOfficeProvince: 'MI',
        workers: [
          { contract: 'PERMANENT', count: 14 },
          { contract: 'PERMANENT', weeklyHours: hours },
        ],
      });
    expect(at(20)).toMatchObject({ computationBase: 14, disabledQuota: 0 });
    expect(at(24)).toMatchObject({ computationBase: 15, disabledQuota: 1 });
  });
  it('D.Lgs. 81/2015 art. 9: the part-time rounding decides the band at 50/51 (50 + 0.5 -> 50: 2 and no art. 18; 50 + 0.525 -> 51: 4 and 1)', () => {
    const at = (hours: number) =>
      computeL68Obligation({
        registeredOfficeProvince: 'MI',
        workers: [
          { contract: 'PERMANENT', count: 50 },
          { contract: 'PERMANENT', weeklyHours: hours },
        ],
      });
    expect(at(20)).toMatchObject({ computationBase: 50, disabledQuota: 2, art18Quota: 0 });
    expect(at(21)).toMatchObject({ computationBase: 51, disabledQuota: 4, art18Quota: 1 });
  });
  it('D.Lgs. 81/2015 art. 9: excluded part-timers do not add hours (an apprentice at 20/40)', () => {
    expect(
      baseOf([
        { contract: 'PERMANENT', count: 10 },
        { contract: 'APPRENTICE', weeklyHours: 30 },
      ]).national,
    ).toMatchObject({ base: 10, partTimeHeads: 0 });
  });
  it('D.Lgs. 81/2015 art. 9: 40 part-timers at 10/40 make a base of 10', () => {
    expect(baseOf([{ contract: 'PERMANENT', count: 40, weeklyHours: 10 }]).national.base).toBe(10);
  });
  it('D.Lgs. 81/2015 art. 9: with no part-timers the explanation states the plain head count', () => {
    expect(withForty().explanation).toContain(
      'L. 68/1999 art. 4 c.1: computation base = 40 counted full-time employee(s)',
    );
  });
});

describe('computation base per province (decision: each province rounds its own part-time share)', () => {
  it('D.Lgs. 81/2015 art. 9: two provinces at x.6 each round up to 2 units, while the national 1.2 rounds to 1', () => {
    const result = baseOf([
      { contract: 'PERMANENT', weeklyHours: 24, province: 'MI' },
      { contract: 'PERMANENT', weeklyHours: 24, province: 'RM' },
    ]);
    expect(result.national.base).toBe(1);
    expect(result.byProvince.get('MI')?.base).toBe(1);
    expect(result.byProvince.get('RM')?.base).toBe(1);
  });
  it('D.Lgs. 81/2015 art. 9: two provinces at x.5 each round down, while the national 1.0 is whole', () => {
    const result = baseOf([
      { contract: 'PERMANENT', count: 10, province: 'MI' },
      { contract: 'PERMANENT', weeklyHours: 20, province: 'MI' },
      { contract: 'PERMANENT', count: 10, province: 'RM' },
      { contract: 'PERMANENT', weeklyHours: 20, province: 'RM' },
    ]);
    expect(result.national.base).toBe(21);
    expect(result.byProvince.get('MI')?.base).toBe(10);
    expect(result.byProvince.get('RM')?.base).toBe(10);
  });
  it('L.68 art. 4 c.1: a province holding only excluded workers still appears, with base 0', () => {
    const result = baseOf([
      { contract: 'PERMANENT', count: 10 },
      { contract: 'EXECUTIVE', province: 'RM' },
    ]);
    expect(result.byProvince.get('RM')?.base).toBe(0);
  });
  it('L.68 art. 4 c.1: workers without a province sit in the registered office province', () => {
    const result = baseOf([
      { contract: 'PERMANENT', count: 10 },
      { contract: 'PERMANENT', count: 5, province: 'MI' },
    ]);
    expect([...result.byProvince.keys()]).toEqual(['MI']);
    expect(result.byProvince.get('MI')?.base).toBe(15);
  });
  it('D.Lgs. 81/2015 art. 9: with several provinces each province base gets its own explanation line', () => {
    const result = baseOf([
      { contract: 'PERMANENT', count: 10, province: 'MI' },
      { contract: 'PERMANENT', count: 2, weeklyHours: 30, province: 'RM' },
    ]);
    expect(result.explanation).toContain(
      'D.Lgs. 81/2015 art. 9: 10 full-time + 2 part-timer(s) worth 1.5 full-time units = 11.5 -> 11 (fraction of exactly 0.50 rounds down)',
    );
    expect(result.explanation).toContain(
      'L. 68/1999 art. 4 c.1: province MI computation base = 10 counted full-time employee(s)',
    );
    expect(result.explanation).toContain(
      'D.Lgs. 81/2015 art. 9: province RM 0 full-time + 2 part-timer(s) worth 1.5 full-time units = 1.5 -> 1 (fraction of exactly 0.50 rounds down)',
    );
  });
});
