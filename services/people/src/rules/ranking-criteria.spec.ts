import { describe, expect, it } from 'vitest';
import { fullMonthsBetween, rankCandidates, scoreCandidate, weightsOn, type RankingCandidate } from './ranking-criteria.ts';

const weights = weightsOn('2025-06-30');
const candidate = (change: Partial<RankingCandidate>): RankingCandidate => ({ personId: 'p', birthDate: '1980-01-01', enrolledOn: '2024-06-30', dependants: 0, annualIncome: 0, invalidityPercent: 0, ...change });

describe('ranking list (DOMAIN.md: initial points + months of seniority - dependants + income points - invalidity points; lower is better)', () => {
  it('each criterion explains its points', () => {
    const { score, criteria } = scoreCandidate(candidate({ dependants: 2, annualIncome: 12_500, invalidityPercent: 67 }), '2025-06-30', weights);
    expect(criteria.map((c) => [c.name, c.points])).toEqual([['INITIAL', 100], ['SENIORITY_MONTHS', 12], ['DEPENDANTS', -2], ['INCOME', 12], ['INVALIDITY', -6]]);
    expect(score).toBe(116);
  });

  it('full months of seniority: one day short of a month does not count', () => {
    expect(fullMonthsBetween('2025-01-15', '2025-02-14')).toBe(0);
    expect(fullMonthsBetween('2025-01-15', '2025-02-15')).toBe(1);
  });

  it('undeclared income counts the least favourable points', () => {
    expect(scoreCandidate(candidate({ annualIncome: null }), '2025-06-30', weights).criteria.find((c) => c.name === 'INCOME')!.points).toBe(50);
  });

  it('lower score ranks first; ties by longer enrolment, then older person: the same inputs give the same list', () => {
    const people = [
      candidate({ personId: 'b', annualIncome: 30_000 }),
      candidate({ personId: 'a', annualIncome: 5_000 }),
      candidate({ personId: 'c', annualIncome: 5_000, birthDate: '1970-01-01' }),
    ];
    const ranked = rankCandidates(people, '2025-06-30', weights);
    expect(ranked.map((r) => [r.position, r.personId])).toEqual([[1, 'c'], [2, 'a'], [3, 'b']]);
    expect(rankCandidates([...people].reverse(), '2025-06-30', weights)).toEqual(ranked);
  });

  it('weights are dated configuration: none before the first version', () => {
    expect(() => weightsOn('1999-12-31')).toThrow();
  });
});
