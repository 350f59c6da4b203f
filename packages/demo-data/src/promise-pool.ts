/**
 * Runs `task` over the items with at most `concurrency` of them in flight. On the first failure no new task is
 * started; the ones in flight finish, then the first error is thrown, so a load stops at its first problem
 * instead of piling thousands of follow-on errors on it.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive whole number, got ${concurrency}`);
  const state: { next: number; failed: boolean; error: unknown } = { next: 0, failed: false, error: undefined };
  const worker = async () => {
    while (!state.failed && state.next < items.length) {
      const index = state.next++;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        if (!state.failed) Object.assign(state, { failed: true, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (state.failed) throw state.error;
}

/**
 * A gate for tasks that become ready at different times (a phase's batches, each once what it needs is in): at most
 * `concurrency` of them run at once, the next one waiting starts as one ends. As in runPool, after the first failure
 * no waiting or later task is started: each rejects with that first error.
 */
export function limiter(concurrency: number): <R>(task: () => Promise<R>) => Promise<R> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive whole number, got ${concurrency}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  let failure: { error: unknown } | null = null;
  return async (task) => {
    // A task woken from the queue takes over the slot of the one that ended (running stays as it is).
    if (running < concurrency) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      if (failure) throw failure.error;
      return await task();
    } catch (error) {
      failure ??= { error };
      throw error;
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Runs `task` over the items as runPool does (at most `concurrency` in flight, nothing new after the first failure,
 * then that failure thrown), but each item only once its `ready` promise settles, in the order they become ready: a
 * phase's part starts as soon as what it needs is in, without holding a place while it waits.
 */
export async function runPoolWhenReady<T>(
  items: readonly T[],
  concurrency: number,
  ready: (item: T) => Promise<unknown>,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const slot = limiter(concurrency);
  const settled = await Promise.allSettled(
    items.map(async (item) => {
      await ready(item);
      await slot(() => task(item));
    }),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
}
