import { bearerToken, InvalidTokenError, type TokenVerifier } from '@reg/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Identity } from '@reg/auth';
import type { OrganisationLimiter } from './rate-limit.ts';

/** The identity verified for a request, for the gateway's own authorization of the SDL directives. */
const verified = new WeakMap<Request, Identity>();
export const identityOf = (request: Request): Identity | null => verified.get(request) ?? null;

const refusal = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

/** A GET without a query is the GraphiQL page, which anyone may load; every operation needs a verified token. */
function isOperation(request: Request): boolean {
  if (request.method === 'POST') return true;
  return new URL(request.url).searchParams.has('query');
}

/**
 * Verifies `Authorization: Bearer <JWT>` at the edge, before parsing: a request without a valid token
 * is refused with 401 and never reaches a subgraph. Subgraphs verify the same token again, so a direct
 * call that skips the gateway gains nothing. Verified callers are then rate-limited per organisation.
 */
export function useIdentity(
  verifyToken: TokenVerifier,
  graphqlPath: string,
  limit: OrganisationLimiter,
  /** Requests that may go without a token (development introspection, `anonymous-introspection.ts`). */
  allowsAnonymous: (request: Request) => Promise<boolean> = async () => false,
): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlPath || !isOperation(request)) return;
      const token = bearerToken(request.headers.get('authorization'));
      if (!token && (await allowsAnonymous(request))) return;
      if (!token) return endResponse(refusal(401, 'UNAUTHENTICATED', 'Authentication required', { 'www-authenticate': 'Bearer' }));
      let organisation: string;
      try {
        const identity = await verifyToken(token);
        verified.set(request, identity);
        organisation = `${identity.orgKind}:${identity.organisation ?? identity.subject}`;
      } catch (error) {
        if (error instanceof InvalidTokenError) return endResponse(refusal(401, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' }));
        throw error;
      }
      const decision = await limit(organisation);
      if (!decision.allowed) {
        return endResponse(refusal(429, 'RATE_LIMITED', 'Too many requests for this organisation', { 'retry-after': String(decision.retryAfterSeconds) }));
      }
    },
  };
}
