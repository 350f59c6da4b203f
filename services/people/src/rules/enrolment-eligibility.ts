import { addDays, addMonths, ageOn } from '@reg/calendar';
import { PENSION_AGES, type PensionAge } from '../reference/pension-age.ts';

/**
 * Who may enrol in the collocamento mirato lists (L. 68/1999 art. 1 c.1, art. 8 c.1, art. 18 c.2).
 * The thresholds are the law's: "superiore al 45 per cento" for civil invalids and "superiore al 33 per
 * cento" for work invalids, so 45 and 33 fail and 46 and 34 pass (percentages are whole numbers in the
 * commissions' reports).
 */
export type DisabilityCategory =
  /** art. 1 c.1 lett. a: invalidi civili */
  | 'CIVIL_INVALID'
  /** art. 1 c.1 lett. b: invalidi del lavoro (INAIL) */
  | 'WORK_INVALID'
  /** art. 1 c.1 lett. c: non vedenti */
  | 'BLIND'
  /** art. 1 c.1 lett. c: sordi (sordomuti) */
  | 'DEAF'
  /** art. 1 c.1 lett. d: invalidi di guerra, invalidi civili di guerra, invalidi per servizio */
  | 'WAR_INVALID'
  | 'CIVIL_WAR_INVALID'
  | 'SERVICE_INVALID';

export type Art18Category =
  /** art. 18 c.2: orfani e coniugi superstiti di chi è deceduto per causa di lavoro, di guerra o di servizio */
  | 'SURVIVOR_OF_WORK_WAR_OR_SERVICE_DEATH'
  /** coniugi e figli di grandi invalidi per causa di guerra, di servizio e di lavoro */
  | 'FAMILY_OF_SEVERELY_DISABLED'
  /** profughi italiani rimpatriati (L. 763/1981) */
  | 'REPATRIATED_REFUGEE'
  /** vittime del terrorismo e della criminalità organizzata (L. 407/1998) e loro familiari */
  | 'VICTIM_OF_TERRORISM_OR_ORGANISED_CRIME'
  /** vittime del dovere (L. 266/2005 art. 1 c.563-564), given the same benefits, and their family members */
  | 'VICTIM_OF_DUTY'
  /** later extensions of the art. 18 list (e.g. L. 63/2025), recorded with their legal basis */
  | 'OTHER_ART18';

export type EnrolmentCategory = DisabilityCategory | Art18Category;

const disabilityCategories: ReadonlySet<string> = new Set([
  'CIVIL_INVALID',
  'WORK_INVALID',
  'BLIND',
  'DEAF',
  'WAR_INVALID',
  'CIVIL_WAR_INVALID',
  'SERVICE_INVALID',
]);
export const isDisabilityCategory = (c: EnrolmentCategory): c is DisabilityCategory => disabilityCategories.has(c);

/**
 * Working age: from the end of compulsory education (16, L. 296/2006 art. 1 c.622) to the old-age pension age
 * in force on the date, which changes by decree (reference/pension-age.ts).
 */
export const WORKING_AGE_FROM = 16;

/** The pension age in force on a date, or null when no configured row covers it. */
export function pensionAgeOn(on: string, ages: readonly PensionAge[] = PENSION_AGES): PensionAge | null {
  return ages.find((a) => a.validFrom <= on && (a.validTo === null || on <= a.validTo)) ?? null;
}

/** The day a person reaches an age in years and months (born 29 February: 1 March in common years, as ageOn). */
export function dayReaching(birthDate: string, years: number, months: number): string {
  const day = addMonths(birthDate, years * 12 + months);
  return day.slice(8) < birthDate.slice(8) ? addDays(day, 1) : day;
}

export interface EligibilityFacts {
  list: 'DISABILITY' | 'ART18';
  category: EnrolmentCategory;
  invalidityPercent?: number | null;
  /** Categoria di pensione di guerra/servizio, 1 (most severe) to 8. */
  pensionCategory?: number | null;
  birthDate: string;
  unemployed: boolean;
  on: string;
}

export interface EligibilityFailure {
  rule: string;
  message: string;
}
export interface Eligibility {
  eligible: boolean;
  failures: EligibilityFailure[];
}

