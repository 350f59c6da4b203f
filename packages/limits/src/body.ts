import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body larger than ${limit} bytes`);
  }
}

/**
 * Reads a request body, counting bytes as they arrive: a declared Content-Length above the limit is refused
 * before reading, and a chunked body (no length) is cut off as soon as it passes the limit. Used by the
 * gateway and every subgraph.
 */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLargeError(limit));
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      settled = true;
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLargeError(limit));
    };
    req.on('data', onData);
    req.once('end', () => {
      if (!settled) resolve(Buffer.concat(chunks));
    });
    req.once('error', (error) => {
      if (!settled) reject(error);
    });
  });
}

/**
 * How long a refused connection may linger after the 413 is sent: long enough for the client, still writing its
 * body, to read the answer before the reset (a reset at once can reach it first and lose the answer).
 */
const LINGER_AFTER_REFUSAL_MS = 1000;

/**
 * Answers 413 with a coded error and closes the connection: the rest of the body is never read. The socket is
 * half-closed once the answer is out, then destroyed after a short linger.
 */
export function refuseBodyTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  error: BodyTooLargeError,
  headers: Record<string, string> = {},
): void {
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close', ...headers });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: `Request body too large: at most ${error.limit} bytes`,
          extensions: { code: 'BAD_USER_INPUT', limit: 'maxBodyBytes', max: error.limit },
        },
      ],
    }),
    () => {
      req.socket.end();
      setTimeout(() => req.socket.destroy(), LINGER_AFTER_REFUSAL_MS).unref();
    },
  );
}
