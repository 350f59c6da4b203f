import { quotaCoverage } from './coverage.ts';
import type { ExclusionRuleKey } from './exclusion-rules.ts';
import { EXCLUSION_RULE_ORDER, EXCLUSION_RULES } from './exclusion-rules.ts';
import { formatUnits } from './explanation-format.ts';
import { describeRounding, roundingOutcome, roundPartTimeBase } from './rounding.ts';
import type { ContractKind, ExcludedWorkers, SectorExclusion } from './types.ts';
import type { NormalizedWorker } from './validate-workforce-input.ts';

/** L. 68/1999 art. 4 c.1: fixed-term contracts "di durata fino a sei mesi" are out; 7 months and more are in. */
export const FIXED_TERM_EXCLUDED_UP_TO_MONTHS = 6;

export type BaseClassification =
  | { readonly kind: 'COUNTED' }
  | { readonly kind: 'EXCLUDED'; readonly ruleKey: ExclusionRuleKey };

const CONTRACT_EXCLUSIONS: Partial<Record<ContractKind, ExclusionRuleKey>> = {
  EXECUTIVE: 'EXECUTIVE',
  APPRENTICE: 'APPRENTICE',
  INSERTION: 'INSERTION_CONTRACT',
  AGENCY: 'AGENCY_WORKER',
  COOPERATIVE_MEMBER: 'COOPERATIVE_MEMBER',
  HOMEWORKER: 'HOMEWORKER',
  ABROAD: 'WORK_ABROAD',
  LSU: 'LSU',
};

const SECTOR_EXCLUSIONS: Record<SectorExclusion, ExclusionRuleKey> = {
  TRAVELLING_TRANSPORT: 'TRAVELLING_TRANSPORT',
  CONSTRUCTION_SITE: 'CONSTRUCTION_SITE',
  CABLEWAY: 'CABLEWAY',
};

/**
 * Whether a worker enters the computation base, and if not, the one rule that keeps them out.
 * A worker matching several rules is reported once, under the first in this order: counting toward a quota
 * (art. 4 c.1, c.3-bis, c.4) first, because it also decides coverage; then the contract; then the sector.
 */
export function classifyForBase(worker: NormalizedWorker): BaseClassification {
  const coverage = quotaCoverage(worker);
  if (coverage?.covers === true) return { kind: 'EXCLUDED', ruleKey: coverage.ruleKey };
  // Art. 3 c.3-4: under a special regime only some staff make the base; the others are out whatever their contract.
  if (worker.specialRegime === 'PARTY_UNION_NON_PROFIT' && worker.duties === 'OTHER')
    return { kind: 'EXCLUDED', ruleKey: 'SPECIAL_REGIME_ART3_C3' };
  if (worker.specialRegime === 'POLICE_CIVIL_PROTECTION_DEFENCE' && worker.duties !== 'ADMINISTRATIVE')
    return { kind: 'EXCLUDED', ruleKey: 'SPECIAL_REGIME_ART3_C4' };
  if (worker.highRiskExempt) return { kind: 'EXCLUDED', ruleKey: 'HIGH_RISK_SELF_CERTIFIED' };
  if (
    worker.contract === 'FIXED_TERM' &&
    worker.termMonths !== undefined &&
    worker.termMonths <= FIXED_TERM_EXCLUDED_UP_TO_MONTHS
  ) {
    return { kind: 'EXCLUDED', ruleKey: 'FIXED_TERM_6_MONTHS' };
  }
  const byContract = CONTRACT_EXCLUSIONS[worker.contract];
  if (byContract !== undefined) return { kind: 'EXCLUDED', ruleKey: byContract };
  if (worker.sectorExclusion !== undefined)
    return { kind: 'EXCLUDED', ruleKey: SECTOR_EXCLUSIONS[worker.sectorExclusion] };
  return { kind: 'COUNTED' };
}

