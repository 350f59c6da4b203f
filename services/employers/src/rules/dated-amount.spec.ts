import { describe, expect, it } from 'vitest';
import { deriveSanctions, L68_AMOUNTS, SANCTION_TIMES_CONTRIBUTION, type L68Amount } from '../reference/l68-amounts.ts';
import { amountOn } from './dated-amount.ts';

describe('dated L. 68/1999 amounts', () => {
  it('DOMAIN.md: EUR 196.05 per working day per uncovered position since 2022', () => {
    expect(amountOn(L68_AMOUNTS, 'UNCOVERED_POSITION_PER_WORKING_DAY', '2022-01-01')?.euros).toBe(196.05);
    expect(amountOn(L68_AMOUNTS, 'UNCOVERED_POSITION_PER_WORKING_DAY', '2026-11-23')?.euros).toBe(196.05);
    expect(amountOn(L68_AMOUNTS, 'UNCOVERED_POSITION_PER_WORKING_DAY', '2021-12-31')?.euros).toBe(153.2);
  });

  it('DOMAIN.md, L. 68/1999 art. 15 c.4 as amended by D.Lgs. 151/2015: before 2022 the contribution is EUR 30.64 and the sanction five times it, EUR 153.20', () => {
    expect(amountOn(L68_AMOUNTS, 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', '2021-12-31')?.euros).toBe(30.64);
    expect(amountOn(L68_AMOUNTS, 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', '2022-01-01')?.euros).toBe(39.21);
    expect(amountOn(L68_AMOUNTS, 'UNCOVERED_POSITION_PER_WORKING_DAY', '2015-09-24')?.euros).toBe(153.2);
    // Before the sanction became a multiple of the contribution: not configured, never guessed.
    expect(amountOn(L68_AMOUNTS, 'UNCOVERED_POSITION_PER_WORKING_DAY', '2015-09-23')).toBeNull();
    expect(amountOn(L68_AMOUNTS, 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', '2015-09-23')).toBeNull();
  });

  it('art. 15 c.4: every sanction row is the contribution of the same period times SANCTION_TIMES_CONTRIBUTION', () => {
    const sanctions = L68_AMOUNTS.filter((a) => a.kind === 'UNCOVERED_POSITION_PER_WORKING_DAY');
    expect(sanctions).toHaveLength(2);
    for (const s of sanctions) {
      const contribution = amountOn(L68_AMOUNTS, 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', s.validFrom)!;
      expect(Math.round(s.euros * 100)).toBe(Math.round(contribution.euros * 100) * SANCTION_TIMES_CONTRIBUTION);
      expect(s.validTo).toBe(contribution.validTo);
    }
    expect(
      deriveSanctions([
        {
          kind: 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY',
          euros: 0.07,
          validFrom: '2030-01-01',
          validTo: null,
          source: 'test',
        },
      ])[0]!.euros,
    ).toBe(0.35);
  });

  it('DOMAIN.md: late report EUR 702.43 + EUR 34.02 per day; exemption EUR 39.21 per working day', () => {
    expect(amountOn(L68_AMOUNTS, 'LATE_REPORT_FIXED', '2026-02-01')?.euros).toBe(702.43);
    expect(amountOn(L68_AMOUNTS, 'LATE_REPORT_PER_DAY', '2026-02-01')?.euros).toBe(34.02);
    expect(amountOn(L68_AMOUNTS, 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', '2026-02-01')?.euros).toBe(39.21);
  });

  it('a later decree closes the earlier row: each date picks the row valid on it', () => {
    const amounts: L68Amount[] = [
      { kind: 'LATE_REPORT_PER_DAY', euros: 30, validFrom: '2016-01-01', validTo: '2021-12-31', source: 'test' },
      { kind: 'LATE_REPORT_PER_DAY', euros: 34.02, validFrom: '2022-01-01', validTo: null, source: 'test' },
    ];
    expect(amountOn(amounts, 'LATE_REPORT_PER_DAY', '2021-12-31')?.euros).toBe(30);
    expect(amountOn(amounts, 'LATE_REPORT_PER_DAY', '2022-01-01')?.euros).toBe(34.02);
  });

  it('every configured amount cites its source', () => {
    for (const amount of L68_AMOUNTS) expect(amount.source).toMatch(/L\. 68\/1999 art\. \d+/);
  });
});
