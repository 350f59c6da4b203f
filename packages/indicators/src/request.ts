import { hasScope, type Identity } from '@reg/auth';
import { badInput, forbidden } from '@reg/errors';

export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';
/** The target groups of the national monitoring (DOMAIN.md "Monitoring"), one of them at a time. */
export const TARGET_DIMENSIONS = ['SEX', 'AGE_BAND', 'LONG_TERM_UNEMPLOYED', 'DISABILITY'] as const;
export type TargetDimension = (typeof TARGET_DIMENSIONS)[number];
export type Dimension = 'PROVINCE' | 'PROVIDER_KIND' | 'PROVIDER' | 'SERVICE' | TargetDimension;

export const isTargetDimension = (d: string): d is TargetDimension =>
  (TARGET_DIMENSIONS as readonly string[]).includes(d);

/** The target dimension a request splits by, if any. */
export const targetDimensionOfRequest = (r: Pick<IndicatorRequest, 'groupBy'>): TargetDimension | null =>
  r.groupBy.find(isTargetDimension) ?? null;

/** What a caller asks: periods starting within [from, to], at one granularity, grouped by some dimensions. */
export interface IndicatorRequest {
  from: string;
  to: string;
  granularity: Granularity;
  groupBy: readonly Dimension[];
  province: string | null;
  provider: string | null;
}

/** Ten years of months is 120 columns of a dashboard; beyond that the lattice only costs. */
export const MAX_YEARS = 10;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** Checks the request and completes its grouping: a filter on a province or provider groups by it. */
export function normaliseRequest(input: {
  from: string;
  to: string;
  granularity: Granularity;
  groupBy?: readonly Dimension[] | null;
  province?: string | null;
  provider?: string | null;
}): IndicatorRequest {
  if (!isDate(input.from)) throw badInput('input.from', 'from must be a date YYYY-MM-DD');
  if (!isDate(input.to)) throw badInput('input.to', 'to must be a date YYYY-MM-DD');
  if (input.from > input.to) throw badInput('input.to', 'to must not be before from');
  if (Number(input.to.slice(0, 4)) - Number(input.from.slice(0, 4)) >= MAX_YEARS)
    throw badInput('input.to', `at most ${MAX_YEARS} calendar years at a time`);
  const groupBy = new Set(input.groupBy ?? []);
  // Each target dimension is a margin of its own (crossing them would multiply the lattice and its small cells).
  if ([...groupBy].filter(isTargetDimension).length > 1)
    throw badInput('input.groupBy', `Group by one target dimension at a time (${TARGET_DIMENSIONS.join(', ')})`);
  const province = input.province?.trim().toUpperCase() || null;
  const provider = input.provider?.trim() || null;
  if (province) groupBy.add('PROVINCE');
  if (provider) groupBy.add('PROVIDER');
  if (groupBy.has('PROVIDER')) groupBy.add('PROVIDER_KIND');
  const order: Dimension[] = ['PROVINCE', 'PROVIDER_KIND', 'PROVIDER', 'SERVICE', ...TARGET_DIMENSIONS];
  return {
    from: input.from,
    to: input.to,
    granularity: input.granularity,
    groupBy: order.filter((d) => groupBy.has(d)),
    province,
    provider,
  };
}

/** The table's key in the graph: the request itself, so every subgraph answering a part of it reads the same one. */
export const requestKey = (r: IndicatorRequest) => Buffer.from(JSON.stringify(r)).toString('base64url');

export function requestFromKey(key: string): IndicatorRequest {
  try {
    return normaliseRequest(JSON.parse(Buffer.from(key, 'base64url').toString('utf8')));
  } catch (error) {
    if (error instanceof SyntaxError) throw badInput('id', 'Not an indicator table id');
    throw error;
  }
}

/**
 * Which rows a caller's indicators are computed over (DESIGN.md "Identity and access"), and whether small cells
 * are suppressed. A CPI reads its province and an accredited body its own provider without suppression: those
 * are people they may already see by name. The Region (scope indicators:read) sees the whole region as
 * aggregates only, suppressed.
 * Anybody else is refused.
 */
export interface IndicatorScope {
  province: string | null;
  provider: string | null;
  suppress: boolean;
}

/** The years a lattice covers and the rows a caller's scope allows: what a subgraph's indicator store computes over. */
export interface LatticeInput {
  from: string;
  to: string;
  scope: IndicatorScope;
  /**
   * The lattice carries the target-group cells too (a request split by a target dimension); without them it is the
   * base lattice, cheaper, and suppressed to the same pattern on its cells (table.ts).
   */
  withTargets?: boolean;
  /**
   * With withTargets, the one target dimension whose group cells the lattice carries (a request splits by one at a
   * time); absent, every dimension's. Each dimension is suppressed on its own under the pinned base cells
   * (suppressLattice), so a lattice of one dimension gets exactly the pattern the lattice of all gives its cells, at
   * a fraction of the rows and cells.
   */
  targetDimension?: TargetDimension | null;
}

export function indicatorScope(identity: Identity): IndicatorScope {
  switch (identity.orgKind) {
    case 'region':
      // The Region's monitoring office; its data protection officer (audit:read only) does not read statistics.
      if (!hasScope(identity, 'indicators:read')) throw forbidden('Indicators need the scope indicators:read');
      return { province: null, provider: null, suppress: true };
    case 'cpi':
      if (!identity.province) throw forbidden('A CPI operator without a province reads no indicators');
      return { province: identity.province, provider: null, suppress: false };
    case 'accredited':
      if (!identity.organisation) throw forbidden('An accredited body without an organisation reads no indicators');
      return { province: null, provider: identity.organisation, suppress: false };
    default:
      throw forbidden('Indicators are for the Region, CPI offices and accredited bodies');
  }
}

/**
 * A person's groups on a day as the lattice keys them (`SEX:F`, `AGE_BAND:UNDER_30`, `LONG_TERM_UNEMPLOYED:YES`,
 * `DISABILITY:NO`), one per target dimension: the people subgraph decides the groups (its target-group rules), every
 * family that splits by them keys its rows so.
 */
export function targetGroupKeys(groups: {
  sex: string;
  ageBand: string;
  longTermUnemployed: boolean;
  disabled: boolean;
}): string[] {
  return [
    `SEX:${groups.sex}`,
    `AGE_BAND:${groups.ageBand}`,
    `LONG_TERM_UNEMPLOYED:${groups.longTermUnemployed ? 'YES' : 'NO'}`,
    `DISABILITY:${groups.disabled ? 'YES' : 'NO'}`,
  ];
}

/** The group of a row whose person's groups were never recorded (reported before they were): one per dimension. */
export const NOT_RECORDED = 'NOT_RECORDED';
export const notRecordedKeys = (): string[] => TARGET_DIMENSIONS.map((d) => `${d}:${NOT_RECORDED}`);
