import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_SIGNATURE_HEADER } from '@reg/auth';
import { BodyTooLargeError, readBodyWithin, refuseBodyTooLarge } from '@reg/limits';

/** What the edge needs of the runtime (the Hive Gateway runtime is a @whatwg-node server adapter). */
export interface GraphQLRuntime {
  /** The runtime's own Node entry: its Request reads the IncomingMessage's headers lazily and streams its body. */
  handleNodeRequestAndResponse(
    req: IncomingMessage,
    res: ServerResponse,
    serverContext: { req: IncomingMessage; res: ServerResponse },
  ): Promise<Response> | Response;
  fetch(request: Request, serverContext: { req: IncomingMessage; res: ServerResponse }): Promise<Response> | Response;
  fetchAPI: { Request: typeof globalThis.Request };
}

const sendJson = (
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

/**
 * The only door to the GraphQL runtime. The path must be exactly the endpoint, as sent: no trailing slash,
 * no doubled slash, no other case, no encoded slash (anything else is 404, so no spelling reaches the runtime
 * around the token check). Only GET, POST and the CORS preflight. A POST body is read here and bounded: a declared
 * Content-Length above the limit is refused with 413 before anything is read, and a body without one (chunked) is
 * cut off with 413 as soon as it passes the limit (Node's parser never hands over more than a declared length). A
 * JSON object reaches the runtime parsed (`parsedJsonBody`), any other body as read. The
 * request id is issued here (x-request-id, which the runtime logs, forwards to subgraphs and returns); the caller's
 * own x-request-id travels as x-client-request-id, a claim for the audit, never as the id.
 */
export async function serveGraphQL(
  runtime: GraphQLRuntime,
  req: IncomingMessage,
  res: ServerResponse,
  options: { graphqlPath: string; maxBodyBytes: number },
): Promise<void> {
  const raw = req.url ?? '/';
  const path = raw.split('?', 1)[0];
  if (path !== options.graphqlPath) return sendJson(res, 404, 'NOT_FOUND', 'Not found');
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST' && method !== 'OPTIONS')
    return sendJson(res, 405, 'BAD_USER_INPUT', 'Method not allowed', { allow: 'GET, POST, OPTIONS' });
  // The headers the runtime reads are the request's own record, rewritten in place: what only the gateway may say
  // (the request id, its signature, the x-client-* claims) is dropped, then the request id is issued.
  const headers = req.headers;
  const claimed = headers['x-request-id'];
  for (const name in headers)
    if (name.startsWith('x-client-') || name === REQUEST_ID_SIGNATURE_HEADER) delete headers[name];
  if (typeof claimed === 'string') headers['x-client-request-id'] = claimed;
  headers['x-request-id'] = randomUUID();
  const serverContext = { req, res };
  let response: Response;
  if (method === 'POST') {
    let body: Buffer;
    try {
      body = await readBodyWithin(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuseBodyTooLarge(req, res, error);
      throw error;
    }
    // Only for a caller that sends a token: one who sends none is refused before its body is parsed, as before.
    const parsed = headers.authorization ? parsedJsonBody(headers['content-type'], body) : null;
    if (parsed) {
      // Handed over already parsed, as a body parser does (@whatwg-node/server's `req.body`): the runtime's Request
      // then has no stream, and the runtime's own body limit (25 MB, above this edge's) pipes nothing per request.
      (req as IncomingMessage & { body?: unknown }).body = parsed;
      response = await runtime.handleNodeRequestAndResponse(req, res, serverContext);
    } else {
      // Any other body (not JSON, not an object, not parsable) goes as read: the runtime answers it as it would.
      response = await runtime.fetch(wholeBodyRequest(runtime.fetchAPI.Request, raw, req, res, body), serverContext);
    }
  } else {
    response = await runtime.handleNodeRequestAndResponse(req, res, serverContext);
  }
  const outHeaders: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    outHeaders[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, outHeaders);
  // A single answer (JSON) is sent in one write, as the text the runtime made (no copy through an ArrayBuffer);
  // only an incremental one (server-sent events, multipart) is streamed.
  if (!/^(text\/event-stream|multipart\/)/.test(response.headers.get('content-type') ?? ''))
    return void res.end(await response.text());
  if (!response.body) return void res.end();
  // The runtime's Response may be a fetch ponyfill's: read it as an async iterable, not with Readable.fromWeb.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

const jsonContentType = /^application\/(json|graphql\+json)\s*(;|$)/i;

/**
 * A GraphQL request's JSON body as the object the runtime would parse from it, or null for anything the runtime
 * must see as sent to answer it itself: another content type, invalid JSON, an array (a batch, which the runtime
 * refuses), an empty object.
 */
export function parsedJsonBody(contentType: string | undefined, body: Buffer): Record<string, unknown> | null {
  if (!contentType || !jsonContentType.test(contentType)) return null;
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0)
    return null;
  return value as Record<string, unknown>;
}

/** The Request of a body read here whole and not handed over parsed, built with the runtime's own Request class. */
function wholeBodyRequest(
  RequestClass: typeof globalThis.Request,
  raw: string,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
): Request {
  const headers: Record<string, string> = {};
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value === undefined || name === 'transfer-encoding') continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const controller = new AbortController();
  // Only a caller that went away before its answer was sent aborts the request (and the subgraph calls under it).
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return new RequestClass(`http://gateway.local${raw}`, {
    method: req.method,
    headers,
    // The Buffer itself (a Uint8Array): the runtime's Request keeps it as its body without a copy.
    body: body as Uint8Array<ArrayBuffer>,
    signal: controller.signal,
  });
}
