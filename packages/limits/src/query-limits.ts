import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * The one place that bounds what a single operation may ask, for the gateway and every subgraph alike
 * (a subgraph reached directly is the last line, so it applies the same numbers). They leave room for the
 * deepest legitimate query of the graph (a person with deliveries, their standard and modalities,
 * placements with employer: depth 6) and for dashboards that alias a field per province (12 in Lombardy).
 */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  /**
   * Tokens of a document a subgraph parses: the gateway writes subgraph documents itself and inlines input
   * values into them (a batch of 500 delivery rows is one document), so the bound is the gateway's times the
   * largest batch input, and the body limit bounds it further.
   */
  subgraphMaxTokens: 50_000,
  /** Aliases in a subgraph document: the gateway aliases each row of a batch (500 at most) in what it sends. */
  subgraphMaxAliases: 1000,
  maxCost: 20000,
  maxBodyBytes: 256 * 1024,
} as const;

export type QueryLimitName = 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxCost';

/**
 * A refused operation is the request's fault: BAD_USER_INPUT with the limit's name and number, answered
 * with HTTP 400 (the `http` extension is read by the gateway and Apollo Server, then dropped by the mask).
 */
export function limitError(limit: QueryLimitName, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error:\s*/, ''), {
    extensions: { code: 'BAD_USER_INPUT', limit, max: queryLimits[limit], http: { status: 400 } },
  });
}

/** graphql-armor throws from inside validation (a 500); reported instead, the refusal is an ordinary 400. */
const reportAs = (limit: QueryLimitName) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(limit, error.message)),
  ],
});

/**
 * Validation rules for depth, aliases and cost. Introspection is counted in production only (development
 * tools send deep introspection queries; production refuses introspection anyway).
 */
export function queryLimitRules(production: boolean, maxAliases: number = queryLimits.maxAliases): ValidationRule[] {
  return [
    maxDepthRule({
      n: queryLimits.maxDepth,
      ignoreIntrospection: !production,
      flattenFragments: true,
      ...reportAs('maxDepth'),
    }),
    // Aliases of __typename count too (graphql-armor lets them through by default): 500 of them are still 500 resolutions.
    maxAliasesRule({ n: maxAliases, allowList: [], ...reportAs('maxAliases') }),
    costLimitRule({
      maxCost: queryLimits.maxCost,
      ignoreIntrospection: !production,
      flattenFragments: true,
      ...reportAs('maxCost'),
    }),
  ] as unknown as ValidationRule[];
}

/**
 * `_service { sdl }` hands out the whole subgraph schema, directives and all. The gateway serves a checked-in
 * supergraph and never asks for it at run time, so in production a subgraph refuses it like introspection.
 */
export const refuseServiceSdlRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType()?.name === 'Query') {
      context.reportError(
        new GraphQLError('_service is not available in production (the gateway serves a checked-in supergraph)', {
          nodes: [node],
          extensions: { code: 'FORBIDDEN', http: { status: 400 } },
        }),
      );
    }
  },
});
