import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

/** What Apollo Server offers a single (not incremental) result, in its order of preference. */
const singleResultTypes = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/**
 * The media type of a single result for an Accept header, as Apollo Server chooses it (negotiator, the same offers),
 * remembered per header: the gateway sends the same Accept on every request, and Apollo would parse and rank it anew
 * each time. Null when none is acceptable (Apollo then answers 406 itself). Bounded, oldest out.
 */
export function singleResultTypeFor(capacity = 100): (accept: string) => string | null {
  const chosen = new Map<string, string | null>();
  return (accept) => {
    let type = chosen.get(accept);
    if (type === undefined) {
      type = new Negotiator({ headers: { accept } }).mediaType(singleResultTypes) ?? null;
      if (chosen.size >= capacity) chosen.delete(chosen.keys().next().value!);
      chosen.set(accept, type);
    }
    return type;
  };
}

/**
 * Sets the answer's content type from the remembered choice before Apollo negotiates it: Apollo only negotiates
 * when no content type is set, and an incremental answer still gets its multipart type from Apollo.
 */
export function responseTypePlugin(typeFor = singleResultTypeFor()): ApolloServerPlugin {
  return {
    async requestDidStart({ request, response }) {
      const accept = request.http?.headers.get('accept');
      if (!accept) return; // Apollo answers application/json without negotiating
      const type = typeFor(accept);
      if (type) response.http.headers.set('content-type', type);
    },
  };
}
