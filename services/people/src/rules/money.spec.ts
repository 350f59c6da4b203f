import { describe, expect, it } from 'vitest';
import { euroToCents } from './money.ts';

describe('euro amounts as whole cents', () => {
  it('converts to cents, rounding away the float error of a sum', () => {
    expect(euroToCents(12.34)).toBe(1234);
    expect(euroToCents(0.1 + 0.2)).toBe(30);
    expect(euroToCents(0)).toBe(0);
  });

  it('keeps an amount not given as not given', () => {
    expect(euroToCents(null)).toBeNull();
    expect(euroToCents(undefined)).toBeNull();
  });
});
