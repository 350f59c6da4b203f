import {
  internalKeysFromEnv,
  mintServiceToken,
  REQUEST_ID_SIGNATURE_HEADER,
  signRequestId,
  type Identity,
  type InternalKeys,
} from '@reg/auth';
import { ErrorCode } from '@reg/errors';
import { createBatchingExecutor } from '@graphql-tools/batch-execute';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLError, print, type DocumentNode } from 'graphql';
import { createCircuitBreaker } from './circuit-breaker.ts';
import type { RequestIdentity } from './request-scope.ts';
import { traceHeaders } from './tracing.ts';

/**
 * The one GraphQL client between subgraphs. A subgraph calls another to check a write against the other's facts
 * and, at read time, for the quota hires of the obligation statuses. It never forwards the caller's token: it
 * sends a service token (`@reg/auth` service-tokens.ts) signed with the internal secret, naming this subgraph, the
 * owner and the caller, so the owner applies its row rules to the caller and knows which subgraph asks, and no
 * outside caller can present the same identity. The request id goes with its signature, so one id follows the
 * request; and a time-out. Documents are the typed `.graphql` operations of each subgraph's
 * `remote/` folder, generated from the owner's SDL, so answers are typed from the schema and never hand-copied.
 */
export interface GraphQLClient {
  request<TResult, TVariables extends Record<string, unknown>>(
    identity: Identity,
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  /**
   * The same document once per variables, merged into one HTTP request (root fields aliased and variables renamed
   * per item by @graphql-tools/batch-execute), answers in the order asked. A batch of reports is checked in one
   * call whatever its number of rows.
   */
  requestEach<TResult, TVariables extends Record<string, unknown>>(
    identity: Identity,
    document: TypedDocumentNode<TResult, TVariables>,
    variables: readonly TVariables[],
  ): Promise<TResult[]>;
}

export interface GraphQLClientOptions {
  /** The calling subgraph's name: the `sub` of its service tokens. */
  from: string;
  /** The owner's name, e.g. 'people': said in SUBGRAPH_UNAVAILABLE (never its URL), the audience of the tokens. */
  subgraph: string;
  /** Keys of the internal secret (GRAPH_INTERNAL_SECRET from the environment when absent). */
  internal?: InternalKeys;
  /** A function when the URL is known only later (tests that start the owner after the caller). */
  url: string | (() => string);
  timeoutMs?: number;
  /** Retries when the owner cannot answer (refused, reset, no GraphQL body, 502/503/504), never after a time-out. */
  retries?: number;
  /** The first retry's wait; each next one waits three times longer (100 ms, 300 ms). */
  backoffMs?: number;
  /** Consecutive unavailable calls that open the circuit: calls then fail at once, with no request. */
  breakerThreshold?: number;
  /** How long the circuit stays open before one trial call goes through. */
  breakerCoolDownMs?: number;
}

/** The owner is down, did not answer in time or answered with no GraphQL body: the write is refused, retry later. */
export function subgraphUnavailable(subgraph: string, reason?: 'CIRCUIT_OPEN'): GraphQLError {
  return new GraphQLError(
    `The ${subgraph} subgraph is unavailable, so the facts this write depends on cannot be checked: nothing was written, retry later`,
    {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, retryable: true, subgraph, ...(reason ? { reason } : {}) },
    },
  );
}

/** One attempt the owner could not answer; `retry` is false after a time-out (the caller already waited it all). */
class Unavailable extends Error {
  constructor(readonly retry: boolean) {
    super('unavailable');
  }
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

/** An owner's answer the caller must not see as is (an internal error there): logged and masked here. */
export class UpstreamError extends Error {}

type Answer = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
};

/** A service token is reused for the same caller while it has more than this left (it lives 60 s at most). */
const TOKEN_REUSE_MARGIN_MS = 30_000;

/** Callers whose service tokens are kept at once; past it the oldest is dropped (it is minted again if needed). */
const MINTED_KEPT = 10_000;

/**
 * The service token for a caller, minted once and reused while it has time left: kept by the caller's own token,
 * which names one verified identity (each request's caller is its own object, request-scope.ts), so one caller's
 * requests share one service token per owner.
 */
