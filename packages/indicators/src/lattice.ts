/**
 * Statistical disclosure control of indicator tables (DOMAIN.md "Monitoring"): cells counting fewer than 5 people
 * are suppressed (the SISTAN minimum is 3; 5 applies to health-related data, and every person here is on the
 * L. 68/1999 lists), and tables must not be combinable to reveal a suppressed cell.
 *
 * The suppression pattern is decided once on the canonical lattice of a measure family — every period level
 * (year, quarter, month) crossed with every level of every other dimension (all provinces / one province, all
 * providers / one kind / one provider, all services / one service) — over whole calendar years. Whatever
 * grouping, period or filter a caller then asks, the cells shown are a subset of this one pattern, so two answers
 * can never be subtracted to recover a cell one of them hides.
 */

/** Threshold for health-related data (DOMAIN.md "Monitoring"; SISTAN ethics rules set 3 for other data). */
export const SUPPRESSION_THRESHOLD = 5;

/** A coordinate of the lattice; null on a dimension means "all" (its margin). */
export interface CellKey {
  /** YYYY, YYYY-Qn or YYYY-MM (Europe/Rome calendar dates). */
  period: string;
  province: string | null;
  providerKind: string | null;
  provider: string | null;
  serviceCode: string | null;
  /**
   * A target group of the person (DOMAIN.md "Monitoring": women, under 30, over 55, long-term unemployed,
   * disabled) as `DIMENSION:VALUE` (`SEX:F`, `AGE_BAND:UNDER_30`); null or absent is all people. The values of
   * one dimension partition its parent, and each dimension is a separate margin of the same total: a table is
   * split by one target dimension at a time.
   */
  targetGroup?: string | null;
}

export interface LatticeCell extends CellKey {
  /** Distinct people the cell is about: the count the cell's margins add up. */
  people: number;
  /**
   * Every count of people the cell publishes (the people above, numerators of rates, people behind a median):
   * the cell is primarily suppressed when any of them is between 1 and the threshold less one.
   */
  personCounts: readonly number[];
}

export type Suppression = 'PRIMARY' | 'COMPLEMENTARY';

/** A cell without a target group keeps the id it had before the dimension existed. */
export const cellId = (k: CellKey) =>
  JSON.stringify(
    k.targetGroup
      ? [k.period, k.province, k.providerKind, k.provider, k.serviceCode, k.targetGroup]
      : [k.period, k.province, k.providerKind, k.provider, k.serviceCode],
  );

/** The target dimension of a target group key (`SEX` of `SEX:F`); null for all people. */
export const targetDimensionOf = (targetGroup: string | null | undefined): string | null =>
  targetGroup ? targetGroup.slice(0, targetGroup.indexOf(':')) : null;

/** A count of 0 says nobody and is published: only 1 to threshold-1 people single out someone. */
export const isSmallCount = (n: number, threshold = SUPPRESSION_THRESHOLD) => n > 0 && n < threshold;

/** The one-level-coarser cells a cell adds up to, one per dimension on which it is not already the total. */
export function parentsOf(k: CellKey): CellKey[] {
  const parents: CellKey[] = [];
  const month = /^(\d{4})-(\d{2})$/.exec(k.period);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(k.period);
  if (month) parents.push({ ...k, period: `${month[1]}-Q${Math.ceil(Number(month[2]) / 3)}` });
  else if (quarter) parents.push({ ...k, period: quarter[1]! });
  if (k.province !== null) parents.push({ ...k, province: null });
  if (k.provider !== null) parents.push({ ...k, provider: null });
  else if (k.providerKind !== null) parents.push({ ...k, providerKind: null });
  if (k.serviceCode !== null) parents.push({ ...k, serviceCode: null });
  if (k.targetGroup) parents.push({ ...k, targetGroup: null });
  return parents;
}

