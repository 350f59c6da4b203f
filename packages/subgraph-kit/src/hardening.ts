import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  createMemoryOrganisationLimiter,
  queryLimitRules,
  queryLimits,
  refuseServiceSdlRule,
  type OrganisationLimiter,
} from '@reg/limits';
import type { Identity } from '@reg/auth';
import { inputBoundsPlugin } from './input-bounds.ts';

/**
 * What a subgraph applies to every operation whatever reaches it (it is the last line if the network boundary
 * fails): the gateway's query limits from @reg/limits (depth, aliases, cost as validation rules; tokens while
 * parsing, with room for the documents the gateway writes), the central input bounds, and in production no field suggestions and no `_service { sdl }`.
 */
export function subgraphHardening<TContext extends BaseContext>(production: boolean) {
  return {
    validationRules: [
      ...queryLimitRules(production, queryLimits.subgraphMaxAliases),
      ...(production ? [refuseServiceSdlRule] : []),
    ],
    parseOptions: { maxTokens: queryLimits.subgraphMaxTokens },
    hideSchemaDetailsFromClientErrors: production,
    plugins: [inputBoundsPlugin() as ApolloServerPlugin<TContext>],
  } satisfies Partial<ApolloServerOptions<TContext>>;
}

/**
 * Requests per minute per organisation in a subgraph. One gateway request may become several requests to
 * one subgraph (entity fetches), so the default budget is five times the gateway's
 * (SUBGRAPH_RATE_LIMIT_PER_MINUTE, default 30000).
 */
export function subgraphRateLimiter(env: NodeJS.ProcessEnv = process.env): OrganisationLimiter {
  return createMemoryOrganisationLimiter(Number(env['SUBGRAPH_RATE_LIMIT_PER_MINUTE'] ?? 30_000));
}

export const organisationKey = (identity: Identity) =>
  `${identity.orgKind}:${identity.organisation ?? identity.subject}`;
