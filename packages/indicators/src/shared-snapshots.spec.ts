import { describe, expect, it } from 'vitest';
import { createSnapshotCache, type SharedSnapshots } from './snapshots.ts';

/** What Redis does for the replicas, in one process: stored snapshots and a lock per key. */
function sharedInMemory(): SharedSnapshots {
  const stored = new Map<string, { value: unknown; computedAt: Date }>();
  const locks = new Set<string>();
  return {
    read: async (key) => stored.get(key) ?? null,
    write: async (key, snapshot) => {
      stored.set(key, snapshot);
    },
    lock: async (key) => {
      if (locks.has(key)) return false;
      locks.add(key);
      return true;
    },
    unlock: async (key) => {
      locks.delete(key);
    },
    isLocked: async (key) => locks.has(key),
    close: async () => {},
  };
}

const logger = { error: () => {} };

describe('indicator snapshots shared by replicas (README "Replicas and shared state")', () => {
  it('two replicas asking the same key at once compute it once; both answer the same snapshot', async () => {
    const shared = sharedInMemory();
    const replicas = [
      createSnapshotCache<{ n: number }>({ maxAgeSeconds: 300, logger, shared }),
      createSnapshotCache<{ n: number }>({ maxAgeSeconds: 300, logger, shared }),
    ];
    let computations = 0;
    const compute = async () => {
      computations += 1;
      await new Promise((r) => setTimeout(r, 100));
      return { n: computations };
    };
    const [a, b] = await Promise.all([replicas[0]!.get('k', compute), replicas[1]!.get('k', compute)]);
    expect(computations).toBe(1);
    expect(b).toEqual(a);
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('a replica that starts later reads the snapshot the first one computed', async () => {
    const shared = sharedInMemory();
    const first = createSnapshotCache<{ n: number }>({ maxAgeSeconds: 300, logger, shared });
    const computed = await first.get('k', async () => ({ n: 1 }));
    const later = createSnapshotCache<{ n: number }>({ maxAgeSeconds: 300, logger, shared });
    const read = await later.get('k', async () => {
      throw new Error('must not compute');
    });
    expect(read).toEqual(computed);
    await first.close();
    await later.close();
  });

  it('when the replica holding the lock gives up, a waiting one computes it itself', async () => {
    const shared = sharedInMemory();
    await shared.lock('k');
    const cache = createSnapshotCache<{ n: number }>({ maxAgeSeconds: 300, logger, shared });
    setTimeout(() => void shared.unlock('k'), 120);
    expect((await cache.get('k', async () => ({ n: 7 }))).value).toEqual({ n: 7 });
    await cache.close();
  });
});
