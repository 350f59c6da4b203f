/**
 * A stack of clean-up steps run in reverse order of registration, every step even when an earlier one fails:
 * what a test starts (databases, servers, folders) is released whatever happens. `await using` calls it.
 */
export class CleanupStack implements AsyncDisposable {
  readonly #steps: Array<() => unknown> = [];

  /** Registers a step; returns the value it cleans up after, for `const x = stack.adopt(await start(), (x) => x.close())`. */
  adopt<T>(value: T, release: (value: T) => unknown): T {
    this.#steps.push(() => release(value));
    return value;
  }

  defer(step: () => unknown): void {
    this.#steps.push(step);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, 'several clean-up steps failed');
  }
}
