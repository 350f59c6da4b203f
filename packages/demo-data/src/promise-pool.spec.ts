import { describe, expect, it } from 'vitest';
import { limiter, runPoolWhenReady } from './promise-pool.ts';

/** A promise settled from outside, to decide when a task is ready or ends. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('limiter', () => {
  it('runs at most the given number of tasks at once, the next one starting as one ends', async () => {
    const slot = limiter(2);
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const done = gates.map((g, i) =>
      slot(async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    expect(await Promise.all(done)).toEqual([0, 1, 2]);
  });

  it('starts no waiting task after a failure: each rejects with the first error', async () => {
    const slot = limiter(1);
    const started: string[] = [];
    const first = slot(async () => {
      started.push('first');
      throw new Error('refused');
    });
    const second = slot(async () => {
      started.push('second');
    });
    await expect(first).rejects.toThrow('refused');
    await expect(second).rejects.toThrow('refused');
    expect(started).toEqual(['first']);
  });
});

describe('runPoolWhenReady', () => {
  it('starts each item once it is ready, in the order they become ready, without holding a place while waiting', async () => {
    const ready = { a: gate(), b: gate(), c: gate() };
    const started: string[] = [];
    const run = runPoolWhenReady(
      ['a', 'b', 'c'] as const,
      1,
      (item) => ready[item].promise,
      async (item) => {
        started.push(item);
      },
    );
    ready.c.open();
    await tick();
    expect(started).toEqual(['c']);
    ready.b.open();
    ready.a.open();
    await run;
    expect(started).toEqual(['c', 'b', 'a']);
  });

  it('throws the first failure once every started item has ended', async () => {
    const ended: string[] = [];
    await expect(
      runPoolWhenReady(
        ['a', 'b'],
        2,
        async () => {},
        async (item) => {
          if (item === 'a') throw new Error(`refused ${item}`);
          await tick();
          ended.push(item);
        },
      ),
    ).rejects.toThrow('refused a');
    expect(ended).toEqual(['b']);
  });
});
