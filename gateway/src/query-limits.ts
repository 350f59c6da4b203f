import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { limitError, queryLimitRules, queryLimits } from '@reg/limits';

export { queryLimits };

/** The shared validation rules (depth, aliases, cost: @reg/limits, the same the subgraphs apply), in the gateway's validation. */
function useQueryLimitRules(production: boolean): GatewayPlugin {
  const rules = queryLimitRules(production);
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

/** The gateway's limits: the shared rules, the token count while parsing, and no field suggestions in production. */
export function queryLimitPlugins(production: boolean): GatewayPlugin[] {
  return [
    useQueryLimitRules(production),
    maxTokensPlugin({
      n: queryLimits.maxTokens,
      exposeLimits: true,
      // The parser has no validation context to report to: armor throws its own error, given the limit's code here.
      onReject: [
        (_context, error) => {
          Object.assign(error.extensions, limitError('maxTokens', error.message).extensions);
        },
      ],
    }) as GatewayPlugin,
    // Suggestions ("did you mean ...") reveal the schema; off where introspection is off.
    ...(production ? [blockFieldSuggestionsPlugin() as GatewayPlugin] : []),
  ];
}
