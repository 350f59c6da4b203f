import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@reg/auth';
import { anonymousIntrospection } from './anonymous-introspection.ts';
import { corsOriginsFromEnv, corsPolicy } from './cors.ts';
import { dashboardRoutes, isDashboardPath } from './dashboard.ts';
import { drainServer, listenOn } from '@reg/runtime';
import { useErrorCodes } from './error-codes-plugin.ts';
import { graphiqlOptions } from './graphiql.ts';
import { serveGraphQL } from './http-edge.ts';
import { identityOf, subgraphHeaders, useIdentity } from './identity-plugin.ts';
import { queryLimitPlugins, queryLimits } from './query-limits.ts';
import { createOrganisationLimiter } from './rate-limit.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';
import { defaultSubgraphUrl, subgraphs, subgraphUrlEnv, supergraphPath, type SubgraphName } from './subgraphs.ts';
import { refuseMissingScope } from './scope-refusal.ts';

export interface GatewayOptions {
  /** Subgraph GraphQL URLs; each defaults to `<NAME>_URL` or the local default port. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  env?: NodeJS.ProcessEnv;
  verifyToken?: TokenVerifier;
  /** Hive Gateway log level; 'error' keeps tests quiet. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Requests per minute per organisation (RATE_LIMIT_PER_MINUTE, default 6000). */
  rateLimitPerMinute?: number;
  /** A JSON file { "<hash>": "<document>" }: when set, only those operations run (TRUSTED_DOCUMENTS_FILE). */
  trustedDocumentsFile?: string;
  /** Origins allowed by CORS, with credentials (CORS_ORIGINS; README "For partner developers"). */
  corsOrigins?: string[];
}

const graphqlPath = '/graphql';

// One client request fans out to many subgraph fetches that all listen to its abort signal; more than
// Node's default of 10 is normal here, not a leak.
setMaxListeners(64);

export function resolveSubgraphUrls(options: GatewayOptions): Record<SubgraphName, string> {
  const env = options.env ?? process.env;
  return Object.fromEntries(
    subgraphs.map((s) => [s.name, options.subgraphUrls?.[s.name] ?? env[subgraphUrlEnv(s.name)] ?? defaultSubgraphUrl(s.port)]),
  ) as Record<SubgraphName, string>;
}

/** Readiness of the graph: every subgraph's /readyz must answer 200 within two seconds. */
async function subgraphReadiness(urls: Record<SubgraphName, string>) {
  const checks = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2_000) });
        return { name, ready: response.ok };
      } catch {
        return { name, ready: false };
      }
    }),
  );
  return { ready: checks.every((c) => c.ready), subgraphs: Object.fromEntries(checks.map((c) => [c.name, c.ready ? 'ready' : 'not ready'])) };
}

/**
 * The Hive Gateway runtime serving the checked-in supergraph. The caller's token is verified here and
 * forwarded to every subgraph, which verifies it again (identity cannot be forged by a direct caller).
 */
export function createGateway(options: GatewayOptions = {}) {
  const env = options.env ?? process.env;
  const production = env['NODE_ENV'] === 'production';
  const verifyToken = options.verifyToken ?? createTokenVerifier(authConfigFromEnv(env));
  const urls = resolveSubgraphUrls(options);
  const limiter = createOrganisationLimiter(options.rateLimitPerMinute ?? Number(env['RATE_LIMIT_PER_MINUTE'] ?? 6000));
  const trustedFile = options.trustedDocumentsFile ?? env['TRUSTED_DOCUMENTS_FILE'];
  const trusted = trustedFile ? loadTrustedDocuments(trustedFile) : null;
  const runtime = createGatewayRuntime({
    supergraph: readFileSync(supergraphPath, 'utf8'),
    // Named here rather than found by the runtime's import by name, so a bundle (pnpm build) carries it.
    transports: { http: import('@graphql-mesh/transport-http') },
    transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => subgraphHeaders(request),
    },
    graphqlEndpoint: graphqlPath,
    // GraphiQL is served from the package's own bundle: it works with no internet access.
    graphiql: production ? false : graphiqlOptions,
    renderGraphiQL,
    landingPage: false,
    cors: corsPolicy(options.corsOrigins ?? corsOriginsFromEnv(env)),
    disableIntrospection: production ? { disableIf: () => true } : undefined,
    logging: options.logLevel ?? (env['NODE_ENV'] === 'test' ? 'error' : 'info'),
    // A subgraph that has not answered in time is given up (the default 10 s bounds a dashboard's wait).
    upstreamTimeout: Number(env['UPSTREAM_TIMEOUT_MS'] ?? 10_000),
    // The SDL's @authenticated/@requiresScopes are enforced here too (defence in depth; the subgraphs enforce
    // them whatever router serves the supergraph): a field the caller lacks the scope for is not even asked.
    genericAuth: {
      mode: 'protect-granular',
      resolveUserFn: (context) => identityOf(context.request),
      extractScopes: (identity) => [...identity.scopes],
      validateUser: refuseMissingScope,
      rejectUnauthenticated: false,
    },
    ...(trusted ? { persistedDocuments: { getPersistedOperation: (key: string) => trusted.get(key) ?? null, allowArbitraryDocuments: false } } : {}),
    plugins: () => [useIdentity(verifyToken, graphqlPath, limiter, { production, allowsAnonymous: anonymousIntrospection(production) }), ...queryLimitPlugins(production), useErrorCodes()],
  });

  async function listen(port = 4000, host = '127.0.0.1') {
    let ownUrl = '';
    const dashboard = dashboardRoutes(env, () => ownUrl);
    const server: Server = createServer((req, res) => {
      if (isDashboardPath(req.url)) return dashboard(req, res);
      if (req.url === '/readyz') {
        void subgraphReadiness(urls).then((state) => {
          res.writeHead(state.ready ? 200 : 503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: state.ready ? 'ready' : 'not ready', ...state }));
        });
        return;
      }
      if (req.url === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'ok', service: 'gateway' }));
        return;
      }
      // Exact path, bounded body (counted as read), then the runtime: gateway/src/http-edge.ts.
      serveGraphQL((request, context) => runtime.fetch(request, context), req, res, { graphqlPath, maxBodyBytes: queryLimits.maxBodyBytes }).catch(() => {
        if (res.headersSent) return void res.end();
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
    });
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
      },
    };
  }

  return { runtime, listen, urls };
}
