import { describe, expect, it } from 'vitest';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import { coverageUnitsPerHead, quotaCoverage, tallyCoverage } from './coverage.ts';
import type { ProtectedStatusInput, WorkerInput } from './types.ts';
import { validateWorkforceInput } from './validate-workforce-input.ts';

const normalizeOne = (worker: WorkerInput) => {
  const [only] = validateWorkforceInput({ registeredOfficeProvince: 'MI', workers: [worker] }).workers;
  if (only === undefined) throw new Error('fixture has one worker');
  return only;
};
const coverageOf = (status: ProtectedStatusInput, extra: Partial<WorkerInput> = {}) =>
  quotaCoverage(normalizeOne({ contract: 'PERMANENT', ...extra, protected: status }));
const covers = (status: ProtectedStatusInput, extra: Partial<WorkerInput> = {}) =>
  coverageOf(status, extra)?.covers === true;
/** 100 counted employees (disability quota 7, art. 18 quota 1) plus the workers under test. */
const withHundred = (...workers: WorkerInput[]) =>
  computeL68Obligation({
    registeredOfficeProvince: 'MI',
    workers: [{ contract: 'PERMANENT', count: 100 }, ...workers],
  });

const alreadyDisabled = (
  capacityReductionPercent: number | null,
  psychicOrIntellectual = false,
): ProtectedStatusInput => ({
  category: 'DISABLED',
  hiredUnderL68: false,
  capacityReductionPercent,
  psychicOrIntellectual,
});
const disabledAtWork = (
  capacityReductionPercent: number | null,
  employerSafetyBreach = false,
  psychicOrIntellectual = false,
): ProtectedStatusInput => ({
  category: 'DISABLED',
  hiredUnderL68: false,
  capacityReductionPercent,
  disabledDuringEmployment: true,
  employerSafetyBreach,
  psychicOrIntellectual,
});

describe('who covers the disability quota: hired under L. 68/1999 (art. 3 c.1, art. 4 c.1)', () => {
  it('L.68 art. 4 c.1: a disabled worker hired under L. 68/1999 covers the disability quota', () => {
    expect(coverageOf({ category: 'DISABLED', hiredUnderL68: true })).toEqual({
      covers: true,
      quota: 'DISABLED',
      ruleKey: 'HIRED_UNDER_L68',
    });
  });
  it('L.68 art. 4 c.1: hired through the lists covers whatever the stated reduction (the lists checked it at enrolment)', () => {
    expect(covers({ category: 'DISABLED', hiredUnderL68: true, capacityReductionPercent: 46 })).toBe(true);
  });
  it('L.68 art. 4 c.1: hired under L. 68/1999 wins over a later safety breach (art. 4 c.4 is about workers disabled at work)', () => {
    expect(
      covers({
        category: 'DISABLED',
        hiredUnderL68: true,
        disabledDuringEmployment: true,
        employerSafetyBreach: true,
        capacityReductionPercent: 30,
      }),
    ).toBe(true);
  });
  it('L.68 art. 4 c.1: 7 disabled hires cover a quota of 7 -> 0 uncovered', () => {
    const result = withHundred({
      contract: 'PERMANENT',
      count: 7,
      protected: { category: 'DISABLED', hiredUnderL68: true },
    });
    expect(result).toMatchObject({ computationBase: 100, disabledQuota: 7, disabledCovered: 7, disabledUncovered: 0 });
  });
  it('L.68 art. 4 c.1: a fixed-term (3 months) or apprentice disabled hire covers the quota while employed', () => {
    expect(covers({ category: 'DISABLED', hiredUnderL68: true }, { contract: 'FIXED_TERM', termMonths: 3 })).toBe(true);
    expect(covers({ category: 'DISABLED', hiredUnderL68: true }, { contract: 'APPRENTICE' })).toBe(true);
  });
});