/**
 * The group cells of 0 people a split lattice lacks: for every base cell, every value of every target dimension the
 * lattice carries (the values seen on its group cells, NOT_RECORDED included where it occurs), people 0. Stores omit
 * them, but in a split answer an absent group would tell the reader "0 people", so a total pinned published by the
 * unsplit answer could never be protected when all its other groups are pinned: the reader rebuilds a hidden group
 * from the total and the absent ones. Materialised, a 0-people group cell may be hidden as a complement (and is then
 * listed as suppressed, not omitted), so the reader cannot tell 0 from hidden. Unsplit lattices get nothing.
 */
export function withAbsentGroups<C extends LatticeCell>(cells: readonly C[], absent: (key: CellKey) => C): C[] {
  const values = new Map<string, Set<string>>();
  const present = new Set<string>();
  for (const c of cells)
    if (c.targetGroup) {
      const dimension = targetDimensionOf(c.targetGroup)!;
      values.set(dimension, (values.get(dimension) ?? new Set()).add(c.targetGroup));
      present.add(cellId(c));
    }
  const added: C[] = [];
  for (const c of cells) {
    if (c.targetGroup) continue;
    for (const groups of values.values())
      for (const targetGroup of groups) {
        const k: CellKey = {
          period: c.period,
          province: c.province,
          providerKind: c.providerKind,
          provider: c.provider,
          serviceCode: c.serviceCode,
          targetGroup,
        };
        if (!present.has(cellId(k))) added.push(absent(k));
      }
  }
  return added.length ? [...cells, ...added] : [...cells];
}

/**
 * Primary suppression of small cells, then complementary suppression: in every group of a parent and its
 * children along one dimension, a lone suppressed member could be computed from the others by difference, so the
 * smallest visible child (else the parent) is suppressed too, until no group has exactly one suppressed member.
 * A child of 0 people (or one that does not appear) is known, so it protects nothing. Returns the suppressed cells by
 * cellId.
 *
 * With `basePattern` (the pattern this function decided on the same lattice's cells without a target group), those
 * base cells are pinned: they keep exactly the status they have there (published stays published, hidden stays
 * hidden), so an answer split by target group and one that is not agree on every cell they share, and the unsplit
 * answer can be decided on the base lattice alone (cheaper: no group cells). Only group cells are decided here: a
 * hidden base cell counts as a suppressed member of its groups, so each of its target groups hides at least one more
 * child; a group whose lone suppressed member could only be protected by its (pinned, published) parent hides its
 * children instead. A group cell that is the only child of its base parent on its dimension is that parent under
 * another name (same people, same rows) and is pinned with it: hiding it while the parent is published would protect
 * nothing, and choosing it as a complement would let the base answer reveal it. Likewise any group cell a reader
 * computes from the pinned published cells alone (the sum of such cells over the provinces, say).
 */
