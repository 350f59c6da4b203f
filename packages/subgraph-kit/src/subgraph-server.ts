import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import { bearerToken, InvalidTokenError, type Identity, type TokenVerifier } from '@reg/auth';
import { ErrorCode, maskFormattedError } from '@reg/errors';
import type { Logger } from './logger.ts';
import { auditPlugin, createAuditRecorder, type AuditRecorder, type AuditSink } from './audit.ts';
import { requestIdFrom, requestScope } from './request-scope.ts';
import { createSubgraphMetrics, metricsPlugin, observeDatabase, type SubgraphMetrics } from './metrics.ts';

/** What every resolver of every subgraph gets; each service extends it with its loaders and stores. */
export interface BaseSubgraphContext {
  identity: Identity;
  requestId: string;
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
  verifyToken: TokenVerifier;
  logger: Logger;
  /** Largest accepted request body; larger ones get 413 before parsing. */
  maxBodyBytes?: number;
  /** Where audit events go: the service's append-only audit table; without one (a test double), the JSON log. */
  auditSink?: AuditSink;
  /** Its Prometheus registry (GET /metrics), when the service adds series of its own; else one is made. */
  metrics?: SubgraphMetrics;
  /** The database pool's figures for /metrics. */
  databaseStats?: Parameters<typeof observeDatabase>[1];
}

export interface RunningSubgraph {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface SubgraphServer<TContext extends BaseSubgraphContext> {
  apollo: ApolloServer<TContext>;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  listen(port?: number, host?: string): Promise<RunningSubgraph>;
}

class HttpRefusal extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpRefusal(413, ErrorCode.BAD_USER_INPUT, 'Request body too large'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpRefusal(413, ErrorCode.BAD_USER_INPUT, 'Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function refusalBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function loggingPlugin(logger: Logger): ApolloServerPlugin<BaseSubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.['code'];
            if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
              logger.error({ err: error.originalError ?? error, operationName, path: error.path }, 'resolver failed');
            }
          }
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
export function createSubgraphServer<TContext extends BaseSubgraphContext>(def: SubgraphDefinition<TContext>): SubgraphServer<TContext> {
  const production = process.env['NODE_ENV'] === 'production';
  const maxBodyBytes = def.maxBodyBytes ?? 1_000_000;
  const metrics = def.metrics ?? createSubgraphMetrics(def.name);
  if (def.databaseStats) observeDatabase(metrics, def.databaseStats);
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: def.resolvers as GraphQLResolverMap<unknown> }]),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => maskFormattedError(formatted),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), loggingPlugin(def.logger) as ApolloServerPlugin<TContext>, auditPlugin() as ApolloServerPlugin<TContext>, metricsPlugin(metrics) as ApolloServerPlugin<TContext>],
  });
  const auditSink: AuditSink = def.auditSink ?? (async (events) => {
    for (const event of events) def.logger.info({ audit: event }, 'audit');
  });
  let started: Promise<void> | undefined;
  const ensureStarted = () => (started ??= apollo.start());

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new HttpRefusal(401, ErrorCode.UNAUTHENTICATED, 'Authentication required');
    let identity: Identity;
    try {
      identity = await def.verifyToken(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new HttpRefusal(401, ErrorCode.UNAUTHENTICATED, error.message);
      throw error;
    }
    const raw = req.method === 'POST' ? await readBody(req, maxBodyBytes) : '';
    let body: unknown = undefined;
    if (raw.length > 0) {
      try { body = JSON.parse(raw); } catch { throw new HttpRefusal(400, ErrorCode.BAD_USER_INPUT, 'Malformed JSON body'); }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    await ensureStarted();
    const logger = def.logger.child({ sub: identity.subject, org: identity.organisation });
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => def.createContext({ identity, requestId, logger, audit: createAuditRecorder(auditSink, identity, requestId) }),
    });
    const outHeaders: Record<string, string> = { 'x-request-id': requestId };
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
    const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
    await requestScope.run({ requestId }, async () => {
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
        await handleGraphQL(req, res, url, requestId);
      } catch (error) {
        if (error instanceof HttpRefusal) {
          const extra: Record<string, string> = error.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
          return sendJson(res, error.status, refusalBody(error.code, error.message), { 'x-request-id': requestId, ...extra });
        }
        def.logger.error({ err: error }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, refusalBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'), { 'x-request-id': requestId });
        else res.end();
      }
    });
  }

  async function listen(port = 0, host = '127.0.0.1'): Promise<RunningSubgraph> {
    await ensureStarted();
    const server: Server = createServer((req, res) => void handle(req, res));
    // Keep-alive longer than the gateway's pool idle time, so reused sockets are not cut mid-request.
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    const address = server.address() as AddressInfo;
    def.logger.info({ port: address.port }, `${def.name} subgraph listening`);
    return {
      url: `http://${host}:${address.port}/graphql`,
      port: address.port,
      close: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await apollo.stop();
      },
    };
  }

  return { apollo, handle, listen };
}
