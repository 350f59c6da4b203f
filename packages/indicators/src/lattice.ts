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
  const byId = new Map(cells.map((c) => [cellId(c), c]));
  const groups = new Map<string, { parent: string; children: string[] }>();
  for (const cell of cells) {
    const id = cellId(cell);
    for (const parent of parentsOf(cell)) {
      const parentId = cellId(parent);
      // One group per parent and dimension: a month's quarter parent and its province parent are different groups.
      const groupId = `${parentId}#${dimensionOf(cell, parent)}`;
      const group = groups.get(groupId) ?? { parent: parentId, children: [] };
      group.children.push(id);
      groups.set(groupId, group);
    }
  }

  const isSmall = (cell: LatticeCell) =>
    cell.personCounts.some((n) => isSmallCount(n, threshold)) || isSmallCount(cell.people, threshold);
  const suppressed = new Map<string, Suppression>();
  const pinned = new Set<string>();
  if (basePattern) {
    for (const [id, cell] of byId)
      if (!cell.targetGroup) {
        pinned.add(id);
        const status = basePattern.get(id);
        if (status) suppressed.set(id, status);
      }
    for (const { parent, children } of groups.values()) {
      if (!pinned.has(parent) || children.length !== 1) continue;
      const only = byId.get(children[0]!)!;
      // A sole child smaller than its published parent does not add up (only hand-made lattices): decided below.
      if (!only.targetGroup || (isSmall(only) && !suppressed.has(parent))) continue;
      pinned.add(children[0]!);
      const status = suppressed.get(parent);
      if (status) suppressed.set(children[0]!, status);
    }
    // What a reader computes from the pinned published cells alone (a group's lone unknown member from the others,
    // cells of 0 people known) is published in effect: hiding it would protect nothing, so it is never chosen as a
    // complement. Pinned published with them, unless small (then primary: the fallback below is all that is left).
    const known = new Set([...pinned].filter((id) => !suppressed.has(id)));
    for (let grew = true; grew; ) {
      grew = false;
      for (const { parent, children } of groups.values()) {
        if (!byId.has(parent)) continue;
        // A group cell of 0 people is a cell like any other here (withAbsentGroups): it may be hidden, so its 0 is
        // known only when derived.
        const unknown = children.filter((c) => !known.has(c) && (byId.get(c)!.people > 0 || byId.get(c)!.targetGroup));
        const derived = known.has(parent)
          ? unknown.length === 1
            ? unknown[0]!
            : null
          : unknown.length === 0
            ? parent
            : null;
        if (derived === null || pinned.has(derived)) continue;
        known.add(derived);
        grew = true;
        if (!isSmall(byId.get(derived)!)) pinned.add(derived);
      }
    }
  }
  for (const cell of cells) if (!pinned.has(cellId(cell)) && isSmall(cell)) suppressed.set(cellId(cell), 'PRIMARY');

  const ordered = [...groups.values()].map((g) => ({
    parent: g.parent,
    children: [...g.children].sort((a, b) => byId.get(a)!.people - byId.get(b)!.people || (a < b ? -1 : 1)),
  }));
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, children } of ordered) {
      const members = byId.has(parent) ? [parent, ...children] : children;
      if (members.filter((m) => suppressed.has(m)).length !== 1) continue;
      // A child of 0 people protects nothing when its absence tells as much (unsplit answers). A group cell of 0
      // people in a pinned (split) lattice is listed as suppressed when hidden (withAbsentGroups), so it protects as
      // any other: the last resort before hiding the whole group, since it hides nobody.
      const hideable = (c: string) => !suppressed.has(c) && !pinned.has(c);
      const next =
        children.find((c) => hideable(c) && byId.get(c)!.people > 0) ??
        (byId.has(parent) && hideable(parent) ? parent : undefined) ??
        (basePattern ? children.find((c) => hideable(c) && byId.get(c)!.targetGroup) : undefined);
      if (next !== undefined) {
        suppressed.set(next, 'COMPLEMENTARY');
        changed = true;
        continue;
      }
      if (!pinned.has(parent) || suppressed.has(parent)) continue;
      // Conservative: the lone suppressed member could only be protected by a pinned cell, which must keep its
      // base status, so every group cell of the group is hidden, those of 0 people included (their being 0 is then
      // not told). On lattices whose group cells add up to their parent this does not happen (the sole-child pin
      // above), but a pattern must never rest on that.
      for (const c of children)
        if (!suppressed.has(c) && !pinned.has(c)) {
          suppressed.set(c, 'COMPLEMENTARY');
          changed = true;
        }
    }
  }
  return suppressed;
}

function dimensionOf(child: CellKey, parent: CellKey): string {
  if (child.period !== parent.period) return 'period';
  if (child.province !== parent.province) return 'province';
  if (child.provider !== parent.provider || child.providerKind !== parent.providerKind) return 'provider';
  if (child.serviceCode !== parent.serviceCode) return 'service';
  // Each target dimension partitions the same parent on its own: women and men are one group, the age bands another.
  return `target:${targetDimensionOf(child.targetGroup)}`;
}