/**
 * Victims of terrorism, organised crime and duty, and the family members who enrol in their stead, enrol in the
 * art. 18 list even when employed (L. 407/1998 art. 1 c.2 as amended): the unemployment requirement of art. 8
 * c.1 does not apply to them. Every other category, art. 18 ones included, enrols only when unemployed.
 */
const enrolsWhenEmployed: ReadonlySet<EnrolmentCategory> = new Set([
  'VICTIM_OF_TERRORISM_OR_ORGANISED_CRIME',
  'VICTIM_OF_DUTY',
]);

export function checkEnrolmentEligibility(facts: EligibilityFacts): Eligibility {
  const failures: EligibilityFailure[] = [];
  const age = ageOn(facts.birthDate, facts.on);
  const pension = pensionAgeOn(facts.on);
  if (age < WORKING_AGE_FROM) {
    failures.push({
      rule: 'L68_ART1_WORKING_AGE',
      message: `Age ${age} is below working age (from ${WORKING_AGE_FROM}) (L. 68/1999 art. 1 c.1)`,
    });
  } else if (!pension) {
    failures.push({
      rule: 'L68_ART1_WORKING_AGE',
      message: `No old-age pension age is configured for ${facts.on}: add the decree's row to reference/pension-age.ts`,
    });
  } else if (dayReaching(facts.birthDate, pension.years, pension.months) <= facts.on) {
    const limit = pension.months ? `${pension.years} years ${pension.months} month(s)` : `${pension.years}`;
    failures.push({
      rule: 'L68_ART1_WORKING_AGE',
      message: `Age ${age} reaches the old-age pension age (${limit} on ${facts.on}, ${pension.source}): outside working age (L. 68/1999 art. 1 c.1)`,
    });
  }
  if (!facts.unemployed && !(facts.list === 'ART18' && enrolsWhenEmployed.has(facts.category))) {
    failures.push({
      rule: 'L68_ART8_UNEMPLOYED',
      message:
        'Only unemployed people enrol in the lists (L. 68/1999 art. 8 c.1): no unemployment status (DID, D.Lgs. 150/2015 art. 19) holds on the day of the application',
    });
  }
  if (facts.list === 'DISABILITY') {
    if (!isDisabilityCategory(facts.category)) {
      failures.push({
        rule: 'L68_LIST_CATEGORY',
        message: `${facts.category} is an art. 18 c.2 category: it enrols in the separate art. 18 list`,
      });
    } else {
      failures.push(...disabilityThresholdFailures(facts.category, facts));
    }
  } else if (isDisabilityCategory(facts.category)) {
    failures.push({
      rule: 'L68_LIST_CATEGORY',
      message: `${facts.category} is an art. 1 category: it enrols in the disability list`,
    });
  }
  return { eligible: failures.length === 0, failures };
}

function disabilityThresholdFailures(category: DisabilityCategory, facts: EligibilityFacts): EligibilityFailure[] {
  const percent = facts.invalidityPercent;
  switch (category) {
    case 'CIVIL_INVALID':
      return percent != null && percent > 45
        ? []
        : [
            {
              rule: 'L68_ART1_CIVIL_INVALID_OVER_45',
              message: `Civil invalids enrol with invalidity above 45% (L. 68/1999 art. 1 c.1 lett. a); given ${percent ?? 'none'}`,
            },
          ];
    case 'WORK_INVALID':
      return percent != null && percent > 33
        ? []
        : [
            {
              rule: 'L68_ART1_WORK_INVALID_OVER_33',
              message: `Work invalids enrol with invalidity above 33% (L. 68/1999 art. 1 c.1 lett. b); given ${percent ?? 'none'}`,
            },
          ];
    case 'BLIND':
    case 'DEAF':
      return [];
    case 'WAR_INVALID':
    case 'CIVIL_WAR_INVALID':
    case 'SERVICE_INVALID': {
      const pension = facts.pensionCategory;
      return pension != null && Number.isInteger(pension) && pension >= 1 && pension <= 8
        ? []
        : [
            {
              rule: 'L68_ART1_PENSION_CATEGORY_1_TO_8',
              message: `War and service invalids enrol with impairments in categories 1 to 8 (L. 68/1999 art. 1 c.1 lett. d); given ${pension ?? 'none'}`,
            },
          ];
    }
  }
}
