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

type MediaType = (this: Negotiator, available?: string[]) => string | undefined;

/**
 * Remembers negotiator's choice of a media type per Accept header and offers, for every caller in the process.
 * Apollo Server negotiates once more on every execution (whether an incremental answer would use the legacy
 * format), parsing and ranking the gateway's Accept header anew each time: the choice depends on nothing else, so
 * a bounded map (oldest out) answers it. Installed once; other negotiations (no header, no list of offers) go
 * through as they were.
 */
export function rememberMediaTypeChoices(capacity = 100): void {
  const prototype = Negotiator.prototype as unknown as { mediaType: MediaType; remembered?: true };
  if (prototype.remembered) return;
  const negotiate = prototype.mediaType;
  const chosen = new Map<string, string | undefined>();
  prototype.mediaType = function (this: Negotiator, available?: string[]) {
    const accept = (this as unknown as { request: { headers: { accept?: unknown } } }).request.headers.accept;
    if (typeof accept !== 'string' || !Array.isArray(available)) return negotiate.call(this, available);
    const key = `${accept}\n${available.join('\n')}`;
    if (chosen.has(key)) return chosen.get(key);
    const type = negotiate.call(this, available);
    if (chosen.size >= capacity) chosen.delete(chosen.keys().next().value!);
    chosen.set(key, type);
    return type;
  };
  prototype.remembered = true;
}
