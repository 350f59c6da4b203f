import { pino, type Logger } from 'pino';
import { currentTraceId } from './tracing.ts';

export type { Logger };

/**
 * Structured JSON logs; every line of a request carries its request id (bound in the request's child logger,
 * subgraph-server.ts) and, when tracing, its trace id. Tokens and bodies are never logged.
 */
export function createLogger(
  service: string,
  level = process.env['LOG_LEVEL'] ?? (process.env['NODE_ENV'] === 'test' ? 'silent' : 'info'),
): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'token'], censor: '[redacted]' },
    mixin: () => {
      const traceId = currentTraceId();
      return traceId ? { traceId } : {};
    },
  });
}
