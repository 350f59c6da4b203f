import { describe, expect, it } from 'vitest';
import { datedKey, groupBy, idsByDate, indexBy, loadersOnDemand, manyByKey, oneByKey } from './loaders.ts';

describe('DataLoader helpers', () => {
  it('groups rows by key in their order, a row with several keys in each group once', () => {
    const groups = groupBy(
      [
        { k: 'a', n: 1 },
        { k: 'b', n: 2 },
        { k: 'a', n: 3 },
      ],
      (r) => r.k,
    );
    expect([...groups.entries()]).toEqual([
      [
        'a',
        [
          { k: 'a', n: 1 },
          { k: 'a', n: 3 },
        ],
      ],
      ['b', [{ k: 'b', n: 2 }]],
    ]);
    const multi = groupBy([{ tags: ['x', 'y', 'x'] }], (r) => r.tags);
    expect(multi.get('x')).toHaveLength(1);
    expect(multi.get('y')).toHaveLength(1);
  });

  it('groups 100,000 rows in linear time (copying the group for each row was quadratic)', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ key: String(i % 10) }));
    const started = performance.now();
    expect(groupBy(rows, (r) => r.key).get('3')).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('answers one value per key in the keys order, null or [] where the store had nothing', async () => {
    const rows = [
      { id: 'b', owner: 'o1' },
      { id: 'a', owner: 'o1' },
    ];
    const one = oneByKey(
      async () => rows,
      (r) => r.id,
    );
    expect(await one.loadMany(['a', 'z', 'b'])).toEqual([rows[1], null, rows[0]]);
    const many = manyByKey(
      async () => rows,
      (r) => r.owner,
    );
    expect(await many.loadMany(['o2', 'o1'])).toEqual([[], rows]);
    expect(indexBy(rows, (r) => r.id).get('a')).toBe(rows[1]);
  });

  it('splits dated keys into one batch per date, ids that contain @ included', () => {
    expect([
      ...idsByDate([datedKey('1A', '2025-01-01'), datedKey('x@y', '2025-01-01'), datedKey('2B', '2026-01-01')]),
    ]).toEqual([
      ['2025-01-01', ['1A', 'x@y']],
      ['2026-01-01', ['2B']],
    ]);
  });

  it('makes each loader of a request on its first use, once, from what the request shares', async () => {
    const made: string[] = [];
    const createLoaders = loadersOnDemand<{ prefix: string }>()({
      one: (deps) => {
        made.push('one');
        return oneByKey(
          async (keys) => keys.map((k) => `${deps.prefix}${k}`),
          (r) => r.slice(deps.prefix.length),
        );
      },
      other: () => {
        made.push('other');
        return 'unused';
      },
    });
    const first = createLoaders({ prefix: 'a:' });
    const second = createLoaders({ prefix: 'b:' });
    expect(made).toEqual([]);
    expect(await first.one.load('x')).toBe('a:x');
    expect(first.one).toBe(first.one);
    expect(await second.one.load('x')).toBe('b:x');
    expect(second.one).not.toBe(first.one);
    expect(made).toEqual(['one', 'one']);
  });
});
