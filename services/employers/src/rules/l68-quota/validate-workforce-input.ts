import type {
  ContractKind,
  EmployerKind,
  SpecialRegime,
  WorkerDuties,
  ProtectedCategory,
  ProtectedStatusInput,
  SectorExclusion,
  WorkerInput,
  WorkforceInput,
} from './types.ts';
import { WorkforceInputError } from './workforce-input-error.ts';

/** SDL default of WorkerInput.fullTimeWeeklyHours; the collective agreement's full time usually differs. */
export const DEFAULT_FULL_TIME_WEEKLY_HOURS = 40;

const CONTRACT_KINDS: ReadonlySet<string> = new Set<ContractKind>([
  'PERMANENT',
  'FIXED_TERM',
  'APPRENTICE',
  'EXECUTIVE',
  'AGENCY',
  'COOPERATIVE_MEMBER',
  'HOMEWORKER',
  'ABROAD',
  'LSU',
  'INSERTION',
]);
const EMPLOYER_KINDS: ReadonlySet<string> = new Set<EmployerKind>(['PRIVATE', 'PUBLIC_ECONOMIC', 'PUBLIC']);
const SPECIAL_REGIMES: ReadonlySet<string> = new Set<SpecialRegime>([
  'PARTY_UNION_NON_PROFIT',
  'POLICE_CIVIL_PROTECTION_DEFENCE',
]);
const DUTIES: ReadonlySet<string> = new Set<WorkerDuties>(['ADMINISTRATIVE', 'TECHNICAL_EXECUTIVE', 'OTHER']);
/** L. 68/1999 art. 5 c.3-bis: "tasso di premio ai fini INAIL pari o superiore al 60 per mille". */
export const HIGH_RISK_INAIL_RATE_PER_THOUSAND = 60;

const PROTECTED_CATEGORIES: ReadonlySet<string> = new Set<ProtectedCategory>(['DISABLED', 'ART18']);
const SECTOR_EXCLUSIONS: ReadonlySet<string> = new Set<SectorExclusion>([
  'TRAVELLING_TRANSPORT',
  'CONSTRUCTION_SITE',
  'CABLEWAY',
]);

// Italian province codes (sigle automobilistiche) are two capital letters; the list itself changes with
// reforms (e.g. Sardinia 2016, 2025), so only the shape is checked here.
const PROVINCE_CODE = /^[A-Z]{2}$/;

export interface NormalizedProtectedStatus {
  readonly category: ProtectedCategory;
  readonly hiredUnderL68: boolean;
  readonly capacityReductionPercent: number | undefined;
  readonly psychicOrIntellectual: boolean;
  readonly disabledDuringEmployment: boolean;
  readonly employerSafetyBreach: boolean;
  readonly pensionCategory: number | undefined;
}

/** A worker row with defaults applied and the province resolved; everything downstream trusts it. */
export interface NormalizedWorker {
  /** Position in `workers`, for error paths and traceability. */
  readonly index: number;
  readonly count: number;
  readonly contract: ContractKind;
  readonly termMonths: number | undefined;
  /** AGENCY only: the mission's length in months, when stated. */
  readonly missionMonths: number | undefined;
  /** Share of full time in (0, 1]; 1 for full-timers. */
  readonly hoursShare: number;
  readonly weeklyHours: number;
  readonly fullTimeWeeklyHours: number;
  readonly isPartTime: boolean;
  readonly province: string;
  readonly protected: NormalizedProtectedStatus | undefined;
  readonly sectorExclusion: SectorExclusion | undefined;
  /** The employer's special regime (art. 3 c.3-4), copied on every row, and what this worker does under it. */
  readonly specialRegime: SpecialRegime | undefined;
  readonly duties: WorkerDuties | undefined;
  /** Art. 5 c.3-bis: the row is under the self-certified exemption (rate of 60 per thousand or more). */
  readonly highRiskExempt: boolean;
}

export interface NormalizedWorkforce {
  readonly registeredOfficeProvince: string | undefined;
  readonly employerKind: EmployerKind;
  readonly offsetAuthorised: boolean;
  readonly workers: readonly NormalizedWorker[];
}

const isAbsent = (value: unknown): value is null | undefined => value === null || value === undefined;

