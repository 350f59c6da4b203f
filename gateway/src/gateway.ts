import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  authConfigFromEnv,
  createTokenVerifier,
  internalKeysFromEnv,
  type Identity,
  type TokenVerifier,
} from '@reg/auth';
import { anonymousIntrospection } from './anonymous-introspection.ts';
import { corsOriginsFromEnv, corsPolicy } from './cors.ts';
import { dashboardRoutes, isDashboardPath } from './dashboard.ts';
import { drainServer, listenOn } from '@reg/runtime';
import { useErrorCodes } from './error-codes-plugin.ts';
import { useEntityRefusals } from './unseen-references.ts';
import { useSubgraphOperationNames } from './subgraph-operation-names.ts';
import { graphiqlOptions } from './graphiql.ts';
import { healthHandler } from './health.ts';
import { serveGraphQL } from './http-edge.ts';
import { identityOf, subgraphHeaders, useIdentity } from './identity-plugin.ts';
import { createGatewayLogger } from './logging.ts';
import { gatewayMetrics } from './metrics.ts';
import { maskSubgraphFailures, useUnavailableAtFields } from './subgraph-unavailable.ts';
import { gatewayTracingPlugins, traceIdMixin } from './tracing.ts';
import { queryLimitPlugins, queryLimits } from './query-limits.ts';
import { createOrganisationLimiter } from './rate-limit.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';
import { defaultSubgraphUrl, subgraphs, subgraphUrlEnv, supergraphPath, type SubgraphName } from './subgraphs.ts';
import { refuseMissingScope, useNothingLeftToPlan } from './scope-refusal.ts';
import { useScopeCheckOncePerDocument } from './scope-check.ts';
import { useUpstreamTimeout } from './upstream-timeout.ts';
import { useReferenceCache } from './reference-cache.ts';
import { chooseQueryPlanner, type QueryPlanner, rustPlanner, rustPlannerAbsence } from './query-planner.ts';

export type { QueryPlanner } from './query-planner.ts';

export interface GatewayOptions {
  /**
   * Development only: GraphiQL may load the schema before a token is set (GRAPHIQL_ANONYMOUS_SCHEMA=true, which the
   * start commands set). Never in production; every other operation needs a token whatever this says.
   */
  anonymousSchema?: boolean;
  /** Subgraph GraphQL URLs; each defaults to `<NAME>_URL` or the local default port. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  env?: NodeJS.ProcessEnv;
  verifyToken?: TokenVerifier;
  /** Log level (JSON lines on stdout); 'error' keeps tests quiet. LOG_LEVEL when absent. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Requests per minute per organisation (RATE_LIMIT_PER_MINUTE, default 6000). */
  rateLimitPerMinute?: number;
  /** A JSON file { "<hash>": "<document>" }: when set, only those operations run (TRUSTED_DOCUMENTS_FILE). */
  trustedDocumentsFile?: string;
  /** Origins allowed by CORS, with credentials (CORS_ORIGINS; README "For partner developers"). */
  corsOrigins?: string[];
  /**
   * The query planner: 'rust' (the Hive Router's planner, @graphql-hive/router-runtime) or 'js' (the runtime's own).
   * QUERY_PLANNER when absent, default 'rust' (js where its native module does not load: query-planner.ts).
   */
  queryPlanner?: QueryPlanner;
}

const graphqlPath = '/graphql';

// One client request fans out to many subgraph fetches that all listen to its abort signal; more than
// Node's default of 10 is normal here, not a leak.
setMaxListeners(64);

export function resolveSubgraphUrls(options: GatewayOptions): Record<SubgraphName, string> {
  const env = options.env ?? process.env;
  return Object.fromEntries(
    subgraphs.map((s) => [
      s.name,
      options.subgraphUrls?.[s.name] ?? env[subgraphUrlEnv(s.name)] ?? defaultSubgraphUrl(s.port),
    ]),
  ) as Record<SubgraphName, string>;
}

/**
 * The Hive Gateway runtime serving the checked-in supergraph. The caller's token is verified here and
 * forwarded to every subgraph, which verifies it again (identity cannot be forged by a direct caller).
 */
