import { createRequire } from 'node:module';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type FieldNode, type GraphQLError as GraphQLErrorType } from 'graphql';

/**
 * graphql-js as Node loads it for the gateway runtime (its CommonJS entry): the runtime tells client errors from
 * unexpected ones with instanceof, and a bundler or test runner may hand this module graphql's ESM copy instead.
 */
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** What the gateway's @requiresScopes check is given for one field (a subset of @envelop/generic-auth's params). */
export interface ScopeCheck {
  user: unknown;
  fieldNode: FieldNode;
  path: ReadonlyArray<string | number>;
  typeScopes?: string[][];
  fieldScopes?: string[][];
  userScopes: string[];
}

/** The first alternative of a @requiresScopes the caller does not hold in full, or null when one is held. */
export function missingScopes(
  required: readonly (readonly string[])[] | undefined,
  held: readonly string[],
): string[] | null {
  if (!required?.length) return null;
  if (required.some((all) => all.every((scope) => held.includes(scope)))) return null;
  const first = required[0]!;
  return first.filter((scope) => !held.includes(scope));
}

/**
 * The gateway's refusal of a field the caller lacks a scope for, in the graph's refusal model (README, "Refusal
 * model"): the field is left out and answers null, with FORBIDDEN naming the scope, the same error the owning
 * subgraph gives, instead of the plugin's generic "Unauthorized field or type". It names only the scope, never the
 * record: the answer is the same whoever the field is about.
 */
export function refuseMissingScope(check: ScopeCheck): GraphQLErrorType | undefined {
  const missing =
    missingScopes(check.typeScopes, check.userScopes) ?? missingScopes(check.fieldScopes, check.userScopes);
  if (!missing) return undefined;
  const scope = missing.join(' ');
  // The plugin marks list fields with '@' in the path (placed before the list's name), and then writes the null at
  // that path: a root list came back as {"@": {...}}. Without the markers the null lands on the field itself, in
  // every item of a list; the path then names the field without list indices (one error for the whole selection).
  const path = check.path.filter((segment) => segment !== '@');
  return new GraphQLError(`This field needs scope ${scope}`, {
    nodes: [check.fieldNode],
    path,
    extensions: { code: 'FORBIDDEN', scope },
  });
}

/**
 * When the scope check has left nothing of an operation (every root field refused), the answer is the refusals
 * alone, each field null: nothing is planned. The Rust planner cannot plan an operation with no selection (it
 * would answer INTERNAL_SERVER_ERROR instead of FORBIDDEN), and the runtime's planner would only plan nothing.
 * Runs after the runtime's @envelop/generic-auth (which trims the document in its own onExecute), whose result
 * hook then adds its errors and nulls to this empty answer.
 */
export function useNothingLeftToPlan(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation && operation.selectionSet.selections.length === 0) setResultAndStopExecution({ data: {} });
    },
  };
}
