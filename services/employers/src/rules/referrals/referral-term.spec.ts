import { describe, expect, it } from 'vitest';
import { referralTerm } from './referral-term.ts';

describe('the 60-day term of L. 68/1999 art. 9 c.1 (numeric referral by the CPI after it, art. 7 c.1-bis)', () => {
  const arisen = '2026-01-01';

  it('L.68 art. 9 c.1: the term ends 60 days after the obligation arises (1 Jan -> 2 Mar)', () => {
    expect(referralTerm(arisen, '2026-01-10').endsOn).toBe('2026-03-02');
  });

  it('L.68 art. 9 c.1: day 59 (just under) is within the term', () => {
    expect(referralTerm(arisen, '2026-03-01')).toMatchObject({ daysElapsed: 59, expired: false });
  });

  it('L.68 art. 9 c.1: day 60 (at) is still within the term', () => {
    expect(referralTerm(arisen, '2026-03-02')).toMatchObject({ daysElapsed: 60, expired: false });
  });

  it('L.68 art. 9 c.1 and art. 7 c.1-bis: day 61 (just over) the term has expired and the CPI refers from the list', () => {
    expect(referralTerm(arisen, '2026-03-03')).toMatchObject({ daysElapsed: 61, expired: true });
  });

  it('counts calendar days across a leap February (2028: 1 Jan + 60 = 1 Mar)', () => {
    expect(referralTerm('2028-01-01', '2028-01-02').endsOn).toBe('2028-03-01');
  });
});
