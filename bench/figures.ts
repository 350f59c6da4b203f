import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** One measured figure, as `pnpm bench:all` collects it from the benchmarks it runs. */
export interface Figure {
  bench: string;
  /** What was measured, e.g. `person with everything, varied / this gateway / CPU ms per request`. */
  name: string;
  value: number;
  unit: string;
  /** The 1-minute load average while it was measured (a range when measured over rounds). */
  load: string;
}

/**
 * Appends a figure to BENCH_FIGURES_FILE (JSON lines) when `pnpm bench:all` set it; a benchmark run on its own
 * prints its tables as always and records nothing.
 */
export function recordFigure(figure: Omit<Figure, 'load'> & { load?: string }): void {
  const file = process.env['BENCH_FIGURES_FILE'];
  // A run that served no request has no figure (its division gave Infinity or NaN): the target reads "not measured".
  if (!file || !Number.isFinite(figure.value)) return;
  appendFileSync(file, `${JSON.stringify({ ...figure, load: figure.load ?? loadavg()[0]!.toFixed(2) })}\n`);
}

/** The middle value (the mean of the two middle ones for an even count): what the benchmarks report of their rounds. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