export function createGateway(options: GatewayOptions = {}) {
  const env = options.env ?? process.env;
  const production = env['NODE_ENV'] === 'production';
  // Off unless asked for (`pnpm start` does): the graph answers no anonymous caller, schema included.
  const anonymousSchema = options.anonymousSchema ?? env['GRAPHIQL_ANONYMOUS_SCHEMA'] === 'true';
  const verifyToken = options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env));
  // Signs the request ids sent to the subgraphs (never handed to a client).
  const internal = internalKeysFromEnv(env);
  const urls = resolveSubgraphUrls(options);
  const limiter = createOrganisationLimiter(
    options.rateLimitPerMinute ?? Number(env['RATE_LIMIT_PER_MINUTE'] ?? 6000),
    { redisUrl: env['REDIS_URL'] },
  );
  const trustedFile = options.trustedDocumentsFile ?? env['TRUSTED_DOCUMENTS_FILE'];
  const trusted = trustedFile ? loadTrustedDocuments(trustedFile) : null;
  const log = createGatewayLogger(
    options.logLevel ?? (env['LOG_LEVEL'] as 'info' | undefined) ?? (env['NODE_ENV'] === 'test' ? 'error' : 'info'),
    traceIdMixin,
  );
  const metrics = gatewayMetrics(log);
  const { planner, fallback } = chooseQueryPlanner(options.queryPlanner ?? env['QUERY_PLANNER'], rustPlannerAbsence);
  if (fallback) log.warn(fallback);
  // A subgraph that has not answered in time is given up (the default 10 s bounds a dashboard's wait).
  const upstreamTimeoutMs = Number(env['UPSTREAM_TIMEOUT_MS'] ?? 10_000);
  // Reference entities read by every request (a provider's name, a standard's title) are not asked again each time.
  const referenceCacheMs = Number(env['REFERENCE_CACHE_SECONDS'] ?? 60) * 1000;
  const runtime = createGatewayRuntime({
    supergraph: readFileSync(supergraphPath, 'utf8'),
    ...(planner === 'rust' ? { unifiedGraphHandler: rustPlanner } : {}),
    // Named here rather than found by the runtime's import by name, so a bundle (pnpm build) carries it.
    transports: { http: import('@graphql-mesh/transport-http') },
    transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => subgraphHeaders(request, internal),
    },
    graphqlEndpoint: graphqlPath,
    // GraphiQL is served from the package's own bundle: it works with no internet access.
    graphiql: production ? false : graphiqlOptions,
    renderGraphiQL,
    landingPage: false,
    cors: corsPolicy(options.corsOrigins ?? corsOriginsFromEnv(env)),
    disableIntrospection: production ? { disableIf: () => true } : undefined,
    logging: log,
    // A subgraph that cannot be reached leaves its part null with SUBGRAPH_UNAVAILABLE; the others' data stands.
    maskedErrors: { maskError: maskSubgraphFailures },
    ...(trusted
      ? {
          persistedDocuments: {
            getPersistedOperation: (key: string) => trusted.get(key) ?? null,
            allowArbitraryDocuments: false,
          },
        }
      : {}),
    plugins: () => [
      // First, where the runtime's own upstreamTimeout option would sit (before the configured plugins).
      ...(upstreamTimeoutMs > 0 ? [useUpstreamTimeout(upstreamTimeoutMs)] : []),
      // The SDL's @authenticated/@requiresScopes are enforced here too (defence in depth; the subgraphs enforce
      // them whatever router serves the supergraph): a field the caller lacks the scope for is not even asked.
      // The runtime's generic-auth, checked once per document and scopes (scope-check.ts).
      useScopeCheckOncePerDocument<Identity>({
        mode: 'protect-granular',
        resolveUserFn: (context) => identityOf((context as { request: Request }).request),
        extractScopes: (identity) => [...identity.scopes],
        validateUser: refuseMissingScope,
        rejectUnauthenticated: false,
      }),
      useNothingLeftToPlan(),
      ...gatewayTracingPlugins(env, log),
      metrics.plugin,
      useIdentity(verifyToken, graphqlPath, limiter, {
        production,
        allowsAnonymous: anonymousIntrospection(production || !anonymousSchema),
      }),
      ...queryLimitPlugins(production),
      // What the JS planner does of itself: hidden references refused, subgraph operations named after the client's.
      ...(planner === 'rust' ? [useEntityRefusals(), useSubgraphOperationNames(), useUnavailableAtFields()] : []),
      useErrorCodes(),
      // Last: it wraps the time-out's executor, so an answer from memory sets no timer.
      ...(referenceCacheMs > 0 ? [useReferenceCache({ ttlMs: referenceCacheMs, count: metrics.referenceCache })] : []),
    ],
  });

  async function listen(port = 4000, host = '127.0.0.1') {
    let ownUrl = '';
    const dashboard = dashboardRoutes(env, () => ownUrl);
    const health = healthHandler({
      urls,
      supergraphLoaded: async () => (await runtime.fetch('http://gateway.local/readiness')).ok,
      queryPlanner: planner,
    });
    const server: Server = createServer((req, res) => {
      if (isDashboardPath(req.url)) return dashboard(req, res);
      if (health(req, res)) return;
      // The Prometheus plugin answers GET /metrics inside the runtime, before the token check (no personal data).
      if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/metrics') return void runtime(req, res);
      // Exact path, bounded body (counted as read), then the runtime: gateway/src/http-edge.ts.
      serveGraphQL(runtime, req, res, { graphqlPath, maxBodyBytes: queryLimits.maxBodyBytes }).catch(() => {
        if (res.headersSent) return void res.end();
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          }),
        );
      });
    });
    await limiter.ready();
    await listenOn(server, port, host);
    const address = server.address() as AddressInfo;
    ownUrl = `http://${host}:${address.port}${graphqlPath}`;
    return {
      url: `http://${host}:${address.port}${graphqlPath}`,
      port: address.port,
      /** Stops accepting; requests in flight get up to graceMs (default 0: cut at once) to finish. */
      close: async (graceMs = 0) => {
        await drainServer(server, graceMs);
        await runtime.dispose();
        await limiter.close();
      },
    };
  }

  return { runtime, listen, urls, planner };
}
