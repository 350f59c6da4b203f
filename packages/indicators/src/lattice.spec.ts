import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cellId,
  isSmallCount,
  parentsOf,
  suppressLattice,
  SUPPRESSION_THRESHOLD,
  targetDimensionOf,
  type CellKey,
  type LatticeCell,
  withAbsentGroups,
} from './lattice.ts';

const key = (
  period: string,
  province: string | null = null,
  providerKind: string | null = null,
  provider: string | null = null,
  serviceCode: string | null = null,
): CellKey => ({ period, province, providerKind, provider, serviceCode });
const cell = (k: CellKey, people: number, personCounts: number[] = [people]): LatticeCell => ({
  ...k,
  people,
  personCounts,
});

/** The one pseudo-random sequence the generated specs draw from: a seed names the same lattices on every run. */
const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

/**
 * A random half year as a reader of its margins sees it: leaves (month, province TN/BZ, provider cpi-1/acc-1, and one
 * group of each target dimension given) of 0 people (a share `zeros` of them, when given) or up to max - 1, and every
 * cell of the lattice, with each of the leaf's groups and without any, the sum of its leaves: exactly what a
 * difference attack works with. Cells of 0 people are kept.
 */
function randomHalfYear(
  random: () => number,
  { dimensions, zeros, max }: { dimensions: ReadonlyArray<readonly string[]>; zeros?: number; max: number },
): LatticeCell[] {
  const combinations = dimensions.reduce<string[][]>(
    (done, groups) => done.flatMap((c) => groups.map((g) => [...c, g])),
    [[]],
  );
  const totals = new Map<string, LatticeCell>();
  for (const m of ['01', '02', '03', '04', '05', '06'])
    for (const p of ['TN', 'BZ'])
      for (const v of ['cpi-1', 'acc-1'])
        for (const groups of combinations) {
          const n = zeros !== undefined && random() < zeros ? 0 : Math.floor(random() * max);
          const kind = v.startsWith('cpi') ? 'CPI' : 'ACCREDITED';
          for (const period of [`2025-${m}`, `2025-Q${Math.ceil(Number(m) / 3)}`, '2025'])
            for (const province of [p, null])
              for (const [k, prov] of [
                [kind, v],
                [kind, null],
                [null, null],
              ] as const)
                for (const targetGroup of [...groups, null]) {
                  const at = { ...key(period, province, k, prov), ...(targetGroup ? { targetGroup } : {}) };
                  const people = (totals.get(cellId(at))?.people ?? 0) + n;
                  totals.set(cellId(at), { ...at, people, personCounts: [people] });
                }
        }
  return [...totals.values()];
}

describe('small counts (DOMAIN.md "Monitoring": 5 for health-related data)', () => {
  it('the threshold is 5, not the SISTAN minimum of 3, since every person here is on the L. 68/1999 lists', () => {
    expect(SUPPRESSION_THRESHOLD).toBe(5);
  });
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [120, false],
  ])('%i people -> small: %s (0 says nobody, singles nobody out)', (n, small) => {
    expect(isSmallCount(n)).toBe(small);
  });
});

describe('parentsOf: one parent per dimension on which the cell is not the total', () => {
  it('a month of a province, provider and service has four parents', () => {
    expect(parentsOf(key('2025-05', 'TN', 'CPI', 'cpi-1', '1A'))).toEqual([
      key('2025-Q2', 'TN', 'CPI', 'cpi-1', '1A'),
      key('2025-05', null, 'CPI', 'cpi-1', '1A'),
      key('2025-05', 'TN', 'CPI', null, '1A'),
      key('2025-05', 'TN', 'CPI', 'cpi-1', null),
    ]);
  });
  it('a quarter adds up to its year; December to Q4', () => {
    expect(parentsOf(key('2025-Q3'))).toEqual([key('2025')]);
    expect(parentsOf(key('2025-12'))).toEqual([key('2025-Q4')]);
  });
  it('a provider kind adds up to all providers; the grand total has no parent', () => {
    expect(parentsOf(key('2025', null, 'ACCREDITED'))).toEqual([key('2025')]);
    expect(parentsOf(key('2025'))).toEqual([]);
  });
});

