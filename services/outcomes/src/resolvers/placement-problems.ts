import { conflict, inputError, ruleViolation } from '@reg/errors';
import type { FollowUpProblem } from '../rules/follow-up-check.ts';
import type { EndProblem } from '../rules/placement-end.ts';

export function problemError(problem: EndProblem | FollowUpProblem): Error {
  switch (problem.kind) {
    case 'input':
      return inputError(problem);
    case 'rule':
      return ruleViolation(problem.rule, problem.message, problem.details);
    case 'conflict':
      return conflict(problem.message, { field: 'input.placementId' });
  }
}
