import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, pageSizeProblem } from './page-size.ts';

describe('page size', () => {
  it('1 to 100 rows per page', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageSizeProblem(1)).toBeNull();
    expect(pageSizeProblem(100)).toBeNull();
    expect(pageSizeProblem(0)).toBe('first must be from 1 to 100, got 0');
    expect(pageSizeProblem(101)).toBe('first must be from 1 to 100, got 101');
    expect(pageSizeProblem(-1)).not.toBeNull();
  });
});