export function suppressLattice(
  cells: readonly LatticeCell[],
  threshold = SUPPRESSION_THRESHOLD,
  basePattern?: ReadonlyMap<string, Suppression>,
): Map<string, Suppression> {
  // The cells by id as integers (the last cell of an id, as a Map built from them keeps it), their groups as arrays
  // of integers: a split lattice is tens of thousands of cells, and strings hashed at every step cost seconds.
  const { ids, cellOf, indexOfCell, groups } = indexLattice(cells);
  const n = ids.length;
  const isSmall = (cell: LatticeCell) =>
    cell.personCounts.some((c) => isSmallCount(c, threshold)) || isSmallCount(cell.people, threshold);
  const NONE = 0;
  const PRIMARY = 1;
  const COMPLEMENTARY = 2;
  const status = new Uint8Array(n);
  const pinned = new Uint8Array(n);
  // The order in which cells were first suppressed: the Map returned keeps it.
  const order: number[] = [];
  const suppress = (i: number, s: number) => {
    if (status[i] === NONE) order.push(i);
    status[i] = s;
  };
  const codeOf = (s: Suppression | undefined) =>
    s === 'PRIMARY' ? PRIMARY : s === 'COMPLEMENTARY' ? COMPLEMENTARY : NONE;
  if (basePattern) {
    for (let i = 0; i < n; i++)
      if (!cellOf[i]!.targetGroup) {
        pinned[i] = 1;
        const s = codeOf(basePattern.get(ids[i]!));
        if (s) suppress(i, s);
      }
    for (const { parent, children } of groups) {
      if (parent < 0 || !pinned[parent] || children.length !== 1) continue;
      const only = cellOf[children[0]!]!;
      // A sole child smaller than its published parent does not add up (only hand-made lattices): decided below.
      if (!only.targetGroup || (isSmall(only) && !status[parent])) continue;
      pinned[children[0]!] = 1;
      if (status[parent]) suppress(children[0]!, status[parent]!);
    }
    // What a reader computes from the pinned published cells alone (a group's lone unknown member from the others,
    // cells of 0 people known) is published in effect: hiding it would protect nothing, so it is never chosen as a
    // complement. Pinned published with them, unless small (then primary: the fallback below is all that is left).
    const known = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (pinned[i] && !status[i]) known[i] = 1;
    for (let grew = true; grew; ) {
      grew = false;
      for (const { parent, children } of groups) {
        if (parent < 0) continue;
        // A group cell of 0 people is a cell like any other here (withAbsentGroups): it may be hidden, so its 0 is
        // known only when derived.
        let unknown = 0;
        let last = -1;
        for (const c of children)
          if (!known[c] && (cellOf[c]!.people > 0 || cellOf[c]!.targetGroup)) {
            unknown++;
            last = c;
          }
        const derived = known[parent] ? (unknown === 1 ? last : -1) : unknown === 0 ? parent : -1;
        if (derived < 0 || pinned[derived]) continue;
        known[derived] = 1;
        grew = true;
        if (!isSmall(cellOf[derived]!)) pinned[derived] = 1;
      }
    }
  }
  cells.forEach((cell, i) => {
    if (!pinned[indexOfCell[i]!] && isSmall(cell)) suppress(indexOfCell[i]!, PRIMARY);
  });

  // Children from the smallest (then by id, so that the same cells always get the same pattern).
  const rank = new Int32Array(n);
  [...ids.keys()].sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1)).forEach((i, r) => (rank[i] = r));
  const ordered = groups.map((g) => ({
    parent: g.parent,
    children: [...g.children].sort((a, b) => cellOf[a]!.people - cellOf[b]!.people || rank[a]! - rank[b]!),
  }));
  const hideable = (c: number) => !status[c] && !pinned[c];
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, children } of ordered) {
      let hidden = parent >= 0 && status[parent] ? 1 : 0;
      for (const c of children) if (status[c]) hidden++;
      if (hidden !== 1) continue;
      // A child of 0 people protects nothing when its absence tells as much (unsplit answers). A group cell of 0
      // people in a pinned (split) lattice is listed as suppressed when hidden (withAbsentGroups), so it protects as
      // any other: the last resort before hiding the whole group, since it hides nobody.
      let next = children.find((c) => hideable(c) && cellOf[c]!.people > 0) ?? -1;
      if (next < 0 && parent >= 0 && hideable(parent)) next = parent;
      if (next < 0 && basePattern) next = children.find((c) => hideable(c) && cellOf[c]!.targetGroup) ?? -1;
      if (next >= 0) {
        suppress(next, COMPLEMENTARY);
        changed = true;
        continue;
      }
      if (parent < 0 || !pinned[parent] || status[parent]) continue;
      // Conservative: the lone suppressed member could only be protected by a pinned cell, which must keep its
      // base status, so every group cell of the group is hidden, those of 0 people included (their being 0 is then
      // not told). On lattices whose group cells add up to their parent this does not happen (the sole-child pin
      // above), but a pattern must never rest on that.
      for (const c of children)
        if (hideable(c)) {
          suppress(c, COMPLEMENTARY);
          changed = true;
        }
    }
  }
  return new Map(order.map((i) => [ids[i]!, status[i] === PRIMARY ? 'PRIMARY' : 'COMPLEMENTARY']));
}

