import { describe, expect, it } from 'vitest';
import { suspensionProblems } from './suspension.ts';

const fields = (input: Parameters<typeof suspensionProblems>[0]) => suspensionProblems(input).map((p) => p.field);

describe('a suspension of the obligation (L. 68/1999 art. 3 c.5)', () => {
  const valid = { legalBasis: 'L. 68/1999 art. 3 c.5, CIGS', validFrom: '2026-01-01' };

  it('L. 68/1999 art. 3 c.5: the legal basis is stated; spaces only are refused', () => {
    expect(fields(valid)).toEqual([]);
    expect(fields({ ...valid, legalBasis: '  ' })).toEqual(['legalBasis']);
  });

  it('L. 68/1999 art. 3 c.5: it may end the day it starts or later, or stay open; never the day before', () => {
    expect(fields({ ...valid, validTo: '2026-01-01' })).toEqual([]);
    expect(fields({ ...valid, validTo: null })).toEqual([]);
    expect(fields({ ...valid, validTo: '2025-12-31' })).toEqual(['validTo']);
  });
});