describe('who covers the art. 18 quota (L. 68/1999 art. 18 c.2)', () => {
  it('L.68 art. 18 c.2: an art. 18 worker hired under L. 68/1999 covers the art. 18 quota, not the disability quota', () => {
    expect(coverageOf({ category: 'ART18', hiredUnderL68: true })).toEqual({
      covers: true,
      quota: 'ART18',
      ruleKey: 'HIRED_UNDER_L68',
    });
    const result = withHundred({ contract: 'PERMANENT', protected: { category: 'ART18', hiredUnderL68: true } });
    expect(result).toMatchObject({
      art18Quota: 1,
      art18Covered: 1,
      art18Uncovered: 0,
      disabledCovered: 0,
      disabledUncovered: 7,
    });
  });
  it('L.68 art. 18 c.2: an art. 18 worker not hired under L. 68/1999 covers nothing and stays in the base', () => {
    expect(coverageOf({ category: 'ART18', hiredUnderL68: false })).toMatchObject({
      covers: false,
      article: 'L. 68/1999 art. 18 c.2',
    });
    const result = withHundred({ contract: 'PERMANENT', protected: { category: 'ART18', hiredUnderL68: false } });
    expect(result).toMatchObject({ computationBase: 101, art18Covered: 0 });
    expect(result.explanation).toContain(
      'L. 68/1999 art. 18 c.2: 1 art. 18 worker(s) not hired under L. 68/1999 do not cover the art. 18 quota',
    );
  });
  it('L.68 art. 18 c.2: disability fields on an art. 18 worker do not make them cover the disability quota', () => {
    expect(covers({ category: 'ART18', hiredUnderL68: false, capacityReductionPercent: 80 })).toBe(false);
  });
  it('DPR 333/2000 art. 3 (applied to art. 18 too): an art. 18 part-timer at 20/40 counts as half a unit', () => {
    const result = withHundred({
      contract: 'PERMANENT',
      weeklyHours: 20,
      protected: { category: 'ART18', hiredUnderL68: true },
    });
    expect(result).toMatchObject({ art18Covered: 0.5, art18Uncovered: 1 });
  });
});

describe('who covers the disability quota: already disabled before hiring, outside the lists (L. 68/1999 art. 4 c.3-bis)', () => {
  it('L.68 art. 4 c.3-bis: capacity reduction 59% does not cover', () => {
    expect(covers(alreadyDisabled(59))).toBe(false);
  });
  it('L.68 art. 4 c.3-bis: capacity reduction 60% covers (>= 60%)', () => {
    expect(coverageOf(alreadyDisabled(60))).toEqual({ covers: true, quota: 'DISABLED', ruleKey: 'ALREADY_DISABLED' });
  });
  it('L.68 art. 4 c.3-bis: capacity reduction 100% covers', () => {
    expect(covers(alreadyDisabled(100))).toBe(true);
  });
  it('L.68 art. 4 c.3-bis: capacity reduction 0% does not cover', () => {
    expect(covers(alreadyDisabled(0))).toBe(false);
  });
  it('L.68 art. 4 c.3-bis: psychic/intellectual disability at 45% does not cover (> 45% required)', () => {
    expect(covers(alreadyDisabled(45, true))).toBe(false);
  });
  it('L.68 art. 4 c.3-bis: psychic/intellectual disability at 46% covers', () => {
    expect(covers(alreadyDisabled(46, true))).toBe(true);
  });
  it('L.68 art. 4 c.3-bis: a non-psychic disability at 46% does not cover (the 45% threshold is for psychic/intellectual only)', () => {
    expect(covers(alreadyDisabled(46, false))).toBe(false);
  });
  it('L.68 art. 4 c.3-bis: psychic/intellectual disability at 60% covers too', () => {
    expect(covers(alreadyDisabled(60, true))).toBe(true);
  });
  it('L.68 art. 4 c.3-bis: without a stated capacity reduction the worker does not cover', () => {
    expect(covers(alreadyDisabled(null))).toBe(false);
    expect(covers({ category: 'DISABLED', hiredUnderL68: false })).toBe(false);
  });
  it('L.68 art. 4 c.3-bis: psychicOrIntellectual null defaults to false', () => {
    expect(
      covers({ category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent: 50, psychicOrIntellectual: null }),
    ).toBe(false);
  });
  it('L.68 art. 4 c.3-bis: a covering worker leaves the base and fills the quota; a 59% one stays in the base', () => {
    const result = withHundred(
      { contract: 'PERMANENT', protected: alreadyDisabled(60) },
      { contract: 'PERMANENT', protected: alreadyDisabled(59) },
    );
    expect(result).toMatchObject({ computationBase: 101, disabledCovered: 1 });
    expect(result.explanation).toContain(
      'L. 68/1999 art. 4 c.3-bis: 1 disabled worker(s) hired outside the lists with capacity reduction 59% (below 60%) do not cover the quota',
    );
    expect(result.explanation).toContain(
      'L. 68/1999 art. 4 c.3-bis: 1 worker(s) already disabled before hiring, not hired through the lists, with capacity reduction >= 60% (or > 45% psychic/intellectual) cover the disability quota',
    );
  });
  it('L.68 art. 4 c.3-bis: the psychic 45% case is explained', () => {
    const result = withHundred({ contract: 'PERMANENT', protected: alreadyDisabled(45, true) });
    expect(result.explanation).toContain(
      'L. 68/1999 art. 4 c.3-bis: 1 disabled worker(s) hired outside the lists with psychic/intellectual disability and capacity reduction 45% (not above 45%) do not cover the quota',
    );
  });
});