/** Counted workers of one scope (national or a province), before and after the part-time rounding. */
export interface BaseTally {
  readonly fullTimeHeads: number;
  readonly partTimeHeads: number;
  /** Summed hour fractions of the part-timers (D.Lgs. 81/2015 art. 9). */
  readonly partTimeUnits: number;
  /** fullTimeHeads + partTimeUnits, unrounded. */
  readonly unrounded: number;
  /** The computation base: `unrounded` rounded up only for a fraction above 0.50. */
  readonly base: number;
}

export interface ComputationBase {
  readonly national: BaseTally;
  /** Every province where a worker sits (counted or not), in first-seen order. */
  readonly byProvince: ReadonlyMap<string, BaseTally>;
  readonly excluded: readonly ExcludedWorkers[];
  readonly explanation: readonly string[];
}

interface MutableTally {
  fullTimeHeads: number;
  partTimeHeads: number;
  partTimeUnits: number;
}

const emptyTally = (): MutableTally => ({ fullTimeHeads: 0, partTimeHeads: 0, partTimeUnits: 0 });

function addToTally(tally: MutableTally, worker: NormalizedWorker): void {
  if (worker.isPartTime) {
    tally.partTimeHeads += worker.count;
    tally.partTimeUnits += worker.count * worker.hoursShare;
  } else {
    tally.fullTimeHeads += worker.count;
  }
}

function closeTally(tally: MutableTally): BaseTally {
  const unrounded = tally.fullTimeHeads + tally.partTimeUnits;
  return { ...tally, unrounded, base: roundPartTimeBase(unrounded) };
}

/** One sentence describing how a tally became a base; `scope` is '' (national) or 'province MI '. */
export function describeBaseTally(tally: BaseTally, scope: string): string {
  if (tally.partTimeHeads === 0) {
    return `L. 68/1999 art. 4 c.1: ${scope}computation base = ${tally.fullTimeHeads} counted full-time employee(s)`;
  }
  return (
    `D.Lgs. 81/2015 art. 9: ${scope}${tally.fullTimeHeads} full-time + ${tally.partTimeHeads} part-timer(s) worth ` +
    `${formatUnits(tally.partTimeUnits)} full-time units = ${formatUnits(tally.unrounded)} -> ${tally.base}` +
    describeRounding(roundingOutcome(tally.unrounded))
  );
}

/**
 * The computation base N (national) and each province's base. Each province's part-time share is rounded on its
 * own, because D.Lgs. 81/2015 art. 9 applies to every headcount a rule depends on and the provincial 7%/1% is one;
 * the provincial bases may therefore not add up exactly to N (two provinces at x.6 give 2 units, N gets 1).
 */
export function computeComputationBase(workers: readonly NormalizedWorker[]): ComputationBase {
  const national = emptyTally();
  const provinces = new Map<string, MutableTally>();
  const excludedHeads = new Map<ExclusionRuleKey, number>();

  for (const worker of workers) {
    const province = provinces.get(worker.province) ?? emptyTally();
    provinces.set(worker.province, province);
    const classification = classifyForBase(worker);
    if (classification.kind === 'EXCLUDED') {
      excludedHeads.set(classification.ruleKey, (excludedHeads.get(classification.ruleKey) ?? 0) + worker.count);
      continue;
    }
    addToTally(national, worker);
    addToTally(province, worker);
  }

  const excluded: ExcludedWorkers[] = [];
  const explanation: string[] = [];
  for (const key of EXCLUSION_RULE_ORDER) {
    const count = excludedHeads.get(key);
    if (count === undefined) continue;
    const { rule, article, description } = EXCLUSION_RULES[key];
    excluded.push({ rule, article, count });
    explanation.push(`${article}: excluded from the computation base: ${count} ${description}`);
  }

  const nationalTally = closeTally(national);
  const byProvince = new Map([...provinces].map(([code, tally]) => [code, closeTally(tally)] as const));
  explanation.push(describeBaseTally(nationalTally, ''));
  if (byProvince.size > 1) {
    for (const [code, tally] of byProvince) explanation.push(describeBaseTally(tally, `province ${code} `));
  }
  return { national: nationalTally, byProvince, excluded, explanation };
}
