export type {
  ContractKind,
  ExcludedWorkers,
  L68Obligation,
  ProtectedCategory,
  ProtectedStatusInput,
  ProvinceObligation,
  SectorExclusion,
  WorkerInput,
  WorkforceInput,
} from './types.ts';
export { computeL68Obligation } from './compute-l68-obligation.ts';
export { WorkforceInputError } from './workforce-input-error.ts';
export { EXCLUSION_RULES } from './exclusion-rules.ts';
export type { ExclusionRule, ExclusionRuleKey } from './exclusion-rules.ts';
export {
  FLOAT_TOLERANCE,
  ceilWholePositions,
  describeRounding,
  percentageOf,
  roundFractionAboveHalf,
  roundPartTimeBase,
  roundPercentageQuota,
  roundingOutcome,
} from './rounding.ts';
export type { RoundingOutcome } from './rounding.ts';
