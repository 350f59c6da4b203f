import { describe, expect, it } from 'vitest';
import { computeL68Obligation } from './compute-l68-obligation.ts';
import type { WorkerInput, WorkforceInput } from './types.ts';
import { DEFAULT_FULL_TIME_WEEKLY_HOURS, validateWorkforceInput } from './validate-workforce-input.ts';
import { WorkforceInputError } from './workforce-input-error.ts';

/** The error thrown by computeL68Obligation, so tests can assert on its field. */
function errorOf(input: WorkforceInput): WorkforceInputError {
  try {
    computeL68Obligation(input);
  } catch (error) {
    if (error instanceof WorkforceInputError) return error;
    throw error;
  }
  throw new Error('expected a WorkforceInputError');
}
const withWorker = (worker: WorkerInput): WorkforceInput => ({ registeredOfficeProvince: 'MI', workers: [worker] });
/** Lets a test send what a careless caller (not the GraphQL layer) might send. */
const loose = (worker: Record<string, unknown>): WorkforceInput => withWorker(worker as unknown as WorkerInput);

describe('WorkforceInputError', () => {
  it('is an Error with a name, the field path and the message', () => {
    const error = new WorkforceInputError('workers[0].count', 'bad count');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(WorkforceInputError);
    expect(error.name).toBe('WorkforceInputError');
    expect(error.field).toBe('workers[0].count');
    expect(error.message).toBe('bad count');
  });
});

describe('validation: count', () => {
  it.each([
    ['0', 0],
    ['negative', -3],
    ['fractional', 1.5],
    ['NaN', Number.NaN],
  ])('count %s -> BAD_USER_INPUT on workers[0].count', (_name, count) => {
    expect(errorOf(withWorker({ contract: 'PERMANENT', count })).field).toBe('workers[0].count');
  });
  it('the field path points at the offending row', () => {
    const error = errorOf({
      registeredOfficeProvince: 'MI',
      workers: [{ contract: 'PERMANENT' }, { contract: 'PERMANENT' }, { contract: 'PERMANENT', count: 0 }],
    });
    expect(error.field).toBe('workers[2].count');
    expect(error.message).toMatch(/positive integer/);
  });
});

describe('validation: termMonths (FIXED_TERM only)', () => {
  it('termMonths on a PERMANENT contract -> error', () => {
    expect(errorOf(withWorker({ contract: 'PERMANENT', termMonths: 12 })).field).toBe('workers[0].termMonths');
  });
  it.each([
    'APPRENTICE',
    'EXECUTIVE',
    'AGENCY',
    'COOPERATIVE_MEMBER',
    'HOMEWORKER',
    'ABROAD',
    'LSU',
    'INSERTION',
  ] as const)('termMonths on %s -> error', (contract) => {
    expect(errorOf(withWorker({ contract, termMonths: 3 })).field).toBe('workers[0].termMonths');
  });
  it('termMonths null on a non FIXED_TERM contract is fine', () => {
    expect(() => computeL68Obligation(withWorker({ contract: 'PERMANENT', termMonths: null }))).not.toThrow();
  });
  it('FIXED_TERM without termMonths -> error (undefined or null)', () => {
    expect(errorOf(withWorker({ contract: 'FIXED_TERM' })).field).toBe('workers[0].termMonths');
    expect(errorOf(withWorker({ contract: 'FIXED_TERM', termMonths: null })).message).toMatch(
      /required for FIXED_TERM/,
    );
  });
  it.each([0, -1, 6.5])('FIXED_TERM with termMonths %d -> error', (termMonths) => {
    expect(errorOf(withWorker({ contract: 'FIXED_TERM', termMonths })).field).toBe('workers[0].termMonths');
  });
});

describe('validation: hours', () => {
  it.each([0, -4, Number.NaN, Number.POSITIVE_INFINITY])('weeklyHours %d -> error', (weeklyHours) => {
    expect(errorOf(withWorker({ contract: 'PERMANENT', weeklyHours })).field).toBe('workers[0].weeklyHours');
  });
  it('weeklyHours above the default full time (41 > 40) -> error', () => {
    const error = errorOf(withWorker({ contract: 'PERMANENT', weeklyHours: 41 }));
    expect(error.field).toBe('workers[0].weeklyHours');
    expect(error.message).toMatch(/cannot exceed fullTimeWeeklyHours \(40\)/);
  });
  it('weeklyHours above a stated full time (37 > 36) -> error', () => {
    expect(errorOf(withWorker({ contract: 'PERMANENT', weeklyHours: 37, fullTimeWeeklyHours: 36 })).field).toBe(
      'workers[0].weeklyHours',
    );
  });
  it('weeklyHours equal to full time is accepted', () => {
    expect(() =>
      computeL68Obligation(withWorker({ contract: 'PERMANENT', weeklyHours: 36, fullTimeWeeklyHours: 36 })),
    ).not.toThrow();
  });
  it.each([0, -40, Number.NaN])('fullTimeWeeklyHours %d -> error', (fullTimeWeeklyHours) => {
    expect(errorOf(withWorker({ contract: 'PERMANENT', fullTimeWeeklyHours })).field).toBe(
      'workers[0].fullTimeWeeklyHours',
    );
  });
  it('fullTimeWeeklyHours defaults to 40 (undefined or null)', () => {
    expect(DEFAULT_FULL_TIME_WEEKLY_HOURS).toBe(40);
    const [a, b] = validateWorkforceInput({
      registeredOfficeProvince: 'MI',
      workers: [
        { contract: 'PERMANENT', weeklyHours: 30 },
        { contract: 'PERMANENT', weeklyHours: 30, fullTimeWeeklyHours: null },
      ],
    }).workers;
    expect(a?.hoursShare).toBe(0.75);
    expect(b?.hoursShare).toBe(0.75);
  });
});

