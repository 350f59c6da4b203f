import type { InputProblem } from '@reg/errors';

/**
 * The facts a person declares for the ranking list (DOMAIN.md "Ranking list", the Emilia-Romagna scheme: dependants
 * and declared income score points): income zero or more euro, dependants a whole number from 0 to 30, declared no
 * later than today.
 */
export function rankingFactsProblems(
  input: { annualIncome: number; dependants: number; declaredOn: string },
  today: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!(input.annualIncome >= 0)) problems.push({ field: 'annualIncome', message: 'Income is zero or more euro' });
  if (!Number.isInteger(input.dependants) || input.dependants < 0 || input.dependants > 30)
    problems.push({ field: 'dependants', message: 'Dependants are a whole number from 0 to 30' });
  if (input.declaredOn > today)
    problems.push({ field: 'declaredOn', message: 'A declaration cannot be dated in the future' });
  return problems;
}
