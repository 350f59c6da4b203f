import { describe, expect, it } from 'vitest';
import { periodStart, latticeBounds } from './periods.ts';
import { normaliseRequest, requestFromKey, requestKey } from './request.ts';
import { suppressLattice } from './lattice.ts';
import { familyCsv, publishFamily, suppressionPattern, type MeasuredCell } from './table.ts';

const cell = (period: string, province: string | null, people: number, deliveries: number): MeasuredCell => ({
  period,
  province,
  providerKind: null,
  provider: null,
  serviceCode: null,
  people,
  personCounts: [people],
  measures: { deliveries },
});

const family = { name: 'services', definition: 'test', measureNames: ['deliveries'], hasService: false };
const lattice = [
  cell('2025', null, 12, 30),
  cell('2025', 'TN', 9, 20),
  cell('2025', 'BZ', 3, 10),
  cell('2025-Q1', null, 12, 30),
  cell('2025-01', null, 12, 30),
];

describe('periods', () => {
  it.each([
    ['2025', '2025-01-01'],
    ['2025-Q3', '2025-07-01'],
    ['2025-11', '2025-11-01'],
  ])('%s starts on %s', (p, d) => expect(periodStart(p)).toBe(d));
  it('the lattice spans whole calendar years of the range', () => {
    expect(latticeBounds('2024-03-15', '2025-02-01')).toEqual({ start: '2024-01-01', end: '2026-01-01' });
  });
});

