import { describe, expect, it } from 'vitest';
import {
  checkEnrolmentEligibility,
  dayReaching,
  pensionAgeOn,
  type EligibilityFacts,
} from './enrolment-eligibility.ts';

const base: EligibilityFacts = {
  list: 'DISABILITY',
  category: 'CIVIL_INVALID',
  invalidityPercent: 67,
  birthDate: '1990-06-15',
  unemployed: true,
  on: '2025-06-15',
};
const rules = (change: Partial<EligibilityFacts>) =>
  checkEnrolmentEligibility({ ...base, ...change }).failures.map((f) => f.rule);

describe('enrolment eligibility (L. 68/1999 art. 1, 8, 18)', () => {
  it('L.68 art. 1 c.1 lett. a: civil invalids above 45% — 45 fails, 46 passes', () => {
    expect(rules({ invalidityPercent: 44 })).toEqual(['L68_ART1_CIVIL_INVALID_OVER_45']);
    expect(rules({ invalidityPercent: 45 })).toEqual(['L68_ART1_CIVIL_INVALID_OVER_45']);
    expect(rules({ invalidityPercent: 46 })).toEqual([]);
    expect(rules({ invalidityPercent: null })).toEqual(['L68_ART1_CIVIL_INVALID_OVER_45']);
  });

  it('L.68 art. 1 c.1 lett. b: work invalids (INAIL) above 33% — 33 fails, 34 passes', () => {
    expect(rules({ category: 'WORK_INVALID', invalidityPercent: 32 })).toEqual(['L68_ART1_WORK_INVALID_OVER_33']);
    expect(rules({ category: 'WORK_INVALID', invalidityPercent: 33 })).toEqual(['L68_ART1_WORK_INVALID_OVER_33']);
    expect(rules({ category: 'WORK_INVALID', invalidityPercent: 34 })).toEqual([]);
  });

  it('L.68 art. 1 c.1 lett. c: blind and deaf people need no percentage', () => {
    expect(rules({ category: 'BLIND', invalidityPercent: null })).toEqual([]);
    expect(rules({ category: 'DEAF', invalidityPercent: null })).toEqual([]);
  });

  it('L.68 art. 1 c.1 lett. d: war and service invalids in categories 1 to 8 — 0 and 9 fail', () => {
    expect(rules({ category: 'WAR_INVALID', pensionCategory: 0 })).toEqual(['L68_ART1_PENSION_CATEGORY_1_TO_8']);
    expect(rules({ category: 'WAR_INVALID', pensionCategory: 1 })).toEqual([]);
    expect(rules({ category: 'SERVICE_INVALID', pensionCategory: 8 })).toEqual([]);
    expect(rules({ category: 'CIVIL_WAR_INVALID', pensionCategory: 9 })).toEqual(['L68_ART1_PENSION_CATEGORY_1_TO_8']);
  });

  it('L.68 art. 1 c.1: working age from 16 — the day before the 16th birthday fails, the day itself passes', () => {
    expect(rules({ birthDate: '2009-06-16', on: '2025-06-15' })).toEqual(['L68_ART1_WORKING_AGE']);
    expect(rules({ birthDate: '2009-06-15', on: '2025-06-15' })).toEqual([]);
  });

  it('L.68 art. 1 c.1; D.L. 201/2011 art. 24: until 2026 working age ends at 67 — the day before the 67th birthday passes, the day fails', () => {
    expect(rules({ birthDate: '1958-06-16', on: '2025-06-15' })).toEqual([]);
    expect(rules({ birthDate: '1958-06-15', on: '2025-06-15' })).toEqual(['L68_ART1_WORKING_AGE']);
    expect(rules({ birthDate: '1959-12-31', on: '2026-12-30' })).toEqual([]);
    expect(rules({ birthDate: '1959-12-31', on: '2026-12-31' })).toEqual(['L68_ART1_WORKING_AGE']);
  });

  it('D.L. 201/2011 art. 24 c.13 (budget law for 2026): in 2027 the pension age is 67 years 1 month', () => {
    // Born 10 March 1960: 67 on 10 March 2027, 67 years 1 month on 10 April 2027.
    expect(rules({ birthDate: '1960-03-10', on: '2027-03-10' })).toEqual([]);
    expect(rules({ birthDate: '1960-03-10', on: '2027-04-09' })).toEqual([]);
    expect(rules({ birthDate: '1960-03-10', on: '2027-04-10' })).toEqual(['L68_ART1_WORKING_AGE']);
  });

  it('D.L. 201/2011 art. 24 c.13 (budget law for 2026): from 2028 the pension age is 67 years 3 months', () => {
    // Born 10 March 1961: 67 years 3 months on 10 June 2028.
    expect(rules({ birthDate: '1961-03-10', on: '2028-04-10' })).toEqual([]);
    expect(rules({ birthDate: '1961-03-10', on: '2028-06-09' })).toEqual([]);
    expect(rules({ birthDate: '1961-03-10', on: '2028-06-10' })).toEqual(['L68_ART1_WORKING_AGE']);
    // Born 29 February: the anniversary in a common year is 1 March, as for ageOn.
    expect(dayReaching('1960-02-29', 67, 0)).toBe('2027-03-01');
  });

  it('a date before the first configured pension age is refused with what to add, not guessed', () => {
    expect(pensionAgeOn('2018-12-31')).toBeNull();
    expect(checkEnrolmentEligibility({ ...base, on: '2018-12-31' }).failures[0]!.message).toContain(
      'reference/pension-age.ts',
    );
  });

  it('L.68 art. 8 c.1: only unemployed people enrol', () => {
    expect(rules({ unemployed: false })).toEqual(['L68_ART8_UNEMPLOYED']);
  });

  it('L. 407/1998 art. 1 c.2 as amended: victims of terrorism, organised crime and duty (and family in their stead) enrol in the art. 18 list even when employed', () => {
    const art18 = { list: 'ART18' as const, invalidityPercent: null };
    expect(rules({ ...art18, category: 'VICTIM_OF_TERRORISM_OR_ORGANISED_CRIME', unemployed: false })).toEqual([]);
    expect(rules({ ...art18, category: 'VICTIM_OF_DUTY', unemployed: false })).toEqual([]);
    expect(rules({ ...art18, category: 'VICTIM_OF_DUTY', unemployed: true })).toEqual([]);
    // The neighbouring art. 18 categories keep the art. 8 c.1 requirement.
    expect(rules({ ...art18, category: 'SURVIVOR_OF_WORK_WAR_OR_SERVICE_DEATH', unemployed: false })).toEqual([
      'L68_ART8_UNEMPLOYED',
    ]);
    expect(rules({ ...art18, category: 'OTHER_ART18', unemployed: false })).toEqual(['L68_ART8_UNEMPLOYED']);
    // The waiver belongs to the art. 18 list: a victim who is also disabled and employed cannot use it for the disability list.
    expect(rules({ list: 'DISABILITY', category: 'VICTIM_OF_DUTY', unemployed: false })).toEqual([
      'L68_ART8_UNEMPLOYED',
      'L68_LIST_CATEGORY',
    ]);
  });

  it('L.68 art. 18 c.2: its categories enrol in their own list, and art. 1 categories not in it', () => {
    expect(
      rules({ list: 'ART18', category: 'VICTIM_OF_TERRORISM_OR_ORGANISED_CRIME', invalidityPercent: null }),
    ).toEqual([]);
    expect(rules({ list: 'DISABILITY', category: 'SURVIVOR_OF_WORK_WAR_OR_SERVICE_DEATH' })).toEqual([
      'L68_LIST_CATEGORY',
    ]);
    expect(rules({ list: 'ART18', category: 'CIVIL_INVALID' })).toEqual(['L68_LIST_CATEGORY']);
  });

  it('every failing requirement is reported, not only the first', () => {
    expect(rules({ unemployed: false, invalidityPercent: 30, birthDate: '2015-01-01' })).toEqual([
      'L68_ART1_WORKING_AGE',
      'L68_ART8_UNEMPLOYED',
      'L68_ART1_CIVIL_INVALID_OVER_45',
    ]);
  });
});
