import { describe, expect, it } from 'vitest';
import { GENERAL_NOMINATIVE_FROM, nominativePositions, nominativeShare } from './nominative-share.ts';

const before = '2015-09-23';
const share = (staff: number | null, on = before, employerKind: 'PRIVATE' | 'PUBLIC_ECONOMIC' | 'PUBLIC' = 'PRIVATE') =>
  nominativeShare({ on, employerKind, partyUnionNonProfit: false, staff });

describe('nominative share (L. 68/1999 art. 7)', () => {
  it('L.68 art. 7 c.1 as replaced by D.Lgs. 151/2015: from 24 Sept 2015 a private employer asks every hire by name, whatever its size', () => {
    expect(GENERAL_NOMINATIVE_FROM).toBe('2015-09-24');
    for (const staff of [15, 35, 36, 50, 51, 1000, null])
      expect(share(staff, GENERAL_NOMINATIVE_FROM)).toMatchObject({ share: 1 });
    expect(share(200, '2026-12-01', 'PUBLIC_ECONOMIC')).toMatchObject({ share: 1 });
  });

  it('L.68 art. 7 c.2: a public administration never asks by name, before or after the amendment', () => {
    expect(share(40, '2026-12-01', 'PUBLIC')).toMatchObject({ share: 0, source: 'L. 68/1999 art. 7 c.2' });
    expect(share(40, before, 'PUBLIC')).toMatchObject({ share: 0 });
  });

  it('L.68 art. 7 c.1 before D.Lgs. 151/2015: 15-35 employees all by name (at 15, at 35)', () => {
    expect(share(15)).toMatchObject({ share: 1 });
    expect(share(35)).toMatchObject({ share: 1 });
  });

  it('L.68 art. 7 c.1 before D.Lgs. 151/2015: 36-50 employees half by name (36 just over 35, at 50)', () => {
    expect(share(36)).toMatchObject({ share: 0.5 });
    expect(share(50)).toMatchObject({ share: 0.5 });
  });

  it('L.68 art. 7 c.1 before D.Lgs. 151/2015: above 50 employees 60% by name (51 just over 50)', () => {
    expect(share(51)).toMatchObject({ share: 0.6 });
  });

  it('L.68 art. 7 c.1 before D.Lgs. 151/2015: parties, unions and non-profits of art. 3 c.3 all by name at any size', () => {
    expect(
      nominativeShare({ on: before, employerKind: 'PRIVATE', partyUnionNonProfit: true, staff: 80 }),
    ).toMatchObject({ share: 1 });
  });

  it('the day before the amendment the size rule applies; on its first day it does not', () => {
    expect(share(60, '2015-09-23')).toMatchObject({ share: 0.6 });
    expect(share(60, '2015-09-24')).toMatchObject({ share: 1 });
  });

  it('under the old text a share needs the staff: unknown staff is a problem, not a guess', () => {
    expect(share(null)).toMatchObject({ problem: 'STAFF_UNKNOWN' });
  });

  it('nominative positions: the share of the quota rounded down (60% of 7 = 4.2 -> 4; 50% of 2 = 1; 100% of 3 = 3)', () => {
    expect(nominativePositions(0.6, 7)).toBe(4);
    expect(nominativePositions(0.5, 2)).toBe(1);
    expect(nominativePositions(1, 3)).toBe(3);
    expect(nominativePositions(0.6, 5)).toBe(3);
  });
});
