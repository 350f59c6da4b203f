import { stringify } from 'csv-stringify/sync';
import { cellId, suppressLattice, withAbsentGroups, type LatticeCell, type Suppression } from './lattice.ts';
import { isPeriodOf, periodStart } from './periods.ts';
import { badInput } from '@reg/errors';
import { targetDimensionOf } from './lattice.ts';
import {
  targetDimensionOfRequest,
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
 * Whether a cell is at the level the request asks: a dimension grouped by is set, every other one is the total. Built
 * once per request: a warm answer tests every cell of the lattice (a split one's tens of thousands) against it.
 */
function atRequestedLevel(request: IndicatorRequest, hasService: boolean): (cell: LatticeCell) => boolean {
  const by = new Set(request.groupBy);
  const target = targetDimensionOfRequest(request);
  const [province, kind, provider, service] = [
    by.has('PROVINCE'),
    by.has('PROVIDER_KIND'),
    by.has('PROVIDER'),
    hasService && by.has('SERVICE'),
  ];
  return (cell) =>
    targetDimensionOf(cell.targetGroup) === target &&
    isPeriodOf(request.granularity, cell.period) &&
    (cell.province !== null) === province &&
    (cell.providerKind !== null) === kind &&
    (cell.provider !== null) === provider &&
    (cell.serviceCode !== null) === service;
}

/** What publishing needs of a lattice whatever the request: its cells in a stable order, and its suppression pattern. */
interface PreparedLattice {
  /** The lattice's cells and, when it is split, its absent group cells (0 people; withAbsentGroups). */
  ordered: ReadonlyArray<{ cell: MeasuredCell; id: string; start: string; absent: boolean }>;
  suppressed: Map<string, Suppression> | null;
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
    entry = { ordered, suppressed: null };
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
  const { ordered, suppressed } = prepare(lattice, scope.suppress);
  const atLevel = atRequestedLevel(request, family.hasService);
  const cells = ordered
    .filter(
      ({ cell: c, id, start, absent }) =>
        // An absent group (0 people) is listed only when hidden: omitted it tells 0, so hidden it must look hidden.
        (!absent || (scope.suppress && suppressed!.has(id))) &&
        atLevel(c) &&
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
