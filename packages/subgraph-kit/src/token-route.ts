import { claimsServiceKind, type TokenVerifier } from '@reg/auth';

/**
 * A subgraph's verifier: a token claiming the `service` kind goes to the service verifier (internal secret, audience
 * this subgraph), every other to the callers' verifier, as @reg/auth's createSubgraphTokenVerifier decides; both
 * verifiers keep each verified token until it expires. What is added here is the routing decision remembered per
 * token (it decodes the token's payload, about a tenth of a millisecond per request): a bounded map, oldest out.
 * The decision is only which verifier runs; every request is still verified by it (its own cache keeps expiry).
 */
export function routedTokenVerifier(callers: TokenVerifier, services: TokenVerifier, capacity = 10_000): TokenVerifier {
  const kinds = new Map<string, boolean>();
  return (token) => {
    let service = kinds.get(token);
    if (service === undefined) {
      service = claimsServiceKind(token);
      if (kinds.size >= capacity) kinds.delete(kinds.keys().next().value!);
      kinds.set(token, service);
    }
    return service ? services(token) : callers(token);
  };
}