function checkProvince(value: unknown, field: string): string {
  if (typeof value !== 'string' || !PROVINCE_CODE.test(value)) {
    throw new WorkforceInputError(
      field,
      `${field} must be a 2-letter upper-case province code (e.g. 'MI'), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function checkPositiveInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new WorkforceInputError(field, `${field} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

function checkPositiveFinite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new WorkforceInputError(field, `${field} must be a number above 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optionalBoolean(value: unknown, field: string): boolean {
  if (isAbsent(value)) return false;
  if (typeof value !== 'boolean')
    throw new WorkforceInputError(field, `${field} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

function normalizeProtected(status: ProtectedStatusInput, path: string): NormalizedProtectedStatus {
  if (!PROTECTED_CATEGORIES.has(status.category)) {
    throw new WorkforceInputError(
      `${path}.category`,
      `${path}.category must be DISABLED or ART18, got ${JSON.stringify(status.category)}`,
    );
  }
  if (typeof status.hiredUnderL68 !== 'boolean') {
    throw new WorkforceInputError(`${path}.hiredUnderL68`, `${path}.hiredUnderL68 is required and must be a boolean`);
  }
  let capacityReductionPercent: number | undefined;
  if (!isAbsent(status.capacityReductionPercent)) {
    const value: unknown = status.capacityReductionPercent;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
      throw new WorkforceInputError(
        `${path}.capacityReductionPercent`,
        `${path}.capacityReductionPercent must be an integer between 0 and 100, got ${JSON.stringify(value)}`,
      );
    }
    capacityReductionPercent = value;
  }
  let pensionCategory: number | undefined;
  if (!isAbsent(status.pensionCategory)) {
    const value: unknown = status.pensionCategory;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 8) {
      throw new WorkforceInputError(
        `${path}.pensionCategory`,
        `${path}.pensionCategory must be an integer from 1 to 8, got ${JSON.stringify(value)}`,
      );
    }
    if (status.category !== 'DISABLED') {
      throw new WorkforceInputError(
        `${path}.pensionCategory`,
        `${path}.pensionCategory is for war, service or labour invalids (category DISABLED)`,
      );
    }
    pensionCategory = value;
  }
  return {
    pensionCategory,
    category: status.category,
    hiredUnderL68: status.hiredUnderL68,
    capacityReductionPercent,
    psychicOrIntellectual: optionalBoolean(status.psychicOrIntellectual, `${path}.psychicOrIntellectual`),
    disabledDuringEmployment: optionalBoolean(status.disabledDuringEmployment, `${path}.disabledDuringEmployment`),
    employerSafetyBreach: optionalBoolean(status.employerSafetyBreach, `${path}.employerSafetyBreach`),
  };
}

interface Regime {
  readonly specialRegime: SpecialRegime | undefined;
  readonly highRiskSelfCertified: boolean;
}

function normalizeWorker(
  worker: WorkerInput,
  index: number,
  registeredOfficeProvince: string | undefined,
  regime: Regime,
): NormalizedWorker {
  const path = `workers[${index}]`;
  if (!CONTRACT_KINDS.has(worker.contract)) {
    throw new WorkforceInputError(
      `${path}.contract`,
      `${path}.contract is not a known contract kind: ${JSON.stringify(worker.contract)}`,
    );
  }
  // GraphQL passes an explicit null past the SDL default, so null means "use the default" here too.
  const count = isAbsent(worker.count) ? 1 : checkPositiveInteger(worker.count, `${path}.count`);

  let termMonths: number | undefined;
  if (worker.contract === 'FIXED_TERM') {
    if (isAbsent(worker.termMonths)) {
      throw new WorkforceInputError(
        `${path}.termMonths`,
        `${path}.termMonths is required for FIXED_TERM contracts (the 6-month exclusion depends on it)`,
      );
    }
    termMonths = checkPositiveInteger(worker.termMonths, `${path}.termMonths`);
  } else if (!isAbsent(worker.termMonths)) {
    throw new WorkforceInputError(
      `${path}.termMonths`,
      `${path}.termMonths applies to FIXED_TERM contracts only, not ${worker.contract}`,
    );
  }

  let missionMonths: number | undefined;
  if (!isAbsent(worker.missionMonths)) {
    if (worker.contract !== 'AGENCY') {
      throw new WorkforceInputError(
        `${path}.missionMonths`,
        `${path}.missionMonths applies to AGENCY workers only, not ${worker.contract}`,
      );
    }
    missionMonths = checkPositiveInteger(worker.missionMonths, `${path}.missionMonths`);
  }

  const fullTimeWeeklyHours = isAbsent(worker.fullTimeWeeklyHours)
    ? DEFAULT_FULL_TIME_WEEKLY_HOURS
    : checkPositiveFinite(worker.fullTimeWeeklyHours, `${path}.fullTimeWeeklyHours`);
  let weeklyHours = fullTimeWeeklyHours;
  if (!isAbsent(worker.weeklyHours)) {
    weeklyHours = checkPositiveFinite(worker.weeklyHours, `${path}.weeklyHours`);
    if (weeklyHours > fullTimeWeeklyHours) {
      throw new WorkforceInputError(
        `${path}.weeklyHours`,
        `${path}.weeklyHours (${weeklyHours}) cannot exceed fullTimeWeeklyHours (${fullTimeWeeklyHours})`,
      );
    }
  }

  let province: string;
  if (!isAbsent(worker.province)) {
    province = checkProvince(worker.province, `${path}.province`);
  } else if (registeredOfficeProvince !== undefined) {
    province = registeredOfficeProvince;
  } else {
    throw new WorkforceInputError(
      `${path}.province`,
      `${path}.province is required when registeredOfficeProvince is not given`,
    );
  }

  let sectorExclusion: SectorExclusion | undefined;
  if (!isAbsent(worker.sectorExclusion)) {
    if (!SECTOR_EXCLUSIONS.has(worker.sectorExclusion)) {
      throw new WorkforceInputError(
        `${path}.sectorExclusion`,
        `${path}.sectorExclusion is not a known sector exclusion: ${JSON.stringify(worker.sectorExclusion)}`,
      );
    }
    sectorExclusion = worker.sectorExclusion;
  }

  let duties: WorkerDuties | undefined;
  if (!isAbsent(worker.duties)) {
    if (!DUTIES.has(worker.duties))
      throw new WorkforceInputError(
        `${path}.duties`,
        `${path}.duties must be ADMINISTRATIVE, TECHNICAL_EXECUTIVE or OTHER`,
      );
    duties = worker.duties;
  } else if (regime.specialRegime !== undefined) {
    throw new WorkforceInputError(
      `${path}.duties`,
      `${path}.duties is required under the special regime ${regime.specialRegime} (L. 68/1999 art. 3 c.3-4 count only some staff)`,
    );
  }
  let inailRate: number | undefined;
  if (!isAbsent(worker.inailRatePerThousand)) {
    const value: unknown = worker.inailRatePerThousand;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1000) {
      throw new WorkforceInputError(
        `${path}.inailRatePerThousand`,
        `${path}.inailRatePerThousand must be a number from 0 to 1000, got ${JSON.stringify(value)}`,
      );
    }
    inailRate = value;
  }

  return {
    specialRegime: regime.specialRegime,
    duties,
    highRiskExempt:
      regime.highRiskSelfCertified && inailRate !== undefined && inailRate >= HIGH_RISK_INAIL_RATE_PER_THOUSAND,
    index,
    count,
    contract: worker.contract,
    termMonths,
    missionMonths,
    hoursShare: weeklyHours / fullTimeWeeklyHours,
    weeklyHours,
    fullTimeWeeklyHours,
    isPartTime: weeklyHours < fullTimeWeeklyHours,
    province,
    protected: isAbsent(worker.protected) ? undefined : normalizeProtected(worker.protected, `${path}.protected`),
    sectorExclusion,
  };
}

/** Checks the input and applies the SDL defaults; throws WorkforceInputError on the first bad field. */
export function validateWorkforceInput(input: WorkforceInput): NormalizedWorkforce {
  const registeredOfficeProvince = isAbsent(input.registeredOfficeProvince)
    ? undefined
    : checkProvince(input.registeredOfficeProvince, 'registeredOfficeProvince');
  if (!Array.isArray(input.workers)) {
    throw new WorkforceInputError('workers', 'workers must be a list');
  }
  if (!isAbsent(input.employerKind) && !EMPLOYER_KINDS.has(input.employerKind)) {
    throw new WorkforceInputError(
      'employerKind',
      `employerKind must be PRIVATE, PUBLIC_ECONOMIC or PUBLIC, got ${JSON.stringify(input.employerKind)}`,
    );
  }
  const employerKind = input.employerKind ?? 'PRIVATE';
  const offsetAuthorised = optionalBoolean(input.offsetAuthorised, 'offsetAuthorised');
  if (offsetAuthorised && employerKind !== 'PUBLIC') {
    throw new WorkforceInputError(
      'offsetAuthorised',
      'offsetAuthorised is for public employers: private ones and public economic bodies offset automatically (art. 5 c.8)',
    );
  }
  if (!isAbsent(input.specialRegime) && !SPECIAL_REGIMES.has(input.specialRegime)) {
    throw new WorkforceInputError(
      'specialRegime',
      `specialRegime must be PARTY_UNION_NON_PROFIT or POLICE_CIVIL_PROTECTION_DEFENCE, got ${JSON.stringify(input.specialRegime)}`,
    );
  }
  const regime: Regime = {
    specialRegime: input.specialRegime ?? undefined,
    highRiskSelfCertified: optionalBoolean(input.highRiskSelfCertified, 'highRiskSelfCertified'),
  };
  const workers = input.workers.map((worker, index) =>
    normalizeWorker(worker, index, registeredOfficeProvince, regime),
  );
  return { registeredOfficeProvince, employerKind, offsetAuthorised, workers };
}