/**
 * The lattice as integers: each distinct cellId an index (first occurrence; the cell is the last one with that id),
 * and one group per parent and dimension (a month's quarter parent and its province parent are different groups),
 * in the order the cells and parentsOf meet them, with its children's indexes; a parent that is not a cell is -1.
 * Cells and parents are keyed by their fields' interned values packed in one number, so no id is built for a parent.
 */
function indexLattice(cells: readonly LatticeCell[]) {
  const fields = ['period', 'province', 'providerKind', 'provider', 'serviceCode', 'targetGroup'] as const;
  const values = fields.map(() => new Map<string, number>());
  const intern = (field: number, v: string | null | undefined) => {
    if (!v) return 0;
    const m = values[field]!;
    const code = m.get(v) ?? m.size + 1;
    m.set(v, code);
    return code;
  };
  const dimensions = new Map<string, number>();
  const codes = cells.map((c) => {
    for (let p: string | null = c.period; p !== null; p = periodParent(p)) intern(0, p);
    const tg = c.targetGroup || null;
    const dimension = targetDimensionOf(tg);
    if (dimension !== null && !dimensions.has(dimension)) dimensions.set(dimension, dimensions.size);
    return [
      intern(0, c.period),
      intern(1, c.province),
      intern(2, c.providerKind),
      intern(3, c.provider),
      intern(4, c.serviceCode),
      intern(5, tg),
    ];
  });
  // Mixed radix: field f's weight is the product of the sizes of the fields after it, the group's dimension last, so
  // a parent's key is its child's less the weight of the field it is the total of.
  const sizes = values.map((m) => m.size + 1);
  const dimensionCount = 4 + dimensions.size;
  const weights = fields.map((_, f) => sizes.slice(f + 1).reduce((a, b) => a * b, dimensionCount));
  if (weights[0]! * sizes[0]! >= 2 ** 53) throw new Error('A lattice this large cannot be suppressed in one pass');
  const keys = codes.map((code) => code.reduce((k, v, f) => k + v * weights[f]!, 0));

  const ids: string[] = [];
  const cellOf: LatticeCell[] = [];
  const indexOfKey = new Map<number, number>();
  const indexOfCell = new Int32Array(cells.length);
  cells.forEach((c, i) => {
    let index = indexOfKey.get(keys[i]!);
    if (index === undefined) {
      index = ids.length;
      indexOfKey.set(keys[i]!, index);
      ids.push(cellId(c));
    }
    cellOf[index] = c;
    indexOfCell[i] = index;
  });
  const groups: Array<{ parent: number; children: number[] }> = [];
  const groupOfKey = new Map<number, number>();
  const add = (child: number, parentKey: number, dimension: number) => {
    let g = groupOfKey.get(parentKey + dimension);
    if (g === undefined) {
      g = groups.length;
      groupOfKey.set(parentKey + dimension, g);
      groups.push({ parent: indexOfKey.get(parentKey) ?? -1, children: [] });
    }
    groups[g]!.children.push(child);
  };
  // The parents in parentsOf's order, each with the dimension dimensionOf gives the pair.
  cells.forEach((c, i) => {
    const [period, province, kind, provider, service, group] = codes[i]!;
    const key = keys[i]!;
    const child = indexOfCell[i]!;
    const up = periodParent(c.period);
    if (up !== null) add(child, key + (values[0]!.get(up)! - period!) * weights[0]!, 0);
    if (province) add(child, key - province * weights[1]!, 1);
    if (provider) add(child, key - provider * weights[3]!, 2);
    else if (kind) add(child, key - kind * weights[2]!, 2);
    if (service) add(child, key - service * weights[4]!, 3);
    if (group) add(child, key - group * weights[5]!, 4 + dimensions.get(targetDimensionOf(c.targetGroup)!)!);
  });
  return { ids, cellOf, indexOfCell, groups };
}

/** The period a period adds up to (a month's quarter, a quarter's year); null for a year. */
function periodParent(period: string): string | null {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}-Q${Math.ceil(Number(month[2]) / 3)}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? quarter[1]! : null;
}
