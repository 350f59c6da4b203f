import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

/**
 * The one place that bounds what a single operation may ask (graphql-armor). The numbers leave room for
 * the deepest legitimate query of the graph (a person with deliveries, their standard and modalities,
 * placements with employer: depth 6) and for dashboards that alias a field per province (12 in Lombardy).
 */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxCost: 20000,
  maxBodyBytes: 256 * 1024,
} as const;

export function queryLimitPlugins(production: boolean) {
  return [
    maxDepthPlugin({ n: queryLimits.maxDepth, ignoreIntrospection: !production, flattenFragments: true }),
    maxAliasesPlugin({ n: queryLimits.maxAliases }),
    maxTokensPlugin({ n: queryLimits.maxTokens }),
    costLimitPlugin({ maxCost: queryLimits.maxCost, ignoreIntrospection: !production, flattenFragments: true }),
    // Suggestions ("did you mean ...") reveal the schema; off where introspection is off.
    ...(production ? [blockFieldSuggestionsPlugin()] : []),
  ];
}
