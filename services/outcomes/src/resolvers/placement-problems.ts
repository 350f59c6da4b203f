import { conflict, inputError, ruleViolation } from '@reg/errors';
import type { FollowUpProblem } from '../rules/follow-up-check.ts';
import type { EndProblem } from '../rules/placement-end.ts';

/** A refusal decided inside a transaction, carried out of it so the transaction rolls back and the client gets the error. */
export class Refused extends Error {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

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

/** Runs `work`, giving the client the error a Refused carries. */
export async function unwrapRefused<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) throw error.error;
    throw error;
  }
}