describe('suppressLattice', () => {
  it('primary: a cell of 1 to 4 people, or with a numerator of 1 to 4 people, is suppressed; 0 and 5 are not', () => {
    const cells = [
      cell(key('2025'), 20),
      cell(key('2025', 'TN'), 10),
      cell(key('2025', 'BZ'), 10, [10, 3]),
      cell(key('2025', 'VR'), 0),
    ];
    const s = suppressLattice(cells);
    expect(s.get(cellId(key('2025', 'BZ')))).toBe('PRIMARY');
    expect(s.has(cellId(key('2025', 'VR')))).toBe(false);
    // BZ alone under the total would be 20 - 10 - 0: TN goes too (0 protects nothing).
    expect(s.get(cellId(key('2025', 'TN')))).toBe('COMPLEMENTARY');
  });

  it('complementary: a lone suppressed child makes the next smallest visible child suppressed too', () => {
    const cells = [
      cell(key('2025'), 30),
      cell(key('2025', 'TN'), 3),
      cell(key('2025', 'BZ'), 12),
      cell(key('2025', 'VR'), 15),
    ];
    const s = suppressLattice(cells);
    expect(s.get(cellId(key('2025', 'TN')))).toBe('PRIMARY');
    expect(s.get(cellId(key('2025', 'BZ')))).toBe('COMPLEMENTARY');
    expect(s.has(cellId(key('2025', 'VR')))).toBe(false);
    expect(s.has(cellId(key('2025')))).toBe(false);
  });

  it('two small children protect each other: nothing more is suppressed', () => {
    const cells = [
      cell(key('2025'), 20),
      cell(key('2025', 'TN'), 3),
      cell(key('2025', 'BZ'), 2),
      cell(key('2025', 'VR'), 15),
    ];
    expect([...suppressLattice(cells).keys()].sort()).toEqual(
      [cellId(key('2025', 'BZ')), cellId(key('2025', 'TN'))].sort(),
    );
  });

  it('a suppressed only child takes its parent with it (the parent would equal it)', () => {
    const cells = [cell(key('2025'), 4), cell(key('2025', 'TN'), 4)];
    const s = suppressLattice(cells);
    expect(s.size).toBe(2);
  });

  it('a parent suppressed by one group with visible children in another is protected there too', () => {
    // Q1 is suppressed complementarily in the year's quarters; its months are all visible, so one of them goes.
    const cells = [
      cell(key('2025'), 40),
      cell(key('2025-Q1'), 6),
      cell(key('2025-Q2'), 3),
      cell(key('2025-Q3'), 15),
      cell(key('2025-Q4'), 16),
      cell(key('2025-01'), 2),
      cell(key('2025-02'), 2),
      cell(key('2025-03'), 2),
      cell(key('2025-04'), 3),
      cell(key('2025-07'), 15),
      cell(key('2025-10'), 16),
    ];
    const s = suppressLattice(cells);
    expect(s.get(cellId(key('2025-Q2')))).toBe('PRIMARY');
    expect(s.get(cellId(key('2025-Q1')))).toBe('COMPLEMENTARY');
    // Q2's only month is as small as Q2 and suppressed by itself; Q1's months are each small.
    expect(['2025-01', '2025-02', '2025-03', '2025-04'].every((m) => s.has(cellId(key(m))))).toBe(true);
  });

  it('the difference attack fails: the year and its 12 months, the region and its provinces', () => {
    // Hand-made lattice: 2025 in two provinces, 6 people each month in TN, one month with 2 people in BZ.
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const quarterOf = (m: string) => `2025-Q${Math.ceil(Number(m.slice(5)) / 3)}`;
    const counts: Record<string, Record<string, number>> = { TN: {}, BZ: {} };
    for (const m of months) {
      counts.TN![m] = 6;
      counts.BZ![m] = m === '2025-05' ? 2 : 7;
    }
    const cells: LatticeCell[] = [];
    const add = (period: string, province: string | null, people: number) =>
      cells.push(cell(key(period, province), people));
    const sum = (province: string | null, inPeriod: (m: string) => boolean) =>
      months
        .filter(inPeriod)
        .reduce((t, m) => t + (province ? counts[province]![m]! : counts.TN![m]! + counts.BZ![m]!), 0);
    for (const province of ['TN', 'BZ', null]) {
      add(
        '2025',
        province,
        sum(province, () => true),
      );
      for (const q of [1, 2, 3, 4])
        add(
          `2025-Q${q}`,
          province,
          sum(province, (m) => quarterOf(m) === `2025-Q${q}`),
        );
      for (const m of months)
        add(
          m,
          province,
          sum(province, (x) => x === m),
        );
    }
    const s = suppressLattice(cells);
    const visible = (period: string, province: string | null) =>
      s.has(cellId(key(period, province)))
        ? null
        : cells.find((c) => cellId(c) === cellId(key(period, province)))!.people;
    expect(visible('2025-05', 'BZ')).toBeNull();
    // The year of BZ minus its 11 other months, Q2 of BZ minus April and June, May of the region minus May of TN:
    // each subtraction meets a second hidden cell.
    expect(months.filter((m) => m !== '2025-05').some((m) => visible(m, 'BZ') === null)).toBe(true);
    expect([visible('2025-04', 'BZ'), visible('2025-06', 'BZ')]).toContain(null);
    expect([visible('2025-05', null), visible('2025-05', 'TN')]).toContain(null);
    // And in general: no group of a parent and its children has exactly one hidden member.
    expect(groupsWithOneHidden(cells, s)).toEqual([]);
  });

  it('the pattern is the same whatever order the cells come in', () => {
    const cells = [
      cell(key('2025'), 30),
      cell(key('2025', 'TN'), 3),
      cell(key('2025', 'BZ'), 12),
      cell(key('2025', 'VR'), 12),
    ];
    const a = suppressLattice(cells);
    const b = suppressLattice([...cells].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });
});

/** Every parent/children group (built independently of the module) whose hidden members number exactly one. */
function groupsWithOneHidden(cells: readonly LatticeCell[], suppressed: ReadonlyMap<string, unknown>): string[] {
  const ids = new Set(cells.map(cellId));
  const groups = new Map<string, string[]>();
  for (const c of cells)
    for (const p of parentsOf(c)) {
      const dim =
        p.period !== c.period
          ? 'period'
          : p.province !== c.province
            ? 'province'
            : p.serviceCode !== c.serviceCode
              ? 'service'
              : 'provider';
      const id = `${cellId(p)}#${dim}`;
      groups.set(id, [...(groups.get(id) ?? [ids.has(cellId(p)) ? cellId(p) : '']), cellId(c)]);
    }
  return [...groups.entries()]
    .filter(([, members]) => members.filter((m) => suppressed.has(m)).length === 1)
    .map(([id]) => id);
}

describe('suppressLattice on generated lattices', () => {
  it('never leaves a group with exactly one hidden member (200 random two-province, two-provider years)', () => {
    const random = seeded(7);
    for (let run = 0; run < 200; run++) {
      const cells = randomHalfYear(random, { dimensions: [], max: 9 }).filter((c) => c.people > 0);
      expect(groupsWithOneHidden(cells, suppressLattice(cells))).toEqual([]);
    }
  });
});

describe('target groups (DOMAIN.md "Monitoring": women, under 30, over 55, long-term unemployed, disabled)', () => {
  const tg = (k: CellKey, targetGroup: string): CellKey => ({ ...k, targetGroup });

  it('a target group cell has the all-people cell as parent on its own dimension', () => {
    expect(parentsOf(tg(key('2025', 'MI'), 'SEX:F'))).toEqual([
      { ...key('2025'), targetGroup: 'SEX:F' },
      { ...key('2025', 'MI'), targetGroup: null },
    ]);
    // Cells without a target group keep their id (tables stored before the dimension answer the same).
    expect(cellId(key('2025'))).toBe(cellId({ ...key('2025'), targetGroup: null }));
  });

  it('4 men out of 12: men primary, women complementary, so the total minus women cannot give the men', () => {
    const cells = [
      cell(key('2025'), 12),
      cell(tg(key('2025'), 'SEX:F'), 8),
      cell(tg(key('2025'), 'SEX:M'), 4),
      cell(tg(key('2025'), 'AGE_BAND:UNDER_30'), 6),
      cell(tg(key('2025'), 'AGE_BAND:FROM_30_TO_54'), 6),
    ];
    const suppressed = suppressLattice(cells);
    expect(suppressed.get(cellId(tg(key('2025'), 'SEX:M')))).toBe('PRIMARY');
    expect(suppressed.get(cellId(tg(key('2025'), 'SEX:F')))).toBe('COMPLEMENTARY');
    // Another dimension's split of the same total is its own group: the age bands stay, and so does the total.
    expect(suppressed.has(cellId(tg(key('2025'), 'AGE_BAND:UNDER_30')))).toBe(false);
    expect(suppressed.has(cellId(key('2025')))).toBe(false);
  });

  it('across provinces too: a suppressed group in one province is not rebuilt from the region and the other provinces', () => {
    // Women: region 9 = MI 6 + TO 3. TO's women are primary; MI's women complementary on the province margin.
    const cells = [
      cell(key('2025'), 15),
      cell(key('2025', 'MI'), 10),
      cell(key('2025', 'TO'), 5),
      cell(tg(key('2025'), 'SEX:F'), 9),
      cell(tg(key('2025'), 'SEX:M'), 6),
      cell(tg(key('2025', 'MI'), 'SEX:F'), 6),
      cell(tg(key('2025', 'MI'), 'SEX:M'), 4),
      cell(tg(key('2025', 'TO'), 'SEX:F'), 3),
      cell(tg(key('2025', 'TO'), 'SEX:M'), 2),
    ];
    const suppressed = suppressLattice(cells);
    for (const [k, expected] of [
      [tg(key('2025', 'TO'), 'SEX:F'), 'PRIMARY'],
      [tg(key('2025', 'TO'), 'SEX:M'), 'PRIMARY'],
      [tg(key('2025', 'MI'), 'SEX:M'), 'PRIMARY'],
      [tg(key('2025', 'MI'), 'SEX:F'), 'COMPLEMENTARY'],
    ] as const)
      expect(suppressed.get(cellId(k)), JSON.stringify(k)).toBe(expected);
    // No group of a parent and its children (on any dimension) is left with exactly one hidden member.
    const hidden = (k: CellKey) => suppressed.has(cellId(k));
    for (const c of cells)
      for (const parent of parentsOf(c)) {
        const siblings = cells.filter((s) => parentsOf(s).some((p) => cellId(p) === cellId(parent)));
        const sameDimension = siblings.filter(
          (s) =>
            (s.targetGroup ?? '').split(':')[0] === (c.targetGroup ?? '').split(':')[0] &&
            (s.province === null) === (c.province === null),
        );
        const members = [parent, ...sameDimension];
        expect(members.filter(hidden).length, JSON.stringify({ c, parent })).not.toBe(1);
      }
  });
});

/** A cell of a target group (`SEX:F`) at a base cell's coordinates. */
const grouped = (k: CellKey, targetGroup: string, people: number): LatticeCell => ({
  ...k,
  targetGroup,
  people,
  personCounts: [people],
});

/**
 * What a reader can compute from the cells published in all the answers together, for lattices whose people add up
 * (each person in one group of each dimension): in a group whose parent is known, a lone unknown child is the parent
 * less the others; a parent whose children are all known is their sum. Cells absent from the lattice are 0.
 * Returns the hidden cells so recovered.
 */
function recovered(cells: readonly LatticeCell[], published: ReadonlySet<string>): string[] {
  const people = new Map(cells.map((c) => [cellId(c), c.people]));
  const known = new Set(published);
  const groups = new Map<string, { parent: string; children: string[] }>();
  for (const c of cells)
    for (const p of parentsOf(c)) {
      // One group per parent and dimension, each target dimension its own (women and men; the age bands).
      const dim = JSON.stringify([
        ...Object.keys(c).filter((k) => k !== 'people' && k !== 'personCounts' && (c as never)[k] !== (p as never)[k]),
        targetDimensionOf(c.targetGroup),
      ]);
      const g = groups.get(`${cellId(p)}${dim}`) ?? { parent: cellId(p), children: [] };
      g.children.push(cellId(c));
      groups.set(`${cellId(p)}${dim}`, g);
    }
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, children } of groups.values()) {
      const unknown = children.filter((c) => !known.has(c));
      if (known.has(parent) && unknown.length === 1) known.add(unknown[0]!);
      else if (!known.has(parent) && unknown.length === 0) known.add(parent);
      else continue;
      changed = true;
    }
  }
  return cells.map(cellId).filter((id) => known.has(id) && !published.has(id) && people.has(id));
}

