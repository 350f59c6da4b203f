/**
 * Plain TypeScript mirror of the published GraphQL contract for the L. 68/1999 quota calculator.
 * The names are part of the contract: the GraphQL layer maps its inputs and outputs 1:1 onto these.
 * Optional input fields accept both `undefined` (field omitted) and `null` (explicit GraphQL null);
 * defaults then apply as in the SDL (count = 1, fullTimeWeeklyHours = 40, psychicOrIntellectual = false, ...).
 */

export type ContractKind =
  | 'PERMANENT'
  | 'FIXED_TERM'
  | 'APPRENTICE'
  | 'EXECUTIVE'
  | 'AGENCY'
  | 'COOPERATIVE_MEMBER'
  | 'HOMEWORKER'
  | 'ABROAD'
  | 'LSU'
  | 'INSERTION';

export type ProtectedCategory = 'DISABLED' | 'ART18';

/** L. 68/1999 art. 5 c.2: staff that sector rules take out of the base. */
export type SectorExclusion = 'TRAVELLING_TRANSPORT' | 'CONSTRUCTION_SITE' | 'CABLEWAY';

/** Art. 5 c.3, c.8 and art. 15: private employers and public economic bodies are treated alike; public ones not. */
export type EmployerKind = 'PRIVATE' | 'PUBLIC_ECONOMIC' | 'PUBLIC';

/** L. 68/1999 art. 3 c.3 and c.4: employers whose quota is computed on part of the staff only. */
export type SpecialRegime =
  /** c.3: parties, unions, non-profits in social solidarity, assistance, rehabilitation: technical-executive and administrative staff. */
  | 'PARTY_UNION_NON_PROFIT'
  /** c.4: police, civil protection, national defence: administrative services only. */
  | 'POLICE_CIVIL_PROTECTION_DEFENCE';

/** What a worker does, for the special regimes of art. 3 c.3-4. */
export type WorkerDuties = 'ADMINISTRATIVE' | 'TECHNICAL_EXECUTIVE' | 'OTHER';

export interface WorkforceInput {
  /** Two-letter upper-case province code (e.g. 'MI'); receives the fixed units of the quotas. */
  readonly registeredOfficeProvince?: string | null;
  /** Default PRIVATE. A PUBLIC employer offsets provinces only when authorised (art. 5 c.8-bis). */
  readonly employerKind?: EmployerKind | null;
  /** PUBLIC only: the authorisation to offset a surplus in one province against a shortfall in another. */
  readonly offsetAuthorised?: boolean | null;
  readonly specialRegime?: SpecialRegime | null;
  /** Art. 5 c.3-bis: the employer self-certifies the exemption for staff at an INAIL rate of 60 per thousand or more. */
  readonly highRiskSelfCertified?: boolean | null;
  readonly workers: readonly WorkerInput[];
}

export interface WorkerInput {
  /** Identical workers described by this row; default 1. */
  readonly count?: number | null;
  readonly contract: ContractKind;
  /** FIXED_TERM only: length of the contract in months. */
  readonly termMonths?: number | null;
  /** AGENCY only: length of the mission at the user company in months (12 or more: a disabled worker covers). */
  readonly missionMonths?: number | null;
  /** null = full time. */
  readonly weeklyHours?: number | null;
  /** Default 40. */
  readonly fullTimeWeeklyHours?: number | null;
  /** null = province of the registered office. */
  readonly province?: string | null;
  /** null = not in a protected category. */
  readonly protected?: ProtectedStatusInput | null;
  /** (extension) null, or staff excluded from the base by sector rules. */
  readonly sectorExclusion?: SectorExclusion | null;
  /** Required under a special regime (art. 3 c.3-4): what the worker does. */
  readonly duties?: WorkerDuties | null;
  /** INAIL premium rate of the worker's activity, per thousand (art. 5 c.3-bis: 60 or more). */
  readonly inailRatePerThousand?: number | null;
}

export interface ProtectedStatusInput {
  readonly category: ProtectedCategory;
  readonly hiredUnderL68: boolean;
  readonly capacityReductionPercent?: number | null;
  /** Default false. */
  readonly psychicOrIntellectual?: boolean | null;
  /** Default false. */
  readonly disabledDuringEmployment?: boolean | null;
  /**
   * (extension) War, service or labour invalids: the category of the impairment (1 most severe to 8, tables of
   * DPR 915/1978); categories 1 to 6 cover the quota even when hired outside the lists (art. 4 c.3-bis).
   */
  readonly pensionCategory?: number | null;
  /**
   * (extension) Default false. L. 68/1999 art. 4 c.4 requires the breach to be ascertained by a court
   * ("accertato in sede giurisdizionale"): set it only on a judgment, not on an allegation.
   */
  readonly employerSafetyBreach?: boolean | null;
}

export interface L68Obligation {
  readonly computationBase: number;
  readonly disabledQuota: number;
  readonly art18Quota: number;
  readonly disabledCovered: number;
  readonly art18Covered: number;
  readonly disabledUncovered: number;
  readonly art18Uncovered: number;
  readonly excluded: readonly ExcludedWorkers[];
  readonly byProvince: readonly ProvinceObligation[];
  readonly explanation: readonly string[];
}

export interface ExcludedWorkers {
  /** Stable id, e.g. 'L68_ART4_C1_FIXED_TERM_6_MONTHS'. */
  readonly rule: string;
  readonly article: string;
  /** Heads (not full-time equivalents). */
  readonly count: number;
}

export interface ProvinceObligation {
  readonly province: string;
  readonly computationBase: number;
  readonly disabledQuota: number;
  readonly art18Quota: number;
  readonly disabledCovered: number;
  readonly art18Covered: number;
  readonly disabledUncovered: number;
  readonly art18Uncovered: number;
}
