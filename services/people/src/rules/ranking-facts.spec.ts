import { describe, expect, it } from 'vitest';
import { rankingFactsProblems } from './ranking-facts.ts';

const today = '2026-06-15';
const fields = (input: Partial<Parameters<typeof rankingFactsProblems>[0]>) =>
  rankingFactsProblems({ annualIncome: 0, dependants: 0, declaredOn: today, ...input }, today).map((p) => p.field);

describe('declared ranking facts (DOMAIN.md "Ranking list": dependants and income score points)', () => {
  it('ranking list criteria: income is zero or more euro (0 in, -0.01 and NaN out)', () => {
    expect(fields({ annualIncome: 0 })).toEqual([]);
    expect(fields({ annualIncome: -0.01 })).toEqual(['annualIncome']);
    expect(fields({ annualIncome: Number.NaN })).toEqual(['annualIncome']);
  });

  it('ranking list criteria: dependants are a whole number from 0 to 30 (30 in, 31, -1 and 1.5 out)', () => {
    expect(fields({ dependants: 30 })).toEqual([]);
    expect(fields({ dependants: 31 })).toEqual(['dependants']);
    expect(fields({ dependants: -1 })).toEqual(['dependants']);
    expect(fields({ dependants: 1.5 })).toEqual(['dependants']);
  });

  it('ranking list criteria: a declaration dated today is accepted, tomorrow refused', () => {
    expect(fields({ declaredOn: today })).toEqual([]);
    expect(fields({ declaredOn: '2026-06-16' })).toEqual(['declaredOn']);
  });
});
