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