describe('normaliseRequest', () => {
  it('a province filter groups by province; a provider groups by provider and its kind', () => {
    expect(
      normaliseRequest({ from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', province: 'tn', provider: 'p1' })
        .groupBy,
    ).toEqual(['PROVINCE', 'PROVIDER_KIND', 'PROVIDER']);
  });
  it.each([
    [{ from: '2025-02-30x', to: '2025-03-01' }, 'input.from'],
    [{ from: '2025-03-01', to: '2025-02-01' }, 'input.to'],
    [{ from: '2015-01-01', to: '2025-01-01' }, 'input.to'],
  ])('refuses %j (BAD_USER_INPUT on %s)', (dates, field) => {
    expect(() => normaliseRequest({ ...dates, granularity: 'MONTH' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
  });
  it('the key round-trips', () => {
    const r = normaliseRequest({ from: '2025-01-01', to: '2025-06-30', granularity: 'QUARTER', groupBy: ['SERVICE'] });
    expect(requestFromKey(requestKey(r))).toEqual(r);
  });
});

describe('publishFamily', () => {
  const request = normaliseRequest({
    from: '2025-01-01',
    to: '2025-12-31',
    granularity: 'YEAR',
    groupBy: ['PROVINCE'],
  });
  it('returns the asked level only, suppressed cells nulled and flagged, for a suppressed scope', () => {
    const published = publishFamily(family, lattice, request, { province: null, provider: null, suppress: true });
    expect(published.cells.map((c) => [c.province, c.people, c.suppression, c.measures[0]!.value])).toEqual([
      ['BZ', null, 'PRIMARY', null],
      ['TN', null, 'COMPLEMENTARY', null],
    ]);
  });
  it('an unsuppressed scope sees the counts', () => {
    const published = publishFamily(family, lattice, request, { province: null, provider: null, suppress: false });
    expect(published.cells.map((c) => c.people)).toEqual([3, 9]);
  });
  it('periods starting outside [from, to] are left out', () => {
    const march = normaliseRequest({ from: '2025-02-01', to: '2025-03-31', granularity: 'MONTH' });
    expect(publishFamily(family, lattice, march, { province: null, provider: null, suppress: false }).cells).toEqual(
      [],
    );
  });
  it('CSV keeps the flags and leaves suppressed values empty', () => {
    const published = publishFamily(family, lattice, request, { province: null, provider: null, suppress: true });
    expect(familyCsv(published)).toBe(
      'period;province;provider_kind;provider;service_code;people;suppressed;suppression;deliveries\n2025;BZ;;;;;true;PRIMARY;\n2025;TN;;;;;true;COMPLEMENTARY;\n',
    );
  });
});

describe('suppression memoised per lattice (a snapshot answers many requests)', () => {
  it('is decided once per lattice object, equals a fresh decision, and a new lattice (a new snapshot) gets its own', () => {
    const snapshot = lattice.map((c) => ({ ...c }));
    const pattern = suppressionPattern(snapshot);
    expect(suppressionPattern(snapshot)).toBe(pattern);
    expect([...pattern]).toEqual([...suppressLattice(snapshot)]);
    // BZ's 3 people are PRIMARY and TN, its lone sibling, COMPLEMENTARY: the pattern the requests read.
    expect(pattern.get(JSON.stringify(['2025', 'BZ', null, null, null]))).toBe('PRIMARY');
    const next = snapshot.map((c) => (c.province === 'BZ' ? { ...c, people: 5, personCounts: [5] } : { ...c }));
    expect(suppressionPattern(next)).not.toBe(pattern);
    expect(suppressionPattern(next).size).toBe(0);
  });

  it('two requests on one lattice read the same pattern whatever they ask', () => {
    const snapshot = lattice.map((c) => ({ ...c }));
    const region = { province: null, provider: null, suppress: true };
    const years = publishFamily(
      family,
      snapshot,
      normaliseRequest({ from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy: ['PROVINCE'] }),
      region,
    );
    expect(years.cells.map((c) => [c.province, c.suppression])).toEqual([
      ['BZ', 'PRIMARY'],
      ['TN', 'COMPLEMENTARY'],
    ]);
    const total = publishFamily(
      family,
      snapshot,
      normaliseRequest({ from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR' }),
      region,
    );
    expect(total.cells.map((c) => [c.people, c.suppression])).toEqual([[12, null]]);
  });
});

describe('target dimensions (DOMAIN.md "Monitoring" target groups), one at a time', () => {
  const region = { province: null, provider: null, suppress: true };
  const people = { ...family, name: 'enrolments', targetDimensions: ['SEX', 'AGE_BAND'] as const };
  const split = [
    cell('2025', null, 12, 12),
    { ...cell('2025', null, 8, 8), targetGroup: 'SEX:F' },
    { ...cell('2025', null, 4, 4), targetGroup: 'SEX:M' },
    { ...cell('2025', null, 12, 12), targetGroup: 'AGE_BAND:FROM_30_TO_54' },
  ];
  const ask = (groupBy: string[]) =>
    normaliseRequest({ from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy: groupBy as never });

  it('refuses two target dimensions in one request (BAD_USER_INPUT)', () => {
    expect(() => ask(['SEX', 'AGE_BAND'])).toThrow(/one target dimension at a time/);
  });

  it('publishes the asked dimension only, suppressed on the whole lattice, with its CSV columns', () => {
    const published = publishFamily(people, split, ask(['SEX']), region);
    expect(published.cells.map((c) => [c.targetDimension, c.targetGroup, c.people, c.suppression])).toEqual([
      ['SEX', 'F', null, 'COMPLEMENTARY'],
      ['SEX', 'M', null, 'PRIMARY'],
    ]);
    expect(familyCsv(published)).toBe(
      'period;province;provider_kind;provider;service_code;target_dimension;target_group;people;suppressed;suppression;deliveries\n' +
        '2025;;;;;SEX;F;;true;COMPLEMENTARY;\n2025;;;;;SEX;M;;true;PRIMARY;\n',
    );
    // Without a target dimension: the total only, and the CSV as before.
    expect(publishFamily(people, split, ask([]), region).cells.map((c) => c.people)).toEqual([12]);
  });

  it('a family whose rows do not carry the dimension refuses it rather than answer its totals as a group', () => {
    expect(() => publishFamily(family, lattice, ask(['SEX']), region)).toThrow(
      /services indicators are not split by SEX/,
    );
    expect(() => publishFamily(people, split, ask(['DISABILITY']), region)).toThrow(/not split by DISABILITY/);
  });
});

describe('publishing split and unsplit answers of the same data (README "Indicators")', () => {
  // Province A has only women (10), B 3 women and 10 men, C only men (10): lattice.spec's case.
  const at = (province: string | null, targetGroup: string | null, people: number): MeasuredCell => ({
    ...cell('2025', province, people, people * 2),
    targetGroup,
  });
  const split = [
    at(null, null, 33),
    at('A', null, 10),
    at('B', null, 13),
    at('C', null, 10),
    at(null, 'SEX:F', 13),
    at(null, 'SEX:M', 20),
    at('A', 'SEX:F', 10),
    at('B', 'SEX:F', 3),
    at('B', 'SEX:M', 10),
    at('C', 'SEX:M', 10),
  ];
  const base = split.filter((c) => c.targetGroup === null);
  const region = { province: null, provider: null, suppress: true };
  const ask = (groupBy: Array<'PROVINCE' | 'SEX'>) =>
    normaliseRequest({ from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy });
  const splitFamily = { ...family, targetDimensions: ['SEX'] as const };
  const shown = (cells: ReturnType<typeof publishFamily>['cells']) =>
    cells.map((c) => `${c.province ?? '*'}:${c.targetGroup ?? '*'}=${c.people ?? 'hidden'}`);

  it('the base lattice alone and the split lattice publish the same base cells, and the split cells pinned to them', () => {
    for (const groupBy of [[], ['PROVINCE']] as const)
      expect(publishFamily(family, split, ask([...groupBy]), region)).toEqual(
        publishFamily(family, base, ask([...groupBy]), region),
      );
    expect(shown(publishFamily(family, base, ask(['PROVINCE']), region).cells)).toEqual(['A:*=10', 'B:*=13', 'C:*=10']);
    // B's 3 women hide B's men (B is published unsplit) and, in the women's row, A's women; A is published unsplit,
    // so A's men are hidden with them: 0 people, absent from the lattice, listed as suppressed so that a reader cannot
    // tell A's women from A. C's women (0, published) are omitted as before.
    const byProvince = publishFamily(splitFamily, split, ask(['PROVINCE', 'SEX']), region);
    expect(shown(byProvince.cells)).toEqual(['A:F=hidden', 'A:M=hidden', 'B:F=hidden', 'B:M=hidden', 'C:M=10']);
    expect(familyCsv(byProvince).split('\n')[2]).toBe('2025;A;;;;SEX;M;;true;COMPLEMENTARY;');
    // The totals by sex no longer have to be hidden (before: A's women = A, and the women's total less them = B's).
    expect(shown(publishFamily(splitFamily, split, ask(['SEX']), region).cells)).toEqual(['*:F=13', '*:M=20']);
    expect(suppressionPattern(split).has(JSON.stringify(['2025', 'A', null, null, null]))).toBe(false);
  });
});
