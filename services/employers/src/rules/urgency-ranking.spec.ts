import { describe, expect, it } from 'vitest';
import { rankByUrgency } from './urgency-ranking.ts';

const s = (
  employerName: string,
  accruedSanction: number | null,
  sanctionablePositions: number,
  uncovered: number,
  uncoveredSince: string | null = '2025-12-31',
) => ({ employerName, employerId: employerName, accruedSanction, sanctionablePositions, uncovered, uncoveredSince });

describe('ranking employers by urgency', () => {
  it('accrued sanction first, then sanctionable, then uncovered positions, then the oldest shortfall', () => {
    const ranked = rankByUrgency([
      s('A', 100, 1, 1),
      s('B', 500, 1, 1),
      s('C', 100, 2, 2),
      s('D', 100, 2, 3),
      s('E', 100, 2, 3, '2024-12-31'),
    ]);
    expect(ranked.map((r) => r.employerName)).toEqual(['B', 'E', 'D', 'C', 'A']);
  });

  it('employers with nothing uncovered are left out; an unknown amount ranks first', () => {
    expect(rankByUrgency([s('A', 0, 0, 0), s('B', 10, 1, 1), s('C', null, 1, 1)]).map((r) => r.employerName)).toEqual([
      'C',
      'B',
    ]);
  });
});
