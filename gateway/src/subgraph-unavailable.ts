import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type DocumentNode, GraphQLError, Kind } from 'graphql';
import { ErrorCode } from '@reg/errors';

/** Why a subgraph's part of an answer is missing; clients and dashboards can tell an outage from a slow service. */
export type UnavailableReason = 'CONNECTION_REFUSED' | 'CONNECTION_FAILED' | 'TIMEOUT' | 'SUBGRAPH_ERROR';

// The HTTP executor's codes for a fetch that failed, timed out, or got something that is not a GraphQL result.
const fetchFailureCodes = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'RESPONSE_VALIDATION_FAILED']);

// Duck-typed: the runtime may hold another copy of graphql-js than this module, so instanceof can fail.
function isGraphQLError(value: unknown): value is GraphQLError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'GraphQLError' &&
    'extensions' in value
  );
}

function findUpstreamFailure(error: unknown): GraphQLError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (isGraphQLError(current) && fetchFailureCodes.has(String(current.extensions['code']))) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

function causeText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { message?: unknown; code?: unknown; name?: unknown };
    parts.push(String(e.message ?? ''), String(e.code ?? ''), String(e.name ?? ''));
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return parts.join(' ');
}

/**
 * The reason of a failed subgraph fetch, from what the gateway's HTTP executor reports: the time-out plugin's
 * GATEWAY_TIMEOUT, an answer with an HTTP status (the subgraph answered, but not with a GraphQL result), or a
 * socket error (refused: nothing listens; anything else: the connection broke).
 */
export function unavailableReason(failure: GraphQLError): UnavailableReason {
  if (failure.extensions['code'] === 'GATEWAY_TIMEOUT') return 'TIMEOUT';
  const text = causeText(failure);
  if (/timeout|timed out|TimeoutError/i.test(text)) return 'TIMEOUT';
  const response = failure.extensions['response'] as { status?: number } | undefined;
  if (response?.status !== undefined) return 'SUBGRAPH_ERROR';
  if (/ECONNREFUSED/.test(text)) return 'CONNECTION_REFUSED';
  return 'CONNECTION_FAILED';
}

/**
 * The gateway's `maskedErrors.maskError`: a subgraph that could not be reached becomes SUBGRAPH_UNAVAILABLE at the
 * path of the missing part, naming the subgraph and the reason, never its URL, the subrequest or a stack; the
 * rest of the answer stands. Anything else is masked as Yoga does by default (the error-codes plugin then
 * applies the client allow-list).
 */
export function maskSubgraphFailures(error: unknown, message: string): Error {
  const failure = findUpstreamFailure(error);
  const located = isGraphQLError(error) ? error : null;
  if (failure) {
    const service =
      typeof failure.extensions['serviceName'] === 'string' ? failure.extensions['serviceName'] : undefined;
    return new GraphQLError(
      `The ${service ?? 'subgraph'} service did not answer; this part of the answer is missing, retry later`,
      {
        nodes: located?.nodes ?? null,
        source: located?.source ?? null,
        positions: located?.positions ?? null,
        path: located?.path ?? failure.path ?? null,
        extensions: {
          code: ErrorCode.SUBGRAPH_UNAVAILABLE,
          reason: unavailableReason(failure),
          ...(service ? { service } : {}),
        },
      },
    );
  }
  if (located && (!located.originalError || isGraphQLError(located.originalError))) return located;
  return new GraphQLError(message, {
    nodes: located?.nodes ?? null,
    source: located?.source ?? null,
    positions: located?.positions ?? null,
    path: located?.path ?? null,
    // As Yoga's own mask marks it: unseen-references.ts tells the gateway's own failures by this mark.
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, unexpected: true },
  });
}

/** Each `_entities` field of a subgraph request: its response key, its representations' count, the fields asked. */
function entityFetches(request: {
  document: DocumentNode;
  variables?: Record<string, unknown>;
}): Array<{ key: string; count: number; fields: string[] }> {
  const fetches: Array<{ key: string; count: number; fields: string[] }> = [];
  for (const definition of request.document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
      const argument = selection.arguments?.find((a) => a.name.value === 'representations')?.value;
      const representations =
        argument?.kind === Kind.VARIABLE
          ? (request.variables?.[argument.name.value] as unknown[] | undefined)
          : undefined;
      const fields = new Set<string>();
      for (const fragment of selection.selectionSet?.selections ?? [])
        if (fragment.kind === Kind.INLINE_FRAGMENT)
          for (const field of fragment.selectionSet.selections)
            if (field.kind === Kind.FIELD && field.name.value !== '__typename')
              fields.add(field.alias?.value ?? field.name.value);
      fetches.push({
        key: selection.alias?.value ?? '_entities',
        count: representations?.length ?? 0,
        fields: [...fields],
      });
    }
  }
  return fetches;
}

/**
 * On the Rust planner a failed entity fetch's error lands on the entity (`['person']`), where the JS planner puts it
 * on each field asked of that subgraph (`['person', 'deliveries']`): this places it there, naming the subgraph, so
 * `maskSubgraphFailures` answers the same on both planners.
 */
export function useUnavailableAtFields(): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, subgraphName }) {
      return ({ result, setResult }) => {
        if (!result || Symbol.asyncIterator in result || result.data || !result.errors?.length) return;
        const failures = result.errors.filter((e) => !e.path && fetchFailureCodes.has(String(e.extensions?.['code'])));
        if (failures.length !== result.errors.length) return;
        const fetches = entityFetches(executionRequest);
        if (!fetches.length) return;
        const placed = fetches.flatMap(({ key, count, fields }) =>
          Array.from({ length: count }, (_, index) =>
            fields.map(
              (field) =>
                new GraphQLError(failures[0]!.message, {
                  path: [key, index, field],
                  originalError: failures[0],
                  extensions: { ...failures[0]!.extensions, serviceName: subgraphName },
                }),
            ),
          ).flat(),
        );
        if (placed.length) setResult({ ...result, errors: placed });
      };
    },
  };
}
