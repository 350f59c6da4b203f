import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Sql } from 'postgres';

// postgres.js has no OpenTelemetry instrumentation of its own (the ecosystem's covers `pg`): each statement gets a
// client span here, named and attributed by the database semantic conventions, with the parameterised text only
// (never the values). With no SDK started the API is a no-op. The tracer is asked for at each statement, not at
// load: an SDK registered later through another copy of the API (ESM and CommonJS builds) is then still found.
const tracer = () => trace.getTracer('@reg/db');

// postgres.js's own codes for a socket that closed, and PostgreSQL's for a backend that was terminated or
// cannot take connections (class 08, 57P01-57P03): the statement never ran to completion on a live session.
const connectionErrorCodes = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && connectionErrorCodes.has(code);
}

const operationOf = (statement: string) => statement.trimStart().split(/\s/, 1)[0]!.toUpperCase();

/** A statement that only reads: running it twice gives the same effect as once. */
export function isIdempotentRead(statement: string): boolean {
  const text = statement.trimStart().toLowerCase();
  if (!text.startsWith('select') && !text.startsWith('with')) return false;
  return !/\b(insert|update|delete|merge|for\s+update|for\s+share|for\s+no\s+key\s+update|nextval|setval|pg_advisory\w*)\b/.test(
    text,
  );
}

type Unsafe = (
  query: string,
  params?: unknown[],
  options?: unknown,
) => { values(): PromiseLike<unknown>; then: PromiseLike<unknown>['then'] };

/**
 * The postgres.js client drizzle runs on, with one retry of an idempotent read that failed because its pooled
 * connection had died (a restarted server, a terminated backend, a dropped socket): postgres.js discards that
 * connection, so the retry gets a fresh one. Writes and everything inside a transaction (drizzle runs those on
 * the transaction's own client, not this one) are never retried: the caller sees the error.
 */
export interface StatementStats {
  /** Statements sent outside a transaction and not answered yet. */
  inFlight: number;
  /** Reads retried after a dead connection, since start. */
  retries: number;
}

export function retryingReads<T extends Sql>(
  client: T,
  options: { stats?: StatementStats; retryDelayMs?: number } = {},
): T {
  const stats = options.stats ?? { inFlight: 0, retries: 0 };
  const retryDelayMs = options.retryDelayMs ?? 100;
  const unsafe = client.unsafe.bind(client) as unknown as Unsafe;
  const wrapped = (query: string, params?: unknown[], options?: unknown) => {
    let asValues = false;
    const run = () => {
      const pending = unsafe(query, params, options);
      return asValues ? pending.values() : pending;
    };
    const attempt = () =>
      Promise.resolve()
        .then(run)
        .catch((error: unknown) => {
          if (!isConnectionError(error) || !isIdempotentRead(query)) throw error;
          stats.retries += 1;
          // A server restart kills every pooled connection at once: a short pause lets postgres.js see the other
          // sockets close too, so the retry opens a fresh connection instead of taking the next dead one.
          return new Promise((resolve) => setTimeout(resolve, retryDelayMs)).then(run);
        });
    // A span that is never made active: nothing runs inside a statement that could be its child, and making it
    // active copies the context on every statement (with tracing off too, where the span records nothing).
    const once = () => {
      const operation = operationOf(query);
      const span = tracer().startSpan(`${operation} postgresql`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system': 'postgresql',
          'db.system.name': 'postgresql',
          'db.operation.name': operation,
          'db.query.text': query,
        },
      });
      stats.inFlight += 1;
      return attempt().then(
        (result) => {
          stats.inFlight -= 1;
          span.end();
          return result;
        },
        (error: unknown) => {
          stats.inFlight -= 1;
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? 'error' });
          span.end();
          throw error;
        },
      );
    };
    const pending = {
      values() {
        asValues = true;
        return pending;
      },
      // A postgres.js query is a thenable run when awaited; the wrapper must be one too.
      // biome-ignore lint/suspicious/noThenProperty: the wrapper stands for a postgres.js pending query
      then<A, B>(
        onFulfilled?: (value: unknown) => A | PromiseLike<A>,
        onRejected?: (reason: unknown) => B | PromiseLike<B>,
      ) {
        return once().then(onFulfilled, onRejected);
      },
    };
    return pending;
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') return wrapped;
      return Reflect.get(target, property, receiver);
    },
  });
}
