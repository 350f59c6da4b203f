import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_SIGNATURE_HEADER } from '@reg/auth';
import { BodyTooLargeError, readBodyWithin, refuseBodyTooLarge } from '@reg/limits';

type FetchHandler = (
  request: Request,
  serverContext: { req: IncomingMessage; res: ServerResponse },
) => Promise<Response> | Response;

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
 * around the token check). Only GET, POST and the CORS preflight. The body is read here, counting bytes as
 * they arrive (a chunked body is cut off at the limit with 413), and the runtime gets it whole. The request id
 * is issued here (x-request-id, which the runtime logs, forwards to subgraphs and returns); the caller's own
 * x-request-id travels as x-client-request-id, a claim for the audit, never as the id.
 */
export async function serveGraphQL(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  options: {
    graphqlPath: string;
    maxBodyBytes: number;
    /**
     * The Request class to build with: the runtime's own (`runtime.fetchAPI.Request`, @whatwg-node's), which it
     * reads without the web-stream machinery Node's built-in Request sets up for every body. Node's by default.
     */
    Request?: typeof globalThis.Request;
  },
): Promise<void> {
  const RequestClass = options.Request ?? globalThis.Request;
  const raw = req.url ?? '/';
  const path = raw.split('?', 1)[0];
  if (path !== options.graphqlPath) return sendJson(res, 404, 'NOT_FOUND', 'Not found');
  const method = req.method ?? 'GET';
  if (!['GET', 'POST', 'OPTIONS'].includes(method))
    return sendJson(res, 405, 'BAD_USER_INPUT', 'Method not allowed', { allow: 'GET, POST, OPTIONS' });
  let body: Buffer | undefined;
  if (method === 'POST') {
    try {
      body = await readBodyWithin(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return refuseBodyTooLarge(req, res, error);
      throw error;
    }
  }
  // A plain record, as the runtime's own Node adapter passes them: its Request reads it lazily, where a Headers
  // instance would be copied entry by entry.
  const headers: Record<string, string> = {};
  for (const name in req.headers) {
    const value = req.headers[name];
    if (
      value === undefined ||
      name === 'content-length' ||
      name === 'transfer-encoding' ||
      name.startsWith('x-client-') ||
      name === 'x-request-id' ||
      name === REQUEST_ID_SIGNATURE_HEADER
    )
      continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  // The gateway issues the request id; what the caller sent as x-request-id is kept only as its claim.
  const claimed = req.headers['x-request-id'];
  if (typeof claimed === 'string') headers['x-client-request-id'] = claimed;
  headers['x-request-id'] = randomUUID();
  const controller = new AbortController();
  // Only a caller that went away before its answer was sent aborts the request (and the subgraph calls under it);
  // aborting after every answer would cost an AbortError and its listeners on each request.
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const request = new RequestClass(`http://gateway.local${raw}`, {
    method,
    headers,
    // The Buffer itself (a Uint8Array): the runtime's Request keeps it as its body without a copy.
    ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
    signal: controller.signal,
  });
  const response = await handler(request, { req, res });
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
