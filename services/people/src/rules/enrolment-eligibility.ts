import { ageOn } from '@reg/calendar';

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
  /** later extensions of the art. 18 list (e.g. L. 63/2025), recorded with their legal basis */
  | 'OTHER_ART18';

export type EnrolmentCategory = DisabilityCategory | Art18Category;

const disabilityCategories: ReadonlySet<string> = new Set(['CIVIL_INVALID', 'WORK_INVALID', 'BLIND', 'DEAF', 'WAR_INVALID', 'CIVIL_WAR_INVALID', 'SERVICE_INVALID']);
export const isDisabilityCategory = (c: EnrolmentCategory): c is DisabilityCategory => disabilityCategories.has(c);

/**
 * Working age: from the end of compulsory education (16, L. 296/2006 art. 1 c.622) to the old-age
 * pension age (67, D.L. 201/2011 art. 24 as adjusted; kept here as the only place to change it).
 */
export const workingAge = { from: 16, below: 67 } as const;

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

export interface EligibilityFailure { rule: string; message: string }
export interface Eligibility { eligible: boolean; failures: EligibilityFailure[] }

export function checkEnrolmentEligibility(facts: EligibilityFacts): Eligibility {
  const failures: EligibilityFailure[] = [];
  const age = ageOn(facts.birthDate, facts.on);
  if (age < workingAge.from || age >= workingAge.below) {
    failures.push({ rule: 'L68_ART1_WORKING_AGE', message: `Age ${age} is outside working age (${workingAge.from} to ${workingAge.below - 1}) (L. 68/1999 art. 1 c.1)` });
  }
  if (!facts.unemployed) {
    failures.push({ rule: 'L68_ART8_UNEMPLOYED', message: 'Only unemployed people enrol in the lists (L. 68/1999 art. 8 c.1)' });
  }
  if (facts.list === 'DISABILITY') {
    if (!isDisabilityCategory(facts.category)) {
      failures.push({ rule: 'L68_LIST_CATEGORY', message: `${facts.category} is an art. 18 c.2 category: it enrols in the separate art. 18 list` });
    } else {
      failures.push(...disabilityThresholdFailures(facts.category, facts));
    }
  } else if (isDisabilityCategory(facts.category)) {
    failures.push({ rule: 'L68_LIST_CATEGORY', message: `${facts.category} is an art. 1 category: it enrols in the disability list` });
  }
  return { eligible: failures.length === 0, failures };
}

function disabilityThresholdFailures(category: DisabilityCategory, facts: EligibilityFacts): EligibilityFailure[] {
  const percent = facts.invalidityPercent;
  switch (category) {
    case 'CIVIL_INVALID':
      return percent != null && percent > 45 ? [] : [{ rule: 'L68_ART1_CIVIL_INVALID_OVER_45', message: `Civil invalids enrol with invalidity above 45% (L. 68/1999 art. 1 c.1 lett. a); given ${percent ?? 'none'}` }];
    case 'WORK_INVALID':
      return percent != null && percent > 33 ? [] : [{ rule: 'L68_ART1_WORK_INVALID_OVER_33', message: `Work invalids enrol with invalidity above 33% (L. 68/1999 art. 1 c.1 lett. b); given ${percent ?? 'none'}` }];
    case 'BLIND':
    case 'DEAF':
      return [];
    case 'WAR_INVALID':
    case 'CIVIL_WAR_INVALID':
    case 'SERVICE_INVALID': {
      const pension = facts.pensionCategory;
      return pension != null && Number.isInteger(pension) && pension >= 1 && pension <= 8
        ? []
        : [{ rule: 'L68_ART1_PENSION_CATEGORY_1_TO_8', message: `War and service invalids enrol with impairments in categories 1 to 8 (L. 68/1999 art. 1 c.1 lett. d); given ${pension ?? 'none'}` }];
    }
  }
}
