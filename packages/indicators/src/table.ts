import { stringify } from 'csv-stringify/sync';
import { cellId, suppressLattice, withAbsentGroups, type LatticeCell, type Suppression } from './lattice.ts';
import { isPeriodOf, periodStart } from './periods.ts';
import { badInput } from '@reg/errors';
import { targetDimensionOf } from './lattice.ts';
import {
  targetDimensionOfRequest,
  type Granularity,
  type IndicatorRequest,
  type IndicatorScope,
  type TargetDimension,
} from './request.ts';

/** A lattice cell as a store computes it: the counts of people, and the family's measures by name. */
export interface MeasuredCell extends LatticeCell {
  measures: Readonly<Record<string, number | null>>;
}

export interface PublishedCell {
  period: string;
  province: string | null;
  providerKind: string | null;
  provider: string | null;
  serviceCode: string | null;
  /** The target dimension the cell is split by (SEX, AGE_BAND, ...), null when it counts all people. */
  targetDimension: string | null;
  /** The group within it (F, UNDER_30, YES, ...). */
  targetGroup: string | null;
  /** Null when suppressed. */
  people: number | null;
  suppressed: boolean;
  suppression: Suppression | null;
  /** In the family's order; every value null when suppressed. */
  measures: Array<{ name: string; value: number | null }>;
}

export interface PublishedFamily {
  name: string;
  definition: string;
  measureNames: string[];
  /** The target dimension asked, so the CSV carries its columns only then. */
  targetDimension: TargetDimension | null;
  cells: PublishedCell[];
}

/** A family as a subgraph declares it: what publishing needs besides the lattice. */
export interface FamilyDefinition {
  name: string;
  definition: string;
  measureNames: readonly string[];
  hasService: boolean;
  /** The target dimensions its rows carry; a request for another is refused (BAD_USER_INPUT). */
  targetDimensions?: readonly TargetDimension[];
}

/**
 * A cell's level: its target dimension, its period's granularity and which of its other dimensions are set (the rest
 * are totals). A request asks the cells of exactly one level (levelOfRequest).
 */
const levelOf = (
  target: string | null,
  granularity: Granularity | undefined,
  set: readonly [province: boolean, kind: boolean, provider: boolean, service: boolean],
) => `${target ?? ''}|${granularity ?? ''}|${set.map(Number).join('')}`;

const granularities: readonly Granularity[] = ['YEAR', 'QUARTER', 'MONTH'];

const levelOfCell = (cell: LatticeCell) =>
  levelOf(
    targetDimensionOf(cell.targetGroup),
    granularities.find((g) => isPeriodOf(g, cell.period)),
    [cell.province !== null, cell.providerKind !== null, cell.provider !== null, cell.serviceCode !== null],
  );

/** The level a request asks: a dimension grouped by is set, every other one is the total. */
function levelOfRequest(request: IndicatorRequest, hasService: boolean): string {
  const by = new Set(request.groupBy);
  return levelOf(targetDimensionOfRequest(request), request.granularity, [
    by.has('PROVINCE'),
    by.has('PROVIDER_KIND'),
    by.has('PROVIDER'),
    hasService && by.has('SERVICE'),
  ]);
}

/** What publishing needs of a lattice whatever the request: its cells in a stable order, and its suppression pattern. */
interface PreparedLattice {
  /** The lattice's cells and, when it is split, its absent group cells (0 people; withAbsentGroups). */
  ordered: readonly PreparedCell[];
  /**
   * The same cells by level (levelOfCell), each level in the same order: a warm answer reads the cells of its one
   * level instead of testing every cell of the lattice (a split one's tens of thousands, with its absent groups) on
   * every request: that test was most of a warm split answer.
   */
  levels: ReadonlyMap<string, readonly PreparedCell[]>;
  suppressed: Map<string, Suppression> | null;
}

interface PreparedCell {
  cell: MeasuredCell;
  id: string;
  start: string;
  absent: boolean;
}

/**
 * Memoised per lattice object: a snapshot's lattice is one object for as long as the snapshot lives, so its
 * suppression pattern (the whole-lattice decision, the costly part of a warm answer) and its order are decided once
 * per snapshot, not per request. Held weakly: a replaced snapshot takes its pattern with it.
 */
const prepared = new WeakMap<readonly MeasuredCell[], PreparedLattice>();