describe('who covers the disability quota: disabled during employment (L. 68/1999 art. 4 c.4)', () => {
  it('L.68 art. 4 c.4: capacity reduction 59% does not cover', () => {
    expect(covers(disabledAtWork(59))).toBe(false);
  });
  it('L.68 art. 4 c.4: capacity reduction 60% covers', () => {
    expect(coverageOf(disabledAtWork(60))).toEqual({
      covers: true,
      quota: 'DISABLED',
      ruleKey: 'DISABLED_DURING_EMPLOYMENT',
    });
  });
  it("L.68 art. 4 c.4: disability caused by the employer's safety breach does not cover, even at 100%", () => {
    expect(covers(disabledAtWork(100, true))).toBe(false);
  });
  it('L.68 art. 4 c.4: psychic disability at 50% during employment does not cover (the 45% of c.3-bis applies only before hiring)', () => {
    expect(covers(disabledAtWork(50, false, true))).toBe(false);
  });
  it('L.68 art. 4 c.4: without a stated capacity reduction the worker does not cover', () => {
    expect(covers(disabledAtWork(null))).toBe(false);
  });
  it('L.68 art. 4 c.4: employerSafetyBreach null defaults to false', () => {
    expect(
      covers({
        category: 'DISABLED',
        hiredUnderL68: false,
        disabledDuringEmployment: true,
        capacityReductionPercent: 70,
        employerSafetyBreach: null,
      }),
    ).toBe(true);
  });
  it('L.68 art. 4 c.4: a breach case stays in the base and is explained', () => {
    const result = withHundred({ contract: 'PERMANENT', protected: disabledAtWork(80, true) });
    expect(result).toMatchObject({ computationBase: 101, disabledCovered: 0 });
    expect(result.explanation).toContain(
      "L. 68/1999 art. 4 c.4: 1 worker(s) disabled through the employer's breach of safety rules (ascertained by a court) do not cover the quota",
    );
  });
  it('L.68 art. 4 c.4: a 60% case is excluded from the base and covers', () => {
    const result = withHundred({ contract: 'PERMANENT', count: 2, protected: disabledAtWork(60) });
    expect(result).toMatchObject({ computationBase: 100, disabledCovered: 2, disabledUncovered: 5 });
  });
});