function serviceTokenCache(internal: InternalKeys, from: string, to: string) {
  const minted = new Map<string, { token: string; expiresAt: number }>();
  return async (identity: Identity): Promise<string> => {
    const kept = minted.get(identity.token);
    if (kept && kept.expiresAt - Date.now() > TOKEN_REUSE_MARGIN_MS) return kept.token;
    const fresh = await mintServiceToken(internal, { from, to, onBehalfOf: identity });
    minted.delete(identity.token);
    if (minted.size >= MINTED_KEPT) minted.delete(minted.keys().next().value!);
    minted.set(identity.token, fresh);
    return fresh.token;
  };
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** Items of a merged request (requestEach) answered within one time-out: a batch of 500 reports gets 10. */
const ITEMS_PER_TIMEOUT = 50;
const DEFAULT_RETRIES = 2;
const DEFAULT_BACKOFF_MS = 100;
const DEFAULT_BREAKER_THRESHOLD = 5;
const DEFAULT_BREAKER_COOL_DOWN_MS = 10_000;

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const { subgraph } = options;
  const internal = options.internal ?? internalKeysFromEnv();
  const tokens = serviceTokenCache(internal, options.from, subgraph);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const urlOf = () => (typeof options.url === 'string' ? options.url : options.url());
  const retries = options.retries ?? DEFAULT_RETRIES;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  // One breaker per client, so per owner: each subgraph creates one client per owner.
  const breaker = createCircuitBreaker({
    threshold: options.breakerThreshold ?? DEFAULT_BREAKER_THRESHOLD,
    coolDownMs: options.breakerCoolDownMs ?? DEFAULT_BREAKER_COOL_DOWN_MS,
  });

  /**
   * Every document is a query, so idempotent: an attempt the owner could not answer is retried after 100 ms and
   * 300 ms, but not after a time-out (a retry would double the user's wait) and never once the owner has answered,
   * even with GraphQL errors. The breaker counts calls, not attempts.
   */
  async function post(
    identity: Identity,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    items = 1,
  ): Promise<Answer> {
    if (!breaker.allow()) throw subgraphUnavailable(subgraph, 'CIRCUIT_OPEN');
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await postOnce(identity, document, variables, items);
        breaker.succeeded();
        return answer;
      } catch (error) {
        if (!(error instanceof Unavailable)) {
          breaker.succeeded();
          throw error;
        }
        if (!error.retry || attempt >= retries) {
          breaker.failed();
          throw subgraphUnavailable(subgraph);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 3 ** attempt));
    }
  }

  async function postOnce(
    identity: Identity,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    items = 1,
  ): Promise<Answer> {
    // The caller of a request carries the request's id (request-scope.ts): one id follows the request across subgraphs.
    const requestId = (identity as Partial<RequestIdentity>).requestId;
    const token = await tokens(identity);
    let response: Response;
    try {
      response = await fetch(urlOf(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(requestId
            ? { 'x-request-id': requestId, [REQUEST_ID_SIGNATURE_HEADER]: signRequestId(internal, requestId) }
            : {}),
          ...traceHeaders(),
        },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
        // A merged request does the work of many: the time-out grows by one step per ITEMS_PER_TIMEOUT items.
        signal: AbortSignal.timeout(timeoutMs * Math.ceil(items / ITEMS_PER_TIMEOUT)),
      });
    } catch (error) {
      // Refused connection, reset, DNS failure or time-out: the owner cannot answer now.
      throw new Unavailable(!isTimeout(error));
    }
    let body: Answer;
    try {
      body = (await response.json()) as Answer;
    } catch (error) {
      throw new Unavailable(!isTimeout(error));
    }
    // 502/503/504 from a proxy in front of the owner, with or without a body, is the owner being away.
    if (response.status === 502 || response.status === 503 || response.status === 504) throw new Unavailable(true);
    return body;
  }

  function unwrap<T>(answer: Answer): T {
    const first = answer.errors?.[0];
    if (first) {
      const code = first.extensions?.['code'];
      // A client answer of the owner (not found, forbidden, a rule, itself unavailable) is the caller's answer too.
      if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        throw new GraphQLError(first.message, { extensions: { ...first.extensions, code } });
      }
      throw new UpstreamError(`The ${subgraph} subgraph answered: ${first.message}`);
    }
    if (!answer.data) throw new UpstreamError(`The ${subgraph} subgraph answered without data`);
    return answer.data as T;
  }

  return {
    async request(identity, document, variables) {
      return unwrap(await post(identity, document, variables));
    },
    async requestEach<TResult, TVariables extends Record<string, unknown>>(
      identity: Identity,
      document: TypedDocumentNode<TResult, TVariables>,
      variablesList: readonly TVariables[],
    ) {
      if (variablesList.length === 0) return [];
      if (variablesList.length === 1) return [unwrap<TResult>(await post(identity, document, variablesList[0]))];
      // A batching executor per call: the items asked together here are merged into one request, nothing else.
      const items = variablesList.length;
      const execute = createBatchingExecutor(
        (request) => post(identity, request.document, request.variables, items) as never,
      );
      const answers = await Promise.all(
        variablesList.map((variables) => execute({ document, variables }) as Promise<Answer>),
      );
      return answers.map((answer) => unwrap<TResult>(answer));
    },
  };
}