describe('validation: protected status', () => {
  it.each([-1, 101, 50.5])('capacityReductionPercent %d -> error', (capacityReductionPercent) => {
    const error = errorOf(
      withWorker({
        contract: 'PERMANENT',
        protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent },
      }),
    );
    expect(error.field).toBe('workers[0].protected.capacityReductionPercent');
  });
  it.each([0, 100])('capacityReductionPercent %d is accepted (bounds of 0..100)', (capacityReductionPercent) => {
    expect(() =>
      computeL68Obligation(
        withWorker({
          contract: 'PERMANENT',
          protected: { category: 'DISABLED', hiredUnderL68: false, capacityReductionPercent },
        }),
      ),
    ).not.toThrow();
  });
  it('unknown category -> error', () => {
    expect(
      errorOf(loose({ contract: 'PERMANENT', protected: { category: 'VETERAN', hiredUnderL68: true } })).field,
    ).toBe('workers[0].protected.category');
  });
  it('hiredUnderL68 missing -> error', () => {
    expect(errorOf(loose({ contract: 'PERMANENT', protected: { category: 'DISABLED' } })).field).toBe(
      'workers[0].protected.hiredUnderL68',
    );
  });
  it('a non-boolean flag -> error', () => {
    expect(
      errorOf(
        loose({
          contract: 'PERMANENT',
          protected: { category: 'DISABLED', hiredUnderL68: false, employerSafetyBreach: 'yes' },
        }),
      ).field,
    ).toBe('workers[0].protected.employerSafetyBreach');
  });
});

describe('validation: enums', () => {
  it('unknown contract -> error', () => {
    expect(errorOf(loose({ contract: 'FREELANCE' })).field).toBe('workers[0].contract');
  });
  it('unknown sectorExclusion -> error', () => {
    expect(errorOf(loose({ contract: 'PERMANENT', sectorExclusion: 'MINING' })).field).toBe(
      'workers[0].sectorExclusion',
    );
  });
  it('workers not a list -> error', () => {
    expect(errorOf({ registeredOfficeProvince: 'MI', workers: null } as unknown as WorkforceInput).field).toBe(
      'workers',
    );
  });
});

describe('validation: provinces (2-letter upper-case code)', () => {
  it.each(['mi', 'Mi', 'MIL', 'M', 'M1', '', ' MI', 'Milano'])('worker province %j -> error', (province) => {
    expect(errorOf(withWorker({ contract: 'PERMANENT', province })).field).toBe('workers[0].province');
  });
  it.each(['mi', 'MIL', 'Milano', ''])('registeredOfficeProvince %j -> error', (registeredOfficeProvince) => {
    expect(errorOf({ registeredOfficeProvince, workers: [] }).field).toBe('registeredOfficeProvince');
  });
  it.each(['MI', 'RM', 'BZ', 'SU'])('province %s is accepted', (province) => {
    expect(() => computeL68Obligation(withWorker({ contract: 'PERMANENT', province }))).not.toThrow();
  });
  it('a worker without province needs the registered office', () => {
    const error = errorOf({ workers: [{ contract: 'PERMANENT', province: 'RM' }, { contract: 'PERMANENT' }] });
    expect(error.field).toBe('workers[1].province');
    expect(error.message).toMatch(/registeredOfficeProvince is not given/);
  });
  it('L.68 art. 3 c.1 lett. c: a fixed unit with no registered office -> error on registeredOfficeProvince', () => {
    const error = errorOf({
      registeredOfficeProvince: null,
      workers: [{ contract: 'PERMANENT', count: 20, province: 'RM' }],
    });
    expect(error.field).toBe('registeredOfficeProvince');
  });
  it('L.68 art. 18 c.2: the fixed art. 18 unit (51-150) with no registered office -> error', () => {
    expect(errorOf({ workers: [{ contract: 'PERMANENT', count: 120, province: 'RM' }] }).field).toBe(
      'registeredOfficeProvince',
    );
  });
  it('no registered office is fine when no fixed unit arises (base below 15, or above 150)', () => {
    expect(
      computeL68Obligation({ workers: [{ contract: 'PERMANENT', count: 10, province: 'RM' }] }).disabledQuota,
    ).toBe(0);
    const large = computeL68Obligation({ workers: [{ contract: 'PERMANENT', count: 200, province: 'RM' }] });
    expect(large).toMatchObject({ disabledQuota: 14, art18Quota: 2 });
    expect(large.byProvince.map((p) => p.province)).toEqual(['RM']);
  });
});

describe('validation: defaults and normalisation', () => {
  it('applies the SDL defaults and resolves the province', () => {
    const [worker] = validateWorkforceInput({
      registeredOfficeProvince: 'TO',
      workers: [{ contract: 'PERMANENT', protected: { category: 'DISABLED', hiredUnderL68: true } }],
    }).workers;
    expect(worker).toEqual({
      index: 0,
      count: 1,
      contract: 'PERMANENT',
      termMonths: undefined,
      missionMonths: undefined,
      hoursShare: 1,
      weeklyHours: 40,
      fullTimeWeeklyHours: 40,
      isPartTime: false,
      province: 'TO',
      protected: {
        category: 'DISABLED',
        hiredUnderL68: true,
        capacityReductionPercent: undefined,
        psychicOrIntellectual: false,
        disabledDuringEmployment: false,
        employerSafetyBreach: false,
        pensionCategory: undefined,
      },
      sectorExclusion: undefined,
      specialRegime: undefined,
      duties: undefined,
      highRiskExempt: false,
    });
  });
});
