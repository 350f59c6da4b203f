import { rowProblemOf, type RowProblem } from '@reg/errors';

/** One row's step in a bulk call: its value, or the problem the single mutation would have refused the row with. */
export type RowCheck<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

const refused = (error: unknown): RowCheck<never> => ({ ok: false, problem: rowProblemOf(error) });

/**
 * Runs one row's step and keeps its refusal as the row's problem, so that a refused row stops nothing (README
 * "Bulk loading"); anything but a client error (a bug, the database) still fails the call (rowProblemOf). A step
 * that waits answers a promise of the check.
 */
export function rowChecked<T>(step: () => Promise<T>): Promise<RowCheck<T>>;
export function rowChecked<T>(step: () => T): RowCheck<T>;
export function rowChecked<T>(step: () => T | Promise<T>): RowCheck<T> | Promise<RowCheck<T>> {
  try {
    const value = step();
    if (value instanceof Promise) return value.then((v): RowCheck<T> => ({ ok: true, value: v }), refused);
    return { ok: true, value };
  } catch (error) {
    return refused(error);
  }
}

/** Each row through its step on its own (rowChecked), in the rows' order. */
export function rowsChecked<R, T>(rows: readonly R[], step: (row: R, index: number) => T): RowCheck<T>[] {
  return rows.map((row, index) => rowChecked(() => step(row, index)));
}
