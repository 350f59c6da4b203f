import { bearerToken, InvalidTokenError, type TokenVerifier } from '@reg/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const refusal = (status: number, message: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
  });

/** A GET without a query is the GraphiQL page, which anyone may load; every operation needs a verified token. */
function isOperation(request: Request): boolean {
  if (request.method === 'POST') return true;
  return new URL(request.url).searchParams.has('query');
}

/**
 * Verifies `Authorization: Bearer <JWT>` at the edge, before parsing: a request without a valid token
 * is refused with 401 and never reaches a subgraph. Subgraphs verify the same token again, so a direct
 * call that skips the gateway gains nothing.
 */
export function useIdentity(verifyToken: TokenVerifier, graphqlPath: string): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlPath || !isOperation(request)) return;
      const token = bearerToken(request.headers.get('authorization'));
      if (!token) return endResponse(refusal(401, 'Authentication required'));
      try {
        await verifyToken(token);
      } catch (error) {
        if (error instanceof InvalidTokenError) return endResponse(refusal(401, error.message));
        throw error;
      }
    },
  };
}