describe('contracts that never cover (D.Lgs. 81/2015 art. 34 c.3; D.Lgs. 81/2000 art. 8 c.1)', () => {
  it("D.Lgs. 81/2015 art. 34 c.3: a protected agency worker does not cover the user's quota (mission length not stated)", () => {
    expect(coverageOf({ category: 'DISABLED', hiredUnderL68: true }, { contract: 'AGENCY' })).toMatchObject({
      covers: false,
      article: 'D.Lgs. 81/2015 art. 34 c.3',
    });
  });
  it('D.Lgs. 81/2000 art. 8 c.1: a protected LSU worker does not cover (not an employee)', () => {
    expect(coverageOf({ category: 'DISABLED', hiredUnderL68: true }, { contract: 'LSU' })).toMatchObject({
      covers: false,
      article: 'D.Lgs. 81/2000 art. 8 c.1',
    });
  });
  it('a worker outside the protected categories has no coverage decision', () => {
    expect(quotaCoverage(normalizeOne({ contract: 'PERMANENT' }))).toBeUndefined();
    expect(quotaCoverage(normalizeOne({ contract: 'PERMANENT', protected: null }))).toBeUndefined();
  });
});

describe('disabled part-timers: one unit above 50% of full time, half a unit otherwise (DPR 333/2000 art. 3)', () => {
  const unitsAt = (weeklyHours: number | null, fullTimeWeeklyHours: number | null = null) =>
    coverageUnitsPerHead(
      normalizeOne({
        contract: 'PERMANENT',
        weeklyHours,
        fullTimeWeeklyHours,
        protected: { category: 'DISABLED', hiredUnderL68: true },
      }),
    );

  it('DPR 333/2000 art. 3: exactly 50% (20/40) counts as half a unit', () => {
    expect(unitsAt(20)).toBe(0.5);
  });
  it('DPR 333/2000 art. 3: 21/40 (52.5%) counts as one unit', () => {
    expect(unitsAt(21)).toBe(1);
  });
  it('DPR 333/2000 art. 3: 20.5/40 (51.25%) counts as one unit', () => {
    expect(unitsAt(20.5)).toBe(1);
  });
  it('DPR 333/2000 art. 3: 10/40 counts as half a unit (no pro rata below half)', () => {
    expect(unitsAt(10)).toBe(0.5);
  });
  it('DPR 333/2000 art. 3: exactly 50% of a 37-hour full time (18.5/37) counts as half a unit', () => {
    expect(unitsAt(18.5, 37)).toBe(0.5);
  });
  it('DPR 333/2000 art. 3: 18.6/37 counts as one unit', () => {
    expect(unitsAt(18.6, 37)).toBe(1);
  });
  it('DPR 333/2000 art. 3: full time counts as one unit', () => {
    expect(unitsAt(null)).toBe(1);
    expect(unitsAt(40)).toBe(1);
  });
  it('DPR 333/2000 art. 3: two half units make one covered unit; uncovered is ceil of the rest (quota 7 - 1 = 6)', () => {
    const result = withHundred({
      contract: 'PERMANENT',
      count: 2,
      weeklyHours: 20,
      protected: { category: 'DISABLED', hiredUnderL68: true },
    });
    expect(result).toMatchObject({ disabledCovered: 1, disabledUncovered: 6 });
    expect(result.explanation).toContain(
      'DPR 333/2000 art. 3: 2 part-timer(s) covering the disability quota work 50% of full time or less and count as half a unit each',
    );
  });
  it('DPR 333/2000 art. 3: a half-unit covering worker leaves a whole uncovered position (quota 1, covered 0.5 -> 1)', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 20 },
        { contract: 'PERMANENT', weeklyHours: 20, protected: { category: 'DISABLED', hiredUnderL68: true } },
      ],
    });
    expect(result).toMatchObject({ computationBase: 20, disabledQuota: 1, disabledCovered: 0.5, disabledUncovered: 1 });
    expect(result.explanation).toContain(
      'L. 68/1999 art. 3 c.1: disability quota 1 - covered 0.5 = 0.5 -> 1 uncovered (a partial shortfall is still a whole position to fill)',
    );
  });
  it('DPR 333/2000 art. 3: a part-timer above 50% is explained as one unit', () => {
    const result = withHundred({ contract: 'PERMANENT', weeklyHours: 30, protected: alreadyDisabled(70) });
    expect(result.disabledCovered).toBe(1);
    expect(result.explanation).toContain(
      'DPR 333/2000 art. 3: 1 part-timer(s) covering the disability quota work more than 50% of full time and count as one unit each',
    );
  });
});

