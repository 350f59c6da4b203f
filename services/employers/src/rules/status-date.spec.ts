import { describe, expect, it } from 'vitest';
import { statusDateProblem } from './status-date.ts';

describe('status date bounds', () => {
  it('past dates and projections within ten years are fine; further is refused', () => {
    expect(statusDateProblem('2020-01-01', '2026-11-23')).toBeNull();
    expect(statusDateProblem('2036-11-23', '2026-11-23')).toBeNull();
    expect(statusDateProblem('2099-01-01', '2026-11-23')).toMatch(/at most 10 years ahead/);
  });
});
