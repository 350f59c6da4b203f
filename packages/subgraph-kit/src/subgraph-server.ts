import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import {
  bearerToken,
  createServiceTokenVerifier,
  internalKeysFromEnv,
  InvalidTokenError,
  REQUEST_ID_SIGNATURE_HEADER,
  type Identity,
  type InternalKeys,
  type TokenVerifier,
} from '@reg/auth';
import { ErrorCode, isPassthrough, maskFormattedError } from '@reg/errors';
import { drainServer, listenOn } from '@reg/runtime';
import type { Logger } from './logger.ts';
import { auditPlugin, createAuditRecorder, type AuditRecorder, type AuditSink, type RequestClaims } from './audit.ts';
import { forRequest, requestAttribution, type RequestIdentity } from './request-scope.ts';
import { BodyTooLargeError, readBodyWithin, refuseBodyTooLarge, type OrganisationLimiter } from '@reg/limits';
import { organisationKey, subgraphHardening, subgraphRateLimiter } from './hardening.ts';
import { createSubgraphMetrics, metricsPlugin, observeDatabase, type SubgraphMetrics } from './metrics.ts';
import { rememberMediaTypeChoices, responseTypePlugin } from './response-type.ts';
import { routedTokenVerifier } from './token-route.ts';

/**
 * What every resolver of every subgraph gets; each service extends it with its loaders and stores. The caller carries
 * the request's id (request-scope.ts), which the subgraph client sends on; the logger binds it to every line.
 */
export interface BaseSubgraphContext {
  identity: RequestIdentity;
  logger: Logger;
  audit: AuditRecorder;
}

export interface SubgraphDefinition<TContext extends BaseSubgraphContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The generated `Resolvers` map of the service (typed there, from its SDL). */
  resolvers: object;
  createContext(base: BaseSubgraphContext): TContext;
  /** Readiness: resolves when the service can answer (its database answers). */
  ready(): Promise<void>;
  /** Callers' tokens; service tokens from other subgraphs are verified apart, with the internal secret. */
  verifyToken: TokenVerifier;
  /** Keys of the internal secret (service tokens, request ids); GRAPH_INTERNAL_SECRET when absent. */
  internalKeys?: InternalKeys;
  logger: Logger;
  /** Largest accepted request body; larger ones get 413 before parsing. */
  maxBodyBytes?: number;
  /** Where audit events go: the service's append-only audit table; without one (a test double), the JSON log. */
  auditSink?: AuditSink;
  /** Requests per minute per organisation; default in memory (hardening.ts). */
  rateLimit?: OrganisationLimiter;
  /** Its Prometheus registry (GET /metrics), when the service adds series of its own; else one is made. */
  metrics?: SubgraphMetrics;
  /** The database pool's figures for /metrics. */
  databaseStats?: Parameters<typeof observeDatabase>[1];
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Stops accepting; requests in flight get up to graceMs (default 0: cut at once) to finish. */
  close(graceMs?: number): Promise<void>;
}

export interface SubgraphServer<TContext extends BaseSubgraphContext> {
  apollo: ApolloServer<TContext>;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  listen(port?: number, host?: string): Promise<RunningSubgraph>;
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Recorded, never trusted: printable and short, or nothing. */
const claimText = (value: unknown): string | null =>
  typeof value === 'string' && /^[\x21-\x7e]{1,128}$/.test(value) ? value : null;

/**
 * The caller's claims as the gateway forwards them (x-client-request-id, x-client-operation-name), or, from a
 * direct caller, the x-request-id it wrote without the graph's signature. A direct caller can write any of those
 * headers: the audit records them as claims, never as the request's id or operation.
 */
function requestClaims(req: IncomingMessage, unsignedRequestId: string | null): RequestClaims {
  const header = (name: string) => claimText(req.headers[name]);
  return {
    claimedOperationName: header('x-client-operation-name'),
    claimedRequestId: header('x-client-request-id') ?? claimText(unsignedRequestId),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function refusalBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

const GENERIC_MESSAGE = 'Internal server error';

/**
 * Errors, with the request's logger and id (formatError is given neither): an uncoded or internal failure is
 * logged, and so is a coded one whose text the mask replaces; the generic error a client gets carries the request's
 * id, so it can be traced to those lines.
 */
function requestErrorsPlugin(): ApolloServerPlugin<BaseSubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName, contextValue }) {
          const logger = contextValue.logger;
          for (const error of errors) {
            const code = error.extensions?.['code'];
            const err = error.originalError ?? error;
            if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR)
              logger.error({ err, operationName, path: error.path }, 'resolver failed');
            else if (!isPassthrough({ message: error.message, extensions: error.extensions }))
              logger.error({ err, path: error.path }, 'coded error masked for internal detail');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? [])
            if (
              error.message === GENERIC_MESSAGE &&
              error.extensions?.['code'] === ErrorCode.INTERNAL_SERVER_ERROR &&
              !error.extensions['requestId']
            )
              (error.extensions as Record<string, unknown>)['requestId'] = contextValue.identity.requestId;
        },
      };
    },
  };
}

/**
 * One way to run a subgraph: Apollo Server with the subgraph schema, behind a small Node HTTP server
 * that answers /healthz and /readyz, refuses any GraphQL request without a verified identity (401),
 * and masks errors. Build and listen are apart so tests run the real server in-process.
 */