describe('coverage tally', () => {
  it('L.68 art. 4: covered units are tallied per province of the worker', () => {
    const workers = validateWorkforceInput({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 2, protected: { category: 'DISABLED', hiredUnderL68: true } },
        {
          contract: 'PERMANENT',
          province: 'RM',
          weeklyHours: 10,
          protected: { category: 'DISABLED', hiredUnderL68: true },
        },
        { contract: 'PERMANENT', province: 'RM', protected: { category: 'ART18', hiredUnderL68: true } },
      ],
    }).workers;
    const tally = tallyCoverage(workers);
    expect(tally.total).toEqual({ disabled: 2.5, art18: 1 });
    expect(tally.byProvince.get('MI')).toEqual({ disabled: 2, art18: 0 });
    expect(tally.byProvince.get('RM')).toEqual({ disabled: 0.5, art18: 1 });
    expect(tally.explanation).toContain('L. 68/1999 art. 4: covered units: disability quota 2.5, art. 18 quota 1');
  });
  it('L.68 art. 3 c.1: coverage above the quota leaves 0 uncovered (no negative positions)', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 20 },
        { contract: 'PERMANENT', count: 3, protected: { category: 'DISABLED', hiredUnderL68: true } },
      ],
    });
    expect(result).toMatchObject({ disabledQuota: 1, disabledCovered: 3, disabledUncovered: 0 });
    expect(result.explanation).toContain('L. 68/1999 art. 3 c.1: disability quota 1, covered 3 -> 0 uncovered');
  });
  it('L.68 art. 3 c.1: covering workers below the 15 threshold are reported but create no obligation', () => {
    const result = computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count: 10 },
        { contract: 'PERMANENT', protected: { category: 'DISABLED', hiredUnderL68: true } },
      ],
    });
    expect(result).toMatchObject({ computationBase: 10, disabledQuota: 0, disabledCovered: 1, disabledUncovered: 0 });
  });
});

describe('war, service and labour invalids of categories 1 to 6 hired outside the lists (L. 68/1999 art. 4 c.3-bis)', () => {
  const invalid = (pensionCategory: number, capacityReductionPercent: number | null = null): ProtectedStatusInput => ({
    category: 'DISABLED',
    hiredUnderL68: false,
    pensionCategory,
    capacityReductionPercent,
  });

  it('L. 68/1999 art. 4 c.3-bis: category 6 covers, category 7 does not (without a 60% reduction), category 1 covers', () => {
    expect(coverageOf(invalid(6))).toEqual({
      covers: true,
      quota: 'DISABLED',
      ruleKey: 'WAR_SERVICE_LABOUR_INVALID_1_TO_6',
    });
    expect(covers(invalid(7))).toBe(false);
    expect(covers(invalid(1))).toBe(true);
    // Categories 7-8 still cover by the capacity-reduction test of the same paragraph.
    expect(covers(invalid(7, 60))).toBe(true);
  });
  it('L. 68/1999 art. 4 c.3-bis: the covering invalid leaves the base and fills a position, with its rule id', () => {
    const result = withHundred({ contract: 'PERMANENT', protected: invalid(5) });
    expect(result).toMatchObject({ computationBase: 100, disabledQuota: 7, disabledCovered: 1, disabledUncovered: 6 });
    expect(result.excluded).toContainEqual({
      rule: 'L68_ART4_C3BIS_INVALID_CATEGORY_1_TO_6',
      article: 'L. 68/1999 art. 4 c.3-bis',
      count: 1,
    });
  });
  it('the category is 1 to 8 and only for the disability category', () => {
    expect(() => normalizeOne({ contract: 'PERMANENT', protected: invalid(9) })).toThrow(
      /pensionCategory must be an integer from 1 to 8/,
    );
    expect(() =>
      normalizeOne({
        contract: 'PERMANENT',
        protected: { category: 'ART18', hiredUnderL68: false, pensionCategory: 3 },
      }),
    ).toThrow(/category DISABLED/);
  });
});

