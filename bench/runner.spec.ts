import { describe, expect, it } from 'vitest';
import { benchRunner } from './runner.ts';

describe('benchRunner (BENCH_RUNNER)', () => {
  it('runs the sources unless told to run the bundles', () => {
    expect(benchRunner({})).toBe('source');
    expect(benchRunner({ BENCH_RUNNER: 'dist' })).toBe('dist');
    expect(benchRunner({ BENCH_RUNNER: 'source' })).toBe('source');
  });

  it('refuses a runner it does not know, naming the two it does', () => {
    expect(() => benchRunner({ BENCH_RUNNER: 'bundle' })).toThrow('BENCH_RUNNER must be source or dist, not bundle');
  });
});