export function createSubgraphServer<TContext extends BaseSubgraphContext>(
  def: SubgraphDefinition<TContext>,
): SubgraphServer<TContext> {
  const production = process.env['NODE_ENV'] === 'production';
  rememberMediaTypeChoices();
  const maxBodyBytes = def.maxBodyBytes ?? 1_000_000;
  const hardening = subgraphHardening<TContext>(production);
  const metrics = def.metrics ?? createSubgraphMetrics(def.name);
  if (def.databaseStats) observeDatabase(metrics, def.databaseStats);
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: def.resolvers as GraphQLResolverMap<unknown> }]),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // The detail goes to the log and the request id onto the generic error in requestErrorsPlugin, which has them.
    formatError: (formatted) => maskFormattedError(formatted),
    ...hardening,
    // Apollo's implicit plugins cost CPU on every request and serve nothing here: cache control wraps every field
    // resolver (no type has a cache hint; every answer is per caller and leaves as no-store, below), usage and
    // schema reporting would only run with an Apollo key, inline traces are for Apollo's gateway.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      requestErrorsPlugin() as ApolloServerPlugin<TContext>,
      auditPlugin() as ApolloServerPlugin<TContext>,
      ...hardening.plugins,
      metricsPlugin(metrics) as ApolloServerPlugin<TContext>,
      responseTypePlugin() as ApolloServerPlugin<TContext>,
    ],
  });
  const internal = def.internalKeys ?? internalKeysFromEnv();
  // Service tokens must be addressed to this subgraph by name: one minted for another owner is refused here.
  const verifyToken = routedTokenVerifier(def.verifyToken, createServiceTokenVerifier(internal, def.name));
  const rateLimit = def.rateLimit ?? subgraphRateLimiter();
  const auditSink: AuditSink =
    def.auditSink ??
    (async (events) => {
      for (const event of events) def.logger.info({ audit: event }, 'audit');
    });
  let started: Promise<void> | undefined;
  const ensureStarted = () => (started ??= apollo.start());
  // A caller's logger, made once per verified identity: the verifiers keep one identity object per token until it
  // expires, and pino serialises a child's bindings when it is made. Each request binds only its id on top.
  const callerLoggers = new WeakMap<Identity, Logger>();
  const loggerOf = (identity: Identity): Logger => {
    let logger = callerLoggers.get(identity);
    if (!logger) {
      logger = def.logger.child({ sub: identity.subject, org: identity.organisation });
      callerLoggers.set(identity, logger);
    }
    return logger;
  };

  async function handleGraphQL(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
    unsignedRequestId: string | null,
  ): Promise<void> {
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new HttpRefusal(401, ErrorCode.UNAUTHENTICATED, 'Authentication required');
    let identity: Identity;
    try {
      identity = await verifyToken(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new HttpRefusal(401, ErrorCode.UNAUTHENTICATED, error.message);
      throw error;
    }
    const decision = await rateLimit(organisationKey(identity));
    if (!decision.allowed)
      throw new HttpRefusal(429, 'RATE_LIMITED', 'Too many requests for this organisation', {
        'retry-after': String(decision.retryAfterSeconds),
      });
    const raw = req.method === 'POST' ? (await readBodyWithin(req, maxBodyBytes)).toString('utf8') : '';
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new HttpRefusal(400, ErrorCode.BAD_USER_INPUT, 'Malformed JSON body');
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    await ensureStarted();
    const logger = loggerOf(identity).child({ requestId });
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        def.createContext({
          identity: forRequest(identity, requestId),
          logger,
          audit: createAuditRecorder(auditSink, identity, requestId, requestClaims(req, unsignedRequestId)),
        }),
    });
    // Every answer is about one caller's rights: never stored by a cache on the way (what Apollo's cache control
    // plugin wrote for answers without hints, set here once instead of computed per request).
    const outHeaders: Record<string, string> = { 'x-request-id': requestId, 'cache-control': 'no-store' };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://subgraph.local');
    // The gateway's (or a calling subgraph's) id when its signature holds; else an id of our own.
    const { requestId, unsignedRequestId } = requestAttribution(
      internal,
      req.headers['x-request-id'],
      req.headers[REQUEST_ID_SIGNATURE_HEADER],
    );
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok', service: def.name });
      if (url.pathname === '/readyz') {
        try {
          await def.ready();
          await ensureStarted();
          return sendJson(res, 200, { status: 'ready', service: def.name });
        } catch (error) {
          def.logger.warn({ err: error }, 'not ready');
          return sendJson(res, 503, { status: 'not ready', service: def.name });
        }
      }
      if (url.pathname === '/metrics') {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        return void res.end(await metrics.registry.metrics());
      }
      if (url.pathname !== '/graphql') return sendJson(res, 404, refusalBody(ErrorCode.NOT_FOUND, 'Not found'));
      await handleGraphQL(req, res, url, requestId, unsignedRequestId);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuseBodyTooLarge(req, res, error, { 'x-request-id': requestId });
      if (error instanceof HttpRefusal) {
        const extra: Record<string, string> = {
          ...(error.status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
          ...error.headers,
        };
        return sendJson(res, error.status, refusalBody(error.code, error.message), {
          'x-request-id': requestId,
          ...extra,
        });
      }
      def.logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, refusalBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'), {
          'x-request-id': requestId,
        });
      else res.end();
    }
  }

  async function listen(port = 0, host = '127.0.0.1'): Promise<RunningSubgraph> {
    await ensureStarted();
    const server: Server = createServer((req, res) => void handle(req, res));
    // Keep-alive longer than the gateway's pool idle time, so reused sockets are not cut mid-request.
    server.keepAliveTimeout = 65_000;
    await listenOn(server, port, host);
    const address = server.address() as AddressInfo;
    def.logger.info({ port: address.port }, `${def.name} subgraph listening`);
    return {
      url: `http://${host}:${address.port}/graphql`,
      port: address.port,
      close: async (graceMs = 0) => {
        await drainServer(server, graceMs);
        await apollo.stop();
      },
    };
  }

  return { apollo, handle, listen };
}