describe('disabled agency workers on missions of 12 months or more cover the user company (D.Lgs. 81/2015 art. 34 c.3)', () => {
  const agency = (missionMonths: number | null, category: 'DISABLED' | 'ART18' = 'DISABLED') =>
    coverageOf({ category, hiredUnderL68: true }, { contract: 'AGENCY', missionMonths });

  it('D.Lgs. 81/2015 art. 34 c.3: 11 months does not cover, 12 and 13 do; an unstated mission does not', () => {
    expect(agency(11)).toMatchObject({ covers: false, article: 'D.Lgs. 81/2015 art. 34 c.3' });
    expect(agency(12)).toEqual({ covers: true, quota: 'DISABLED', ruleKey: 'AGENCY_MISSION_12_MONTHS' });
    expect(agency(13)?.covers).toBe(true);
    expect(agency(null)?.covers).toBe(false);
    expect(agency(24, 'ART18')?.covers).toBe(false);
  });
  it('the mission length is for agency workers only', () => {
    expect(() => normalizeOne({ contract: 'PERMANENT', missionMonths: 12 })).toThrow(
      /missionMonths applies to AGENCY workers only/,
    );
  });
  it('the covering agency worker fills a position of the user and stays out of its base', () => {
    const result = withHundred({
      contract: 'AGENCY',
      missionMonths: 12,
      protected: { category: 'DISABLED', hiredUnderL68: false },
    });
    expect(result).toMatchObject({ computationBase: 100, disabledCovered: 1, disabledUncovered: 6 });
  });
});

describe('employers of 15 to 35: a part-timer with a reduction above 50% is one unit whatever the hours (DPR 333/2000 art. 3 c.5)', () => {
  const smallEmployer = (count: number, reduction: number, weeklyHours = 10) =>
    computeL68Obligation({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', count },
        {
          contract: 'PERMANENT',
          weeklyHours,
          protected: { category: 'DISABLED', hiredUnderL68: true, capacityReductionPercent: reduction },
        },
      ],
    });

  it('DPR 333/2000 art. 3 c.5: at a base of 15, 51% reduction at 10/40 h is one unit; 50% is half', () => {
    expect(smallEmployer(15, 51)).toMatchObject({
      computationBase: 15,
      disabledQuota: 1,
      disabledCovered: 1,
      disabledUncovered: 0,
    });
    expect(smallEmployer(15, 50)).toMatchObject({ disabledCovered: 0.5, disabledUncovered: 1 });
    expect(smallEmployer(15, 51).explanation).toContain(
      'DPR 333/2000 art. 3 c.5: 1 part-timer(s) with capacity reduction above 50% at an employer of 15 to 35 count as one unit each whatever the hours',
    );
  });
  it('DPR 333/2000 art. 3 c.5: the rule holds at a base of 35 and not at 36 or 14', () => {
    expect(smallEmployer(35, 80)).toMatchObject({ computationBase: 35, disabledCovered: 1 });
    expect(smallEmployer(36, 80)).toMatchObject({ computationBase: 36, disabledCovered: 0.5 });
    expect(smallEmployer(14, 80)).toMatchObject({ computationBase: 14, disabledCovered: 0.5 });
  });
});
