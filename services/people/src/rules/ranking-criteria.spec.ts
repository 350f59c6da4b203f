import { describe, expect, it } from 'vitest';
import {
  fullMonthsBetween,
  rankCandidates,
  rankingWeightVersions,
  scoreCandidate,
  weightsOn,
  type RankingCandidate,
} from './ranking-criteria.ts';

const weights = weightsOn('2025-06-30');
const candidate = (change: Partial<RankingCandidate>): RankingCandidate => ({
  personId: 'p',
  birthDate: '1980-01-01',
  enrolledOn: '2024-06-30',
  dependants: 0,
  annualIncome: 0,
  invalidityPercent: 0,
  ...change,
});

describe('ranking list (DOMAIN.md: initial points, seniority, dependants, income, invalidity; lower is better)', () => {
  it('each criterion explains its points', () => {
    const { score, criteria } = scoreCandidate(
      candidate({ dependants: 2, annualIncome: 12_500, invalidityPercent: 67 }),
      '2025-06-30',
      weights,
    );
    expect(criteria.map((c) => [c.name, c.points])).toEqual([
      ['INITIAL', 100],
      ['SENIORITY_MONTHS', -12],
      ['DEPENDANTS', -2],
      ['INCOME', 12],
      ['INVALIDITY', -6],
    ]);
    expect(score).toBe(92);
  });

  it('seniority favours the longer enrolment (direction explicit in the dated weights): a month more ranks first, a day short of it ties', () => {
    const newer = candidate({ personId: 'newer', enrolledOn: '2024-07-01' });
    const older = candidate({ personId: 'older', enrolledOn: '2024-05-30' });
    const sameMonth = candidate({ personId: 'same', enrolledOn: '2024-06-01' });
    expect(scoreCandidate(older, '2025-06-30', weights).score).toBe(
      scoreCandidate(newer, '2025-06-30', weights).score - 2,
    );
    expect(rankCandidates([newer, older], '2025-06-30', weights).map((r) => r.personId)).toEqual(['older', 'newer']);
    // 2024-06-01 and 2024-06-30 are both 12 full months: same points, the tie-break puts the earlier first.
    expect(scoreCandidate(sameMonth, '2025-06-30', weights).score).toBe(
      scoreCandidate(candidate({}), '2025-06-30', weights).score,
    );
    for (const version of rankingWeightVersions)
      expect(
        version.seniorityFavours === 'LONGER_ENROLMENT'
          ? version.perMonthOfSeniority < 0
          : version.perMonthOfSeniority > 0,
      ).toBe(true);
  });

  it('a version whose weight contradicts its stated direction is refused, not applied', () => {
    const wrong = { ...weights, id: 'WRONG', perMonthOfSeniority: 1 };
    expect(() => weightsOn('2025-06-30', [wrong])).toThrow(/does not favour the longer enrolment/);
  });

  it('full months of seniority: one day short of a month does not count', () => {
    expect(fullMonthsBetween('2025-01-15', '2025-02-14')).toBe(0);
    expect(fullMonthsBetween('2025-01-15', '2025-02-15')).toBe(1);
  });

  it('undeclared income counts the least favourable points', () => {
    expect(
      scoreCandidate(candidate({ annualIncome: null }), '2025-06-30', weights).criteria.find(
        (c) => c.name === 'INCOME',
      )!.points,
    ).toBe(50);
  });

  it('lower score ranks first; ties by longer enrolment, then older person: the same inputs give the same list', () => {
    const people = [
      candidate({ personId: 'b', annualIncome: 30_000 }),
      candidate({ personId: 'a', annualIncome: 5_000 }),
      candidate({ personId: 'c', annualIncome: 5_000, birthDate: '1970-01-01' }),
    ];
    const ranked = rankCandidates(people, '2025-06-30', weights);
    expect(ranked.map((r) => [r.position, r.personId])).toEqual([
      [1, 'c'],
      [2, 'a'],
      [3, 'b'],
    ]);
    expect(rankCandidates([...people].reverse(), '2025-06-30', weights)).toEqual(ranked);
  });

  it('weights are dated configuration: none before the first version', () => {
    expect(() => weightsOn('1999-12-31')).toThrow();
  });
});
