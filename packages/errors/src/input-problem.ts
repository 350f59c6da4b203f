import type { GraphQLError } from 'graphql';
import { badInput, ruleViolation } from './codes.ts';

/**
 * One thing wrong with an input, as a pure rule reports it: `field` is the path inside the input
 * (e.g. "workers[2].count"), `message` one line saying what to change. A problem that breaks a named domain
 * rule carries its stable `rule` id. Rules return these; resolvers turn them into GraphQL errors with
 * `inputError`, so every subgraph answers bad input the same way.
 */
export interface InputProblem {
  field: string;
  message: string;
  rule?: string;
}

/**
 * The client's error for a problem: BAD_USER_INPUT, or RULE_VIOLATION when the problem names a rule, with
 * `extensions.field` the path from the operation's argument (`at`, "input" by default: "input.workers[2].count").
 */
export function inputError(problem: InputProblem, at = 'input'): GraphQLError {
  const field = at ? `${at}.${problem.field}` : problem.field;
  return problem.rule ? ruleViolation(problem.rule, problem.message, { field }) : badInput(field, problem.message);
}
