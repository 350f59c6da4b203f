import { randomUUID } from 'node:crypto';
import {
  bearerToken,
  InvalidTokenError,
  REQUEST_ID_SIGNATURE_HEADER,
  signRequestId,
  type Identity,
  type InternalKeys,
  type TokenVerifier,
} from '@reg/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { OrganisationLimiter } from './rate-limit.ts';

/** The identity verified for a request, for the gateway's own authorization of the SDL directives. */
const verified = new WeakMap<Request, Identity>();
export const identityOf = (request: Request): Identity | null => verified.get(request) ?? null;

/**
 * What the graph decided (the request id the gateway issues) and what the caller claimed (its own
 * x-request-id and operationName), kept apart so the audit never takes a caller's word for attribution.
 */
interface Attribution {
  requestId: string;
  claimedRequestId: string | null;
  claimedOperationName: string | null;
  /**
   * The headers every subgraph call of this request carries, made once per request (a request fans out to several
   * subgraph calls; the runtime copies them into each call's own headers and never changes this record).
   */
  subgraphHeaders?: Readonly<Record<string, string>>;
}
const attributions = new WeakMap<Request, Attribution>();

/** Claims are recorded, not trusted: printable, short, nothing a log or a header could be confused by. */
const claimText = (value: unknown): string | null =>
  typeof value === 'string' && /^[\x21-\x7e]{1,128}$/.test(value) ? value : null;

function attributionOf(request: Request): Attribution {
  let attribution = attributions.get(request);
  if (!attribution) {
    // The HTTP edge (http-edge.ts) replaced the caller's x-request-id with the gateway's and kept the caller's apart.
    attribution = {
      requestId: request.headers.get('x-request-id') ?? randomUUID(),
      claimedRequestId: claimText(request.headers.get('x-client-request-id')),
      claimedOperationName: null,
    };
    attributions.set(request, attribution);
  }
  return attribution;
}

/** The gateway-issued id of a request (the client's x-request-id is never used as one). */
export const requestIdOf = (request: Request): string => attributionOf(request).requestId;

/**
 * Headers every subgraph request carries: the caller's token, the gateway's request id signed with the internal
 * secret (so a subgraph tells it from an id a direct caller wrote) and the caller's claims.
 */
export function subgraphHeaders(request: Request, internal: InternalKeys): Readonly<Record<string, string>> {
  const attribution = attributionOf(request);
  if (attribution.subgraphHeaders) return attribution.subgraphHeaders;
  // The claimed operation name is set from the request's params (onParams), before any subgraph call.
  const { requestId, claimedRequestId, claimedOperationName } = attribution;
  const headers: Record<string, string> = {
    authorization: request.headers.get('authorization') ?? '',
    'x-request-id': requestId,
    [REQUEST_ID_SIGNATURE_HEADER]: signRequestId(internal, requestId),
  };
  if (claimedRequestId) headers['x-client-request-id'] = claimedRequestId;
  if (claimedOperationName) headers['x-client-operation-name'] = claimedOperationName;
  attribution.subgraphHeaders = headers;
  return headers;
}

const refusal = (
  request: Request,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestIdOf(request), ...headers },
  });

/** The GraphiQL page (development only): a GET that asks for HTML and carries no operation. */
function isGraphiQLPage(request: Request, url: URL): boolean {
  if (request.method !== 'GET') return false;
  if (['query', 'extensions', 'documentId', 'operationName', 'variables'].some((name) => url.searchParams.has(name)))
    return false;
  return (request.headers.get('accept') ?? '').includes('text/html');
}

export interface IdentityOptions {
  /** In production even the GraphiQL page needs a token (it is not served there anyway). */
  production?: boolean;
  /** Requests that may go without a token (development introspection, `anonymous-introspection.ts`). */
  allowsAnonymous?: (request: Request) => Promise<boolean>;
}

/**
 * Verifies `Authorization: Bearer <JWT>` at the edge, before parsing: every request that reaches the runtime
 * needs a valid token, whatever its path or method, except a CORS preflight and, in development, the
 * GraphiQL page. Paths other than the GraphQL endpoint are 404 (the HTTP edge already refuses them; this is
 * the second check). Subgraphs verify the same token again, so a direct call that skips the gateway gains
 * nothing. Verified callers are then rate-limited per organisation.
 */
export function useIdentity(
  verifyToken: TokenVerifier,
  graphqlPath: string,
  limit: OrganisationLimiter,
  options: IdentityOptions = {},
): GatewayPlugin {
  const allowsAnonymous = options.allowsAnonymous ?? (async () => false);
  return {
    async onRequest({ request, url, endResponse }) {
      attributionOf(request);
      if (url.pathname !== graphqlPath) return endResponse(refusal(request, 404, 'NOT_FOUND', 'Not found'));
      if (request.method === 'OPTIONS') return;
      if (!options.production && isGraphiQLPage(request, url)) return;
      const token = bearerToken(request.headers.get('authorization'));
      if (!token && (await allowsAnonymous(request))) return;
      if (!token)
        return endResponse(
          refusal(request, 401, 'UNAUTHENTICATED', 'Authentication required', { 'www-authenticate': 'Bearer' }),
        );
      let organisation: string;
      try {
        const identity = await verifyToken(token);
        verified.set(request, identity);
        organisation = `${identity.orgKind}:${identity.organisation ?? identity.subject}`;
      } catch (error) {
        if (error instanceof InvalidTokenError)
          return endResponse(refusal(request, 401, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' }));
        throw error;
      }
      const decision = await limit(organisation);
      if (!decision.allowed) {
        return endResponse(
          refusal(request, 429, 'RATE_LIMITED', 'Too many requests for this organisation', {
            'retry-after': String(decision.retryAfterSeconds),
          }),
        );
      }
    },
    onParams({ request, params }) {
      attributionOf(request).claimedOperationName = claimText(params.operationName);
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