const publishedOf = (cells: readonly LatticeCell[], pattern: ReadonlyMap<string, unknown>) =>
  cells.map(cellId).filter((id) => !pattern.has(id));

describe('suppressLattice pinned to the base pattern (a split answer agrees with the unsplit one on every base cell)', () => {
  const base = (cells: LatticeCell[]) => cells.filter((c) => !c.targetGroup);
  const pinned = (cells: LatticeCell[]) => suppressLattice(cells, SUPPRESSION_THRESHOLD, suppressLattice(base(cells)));

  it('a published total with one small group stays published: the other group is hidden with it, never the total', () => {
    const total = cell(key('2025'), 20);
    const cells = [total, grouped(key('2025'), 'SEX:F', 3), grouped(key('2025'), 'SEX:M', 17)];
    const pattern = pinned(cells);
    expect(pattern.get(cellId(total))).toBeUndefined();
    expect(pattern.get(cellId(cells[1]!))).toBe('PRIMARY');
    expect(pattern.get(cellId(cells[2]!))).toBe('COMPLEMENTARY');
  });

  it('a hidden base total stays hidden and counts as suppressed in its groups: one more group cell is hidden on each dimension', () => {
    // Province A (4 people) is small, so B is hidden with it in the base pattern; the year total stays published.
    const cells = [
      cell(key('2025'), 30),
      cell(key('2025', 'A'), 4),
      cell(key('2025', 'B'), 26),
      grouped(key('2025', 'B'), 'SEX:F', 13),
      grouped(key('2025', 'B'), 'SEX:M', 13),
      grouped(key('2025', 'B'), 'AGE_BAND:UNDER_30', 20),
      grouped(key('2025', 'B'), 'AGE_BAND:FROM_55', 6),
    ];
    const basePattern = suppressLattice(base(cells));
    expect(basePattern.get(cellId(key('2025', 'B')))).toBe('COMPLEMENTARY');
    const pattern = pinned(cells);
    for (const c of base(cells)) expect(pattern.get(cellId(c))).toBe(basePattern.get(cellId(c)));
    // Each dimension of B has its hidden total and at least one hidden group: B's split is not B's figure by sum.
    expect(pattern.get(cellId(grouped(key('2025', 'B'), 'SEX:F', 13)))).toBe('COMPLEMENTARY');
    expect(pattern.has(cellId(grouped(key('2025', 'B'), 'SEX:M', 13)))).toBe(false);
    expect(pattern.get(cellId(grouped(key('2025', 'B'), 'AGE_BAND:FROM_55', 6)))).toBe('COMPLEMENTARY');
    expect(recovered(cells, new Set(publishedOf(cells, pattern)))).toEqual([]);
  });

  it('the case that made every lattice carry the groups: the unsplit answer and the split one together reveal no cell', () => {
    // Province A has only women (10), B 3 women and 10 men, C only men (10). Nothing is small without the split.
    const cells = [
      cell(key('2025'), 33),
      cell(key('2025', 'A'), 10),
      cell(key('2025', 'B'), 13),
      cell(key('2025', 'C'), 10),
      grouped(key('2025'), 'SEX:F', 13),
      grouped(key('2025'), 'SEX:M', 20),
      grouped(key('2025', 'A'), 'SEX:F', 10),
      grouped(key('2025', 'B'), 'SEX:F', 3),
      grouped(key('2025', 'B'), 'SEX:M', 10),
      grouped(key('2025', 'C'), 'SEX:M', 10),
    ];
    const unsplit = new Set(publishedOf(base(cells), suppressLattice(base(cells))));
    const womenOfB = cellId(grouped(key('2025', 'B'), 'SEX:F', 3));

    // Before: the split answer decided on the whole lattice hides women of A (complement of B's 3 women in the
    // women's row) and then A itself (A's only group), which the unsplit answer publishes: A = women of A, and the
    // women of B are the women's total less them.
    const joint = suppressLattice(cells);
    expect(joint.get(cellId(key('2025', 'A')))).toBe('COMPLEMENTARY');
    const before = new Set([...unsplit, ...publishedOf(cells, joint)]);
    expect(recovered(cells, before)).toContain(womenOfB);

    // Pinned: A keeps its status, women of A are A under another name (published with it), and the women's total is
    // hidden instead, then the men's total to protect it (men of C are C, published with it).
    const pattern = pinned(cells);
    for (const c of base(cells)) expect(pattern.has(cellId(c))).toBe(!unsplit.has(cellId(c)));
    expect(pattern.has(cellId(grouped(key('2025', 'A'), 'SEX:F', 10)))).toBe(false);
    expect(pattern.get(womenOfB)).toBe('PRIMARY');
    expect(pattern.get(cellId(grouped(key('2025'), 'SEX:F', 13)))).toBe('COMPLEMENTARY');
    expect(pattern.get(cellId(grouped(key('2025'), 'SEX:M', 20)))).toBe('COMPLEMENTARY');
    expect(pattern.has(cellId(grouped(key('2025', 'C'), 'SEX:M', 10)))).toBe(false);
    const after = new Set([...unsplit, ...publishedOf(cells, pattern)]);
    expect(recovered(cells, after)).toEqual([]);
  });

  it('the year that leaked under the pin alone: the hidden women of a quarter rebuilt from its men, the months of men and the absent ones', () => {
    // Run 69 of the random years below, cut to its mechanism: Q2 has 9 people, April 3 women, May 1 woman, June 5
    // men. The unsplit answer publishes Q2 and June (April and May protect each other). Split, Q2's 4 women are
    // small, so Q2's men are hidden with them; June's men are June under another name (published with it), and
    // April's and May's men are absent: 0. Before, nothing was left to hide, so Q2's men were June's 5 and Q2's
    // women 9 - 5 = 4.
    const q2 = key('2025-Q2');
    const stored = [
      cell(q2, 9),
      cell(key('2025-04'), 3),
      cell(key('2025-05'), 1),
      cell(key('2025-06'), 5),
      grouped(q2, 'SEX:F', 4),
      grouped(q2, 'SEX:M', 5),
      grouped(key('2025-04'), 'SEX:F', 3),
      grouped(key('2025-05'), 'SEX:F', 1),
      grouped(key('2025-06'), 'SEX:M', 5),
    ];
    const womenOfQ2 = cellId(grouped(q2, 'SEX:F', 4));
    const unsplit = publishedOf(base(stored), suppressLattice(base(stored)));
    expect(unsplit).toEqual([cellId(q2), cellId(key('2025-06'))]);
    const before = new Set([...unsplit, ...publishedOf(stored, pinned(stored))]);
    expect(recovered(stored, before)).toContain(womenOfQ2);

    // With the absent groups materialised, June's men are no longer June under another name (June's women, 0, are
    // a cell too): they are hidden as the complement of Q2's men, and June's women (0 people) with them, listed as
    // suppressed, so a reader cannot tell June's men from June and nothing is given back.
    const cells = withAbsentGroups(stored, (k) => ({ ...k, people: 0, personCounts: [0] }));
    expect(cells).toHaveLength(stored.length + 3);
    const pattern = pinned(cells);
    for (const c of base(cells)) expect(pattern.has(cellId(c))).toBe(!unsplit.includes(cellId(c)));
    expect(pattern.get(womenOfQ2)).toBe('PRIMARY');
    expect(pattern.get(cellId(grouped(q2, 'SEX:M', 5)))).toBe('COMPLEMENTARY');
    expect(pattern.get(cellId(grouped(key('2025-06'), 'SEX:M', 5)))).toBe('COMPLEMENTARY');
    expect(pattern.get(cellId(grouped(key('2025-06'), 'SEX:F', 0)))).toBe('COMPLEMENTARY');
    const after = new Set([...unsplit, ...publishedOf(cells, pattern)]);
    expect(recovered(cells, after)).toEqual([]);
  });

  it('on 300 random years split by sex, the unsplit and the split answers together give back no hidden cell', () => {
    const random = seeded(11);
    let hiddenGroups = 0;
    for (let run = 0; run < 300; run++) {
      // Many leaves are 0: provinces of one sex happen.
      const generated = randomHalfYear(random, { dimensions: [['SEX:F', 'SEX:M']], zeros: 0.4, max: 9 });
      const cells = withAbsentGroups(
        generated.filter((c) => c.people > 0),
        (k) => ({ ...k, people: 0, personCounts: [0] }),
      );
      const basePattern = suppressLattice(base(cells));
      const pattern = pinned(cells);
      for (const c of base(cells)) expect(pattern.get(cellId(c))).toBe(basePattern.get(cellId(c)));
      hiddenGroups += cells.filter((c) => c.targetGroup && pattern.has(cellId(c))).length;
      // The split answer lists every hidden cell, those of 0 people included, and omits the published 0s: a reader
      // knows those are 0, which publishedOf(cells) counts as published.
      const published = new Set([...publishedOf(base(cells), basePattern), ...publishedOf(cells, pattern)]);
      expect(recovered(cells, published), `run ${run}`).toEqual([]);
    }
    expect(hiddenGroups).toBeGreaterThan(300);
    // Measured on these 300 runs with this reader, before the absent groups were materialised: 1 run in the first 100
    // (run 69, the spec above) gave a cell back.
  });

  it('each target dimension is decided on its own: its pattern in a lattice of that dimension alone is its pattern in the lattice of all (50 random years)', () => {
    const random = seeded(29);
    const ages = ['AGE_BAND:UNDER_30', 'AGE_BAND:FROM_30_TO_54', 'AGE_BAND:FROM_55'];
    let hidden = 0;
    for (let run = 0; run < 50; run++) {
      const stored = randomHalfYear(random, { dimensions: [['SEX:F', 'SEX:M'], ages], zeros: 0.5, max: 6 }).filter(
        (c) => c.people > 0,
      );
      const absent = (k: CellKey) => ({ ...k, people: 0, personCounts: [0] });
      const all = pinned(withAbsentGroups(stored, absent));
      for (const dimension of ['SEX', 'AGE_BAND']) {
        const mine = (c: CellKey) => !c.targetGroup || c.targetGroup.startsWith(`${dimension}:`);
        const alone = pinned(withAbsentGroups(stored.filter(mine), absent));
        // A group cell's id ends with its group (cellId); a base cell's has five parts.
        const expected = new Map(
          [...all].filter(([id]) => [null, dimension].includes(targetDimensionOf(JSON.parse(id)[5]))),
        );
        expect(alone, `run ${run} ${dimension}`).toEqual(expected);
        hidden += [...alone.keys()].filter((id) => targetDimensionOf(JSON.parse(id)[5])).length;
      }
    }
    // Not vacuous: group cells are hidden in most runs.
    expect(hidden).toBeGreaterThan(250);
  });

  it('conservative: a lone suppressed group cell that only its pinned published parent could protect hides every group cell of that parent', () => {
    // Hand-made (the groups do not add up to the total, which the stores never produce): the only other child is 0.
    const cells = [cell(key('2025'), 20), grouped(key('2025'), 'SEX:F', 3), grouped(key('2025'), 'SEX:M', 0)];
    const pattern = pinned(cells);
    expect(pattern.has(cellId(key('2025')))).toBe(false);
    expect(pattern.get(cellId(cells[1]!))).toBe('PRIMARY');
    expect(pattern.get(cellId(cells[2]!))).toBe('COMPLEMENTARY');
  });

  it('a lattice without group cells: unpinned, byte-identical to the pattern before pinning existed; pinned to itself, unchanged', () => {
    // A seeded lattice of one year (its quarters, months), 3 provinces, provider kinds and providers, 2 services.
    const random = seeded(12345);
    const periods = [
      '2025',
      ...[1, 2, 3, 4].map((q) => `2025-Q${q}`),
      ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    ];
    const providers: Array<[string | null, string | null]> = [
      [null, null],
      ['CPI', null],
      ['CPI', 'c1'],
      ['CPI', 'c2'],
      ['ACCREDITED', null],
      ['ACCREDITED', 'a1'],
    ];
    const cells: LatticeCell[] = [];
    for (const period of periods)
      for (const province of [null, 'TN', 'BZ', 'VR'])
        for (const [providerKind, provider] of providers)
          for (const serviceCode of [null, '1A', '2B']) {
            const people = Math.floor(random() * random() * 40);
            if (people > 0)
              cells.push({
                period,
                province,
                providerKind,
                provider,
                serviceCode,
                people,
                personCounts: [people, Math.floor(random() * people)],
              });
          }
    const pattern = suppressLattice(cells);
    // The pattern main computed on this lattice before the pin (commit 76cf37c).
    expect(pattern.size).toBe(962);
    expect(
      createHash('sha256')
        .update(JSON.stringify([...pattern].sort()))
        .digest('hex'),
    ).toBe('d4b98b18f2388799efa798e615c4e600cc47e1af8e4ee78ba0874ddc17c01593');
    expect(suppressLattice(cells, SUPPRESSION_THRESHOLD, pattern)).toEqual(pattern);
  });
});