function prepare(lattice: readonly MeasuredCell[], suppress: boolean): PreparedLattice {
  let entry = prepared.get(lattice);
  if (!entry) {
    const absent = new Set<MeasuredCell>();
    const cells = withAbsentGroups(lattice, (k) => {
      const cell: MeasuredCell = { ...k, people: 0, personCounts: [0], measures: {} };
      absent.add(cell);
      return cell;
    });
    const ordered = cells
      .map((cell) => ({ cell, id: cellId(cell), start: periodStart(cell.period), absent: absent.has(cell) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const levels = new Map<string, PreparedCell[]>();
    for (const o of ordered) {
      const level = levelOfCell(o.cell);
      const cellsOfLevel = levels.get(level);
      if (cellsOfLevel) cellsOfLevel.push(o);
      else levels.set(level, [o]);
    }
    entry = { ordered, levels, suppressed: null };
    prepared.set(lattice, entry);
  }
  if (suppress && !entry.suppressed) entry.suppressed = patternOf(entry.ordered.map((o) => o.cell));
  return entry;
}

/**
 * The pattern of cells in cellId order (so that the same cells always get the same pattern, whatever order a
 * statement returned them in). A lattice with target-group cells is suppressed with its base cells pinned to the
 * pattern of those base cells alone (suppressLattice): exactly the pattern a lattice computed without the groups gets
 * on the same data, so an unsplit request can be answered from that cheaper lattice and agree with every split one.
 * A split lattice comes here with its absent group cells (prepare), which the pinned step may hide.
 */
function patternOf(cells: readonly MeasuredCell[]): Map<string, Suppression> {
  if (!cells.some((c) => c.targetGroup)) return suppressLattice(cells);
  return suppressLattice(cells, undefined, suppressLattice(cells.filter((c) => !c.targetGroup)));
}

/** The suppression pattern of a lattice, decided on its first use and kept as long as the lattice object lives. */
export const suppressionPattern = (lattice: readonly MeasuredCell[]): ReadonlyMap<string, Suppression> =>
  prepare(lattice, true).suppressed!;

/**
 * The cells of one measure family a caller gets: suppression decided on the whole lattice of the caller's scope
 * (when the scope calls for it), then the cells of the asked level, periods and filters, in a stable order.
 */
export function publishFamily(
  family: FamilyDefinition,
  lattice: readonly MeasuredCell[],
  request: IndicatorRequest,
  scope: IndicatorScope,
): PublishedFamily {
  const targetDimension = targetDimensionOfRequest(request);
  if (targetDimension) assertSplits(family, targetDimension);
  const { levels, suppressed } = prepare(lattice, scope.suppress);
  const cells = (levels.get(levelOfRequest(request, family.hasService)) ?? [])
    .filter(
      ({ cell: c, id, start, absent }) =>
        // An absent group (0 people) is listed only when hidden: omitted it tells 0, so hidden it must look hidden.
        (!absent || (scope.suppress && suppressed!.has(id))) &&
        start >= request.from &&
        start <= request.to &&
        (request.province === null || c.province === request.province) &&
        (request.provider === null || c.provider === request.provider),
    )
    .map(({ cell: c, id }): PublishedCell => {
      const suppression = (scope.suppress && suppressed?.get(id)) || null;
      return {
        period: c.period,
        province: c.province,
        providerKind: c.providerKind,
        provider: c.provider,
        serviceCode: c.serviceCode,
        targetDimension: targetDimensionOf(c.targetGroup),
        targetGroup: c.targetGroup ? c.targetGroup.slice(c.targetGroup.indexOf(':') + 1) : null,
        people: suppression ? null : c.people,
        suppressed: suppression !== null,
        suppression,
        measures: family.measureNames.map((name) => ({ name, value: suppression ? null : (c.measures[name] ?? null) })),
      };
    });
  return {
    name: family.name,
    definition: family.definition,
    measureNames: [...family.measureNames],
    targetDimension,
    cells,
  };
}

/**
 * Refuses a target dimension a family's rows do not carry: a family computed without it would answer its totals
 * under the label of a group. Checked before any lattice is loaded.
 */
export function assertSplits(family: FamilyDefinition, targetDimension: TargetDimension): void {
  if (family.targetDimensions?.includes(targetDimension)) return;
  const can = family.targetDimensions?.length ? `it splits by ${family.targetDimensions.join(', ')}` : 'it has none';
  throw badInput(
    'input.groupBy',
    `The ${family.name} indicators are not split by ${targetDimension} (${can}); ask that family without it`,
  );
}

/**
 * The same cells as CSV, suppression flags kept, a suppressed value an empty field; ';' separated like the
 * deliveries export, since the Region's office opens it in Italian-locale spreadsheets.
 */
export function familyCsv(family: PublishedFamily): string {
  const header = [
    'period',
    'province',
    'provider_kind',
    'provider',
    'service_code',
    ...(family.targetDimension ? ['target_dimension', 'target_group'] : []),
    'people',
    'suppressed',
    'suppression',
    ...family.measureNames,
  ];
  const rows = family.cells.map((c) => [
    c.period,
    c.province ?? '',
    c.providerKind ?? '',
    c.provider ?? '',
    c.serviceCode ?? '',
    ...(family.targetDimension ? [c.targetDimension ?? '', c.targetGroup ?? ''] : []),
    c.people ?? '',
    c.suppressed ? 'true' : 'false',
    c.suppression ?? '',
    ...c.measures.map((m) => m.value ?? ''),
  ]);
  return stringify([header, ...rows], { delimiter: ';' });
}
