import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { clientErrorCodes, ErrorCode } from './codes.ts';

/**
 * Error masking for every subgraph and the gateway, by allow-list: a client sees a coded client error (a code
 * it can act on and a message written for it), or a generic INTERNAL_SERVER_ERROR carrying the request id so
 * support can find the detail in the log. Never a stack, SQL, parameter values or an internal URL.
 * GraphQL's own parse and validation codes are client errors too (shown as BAD_USER_INPUT).
 */
const requestFaultCodes = new Set<string>([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);
const passthroughCodes = new Set<string>([...clientErrorCodes, ...requestFaultCodes]);
passthroughCodes.delete(ErrorCode.INTERNAL_SERVER_ERROR);

/** Extensions that describe the server, not the caller's mistake: never shown. */
const serverExtensions = new Set([
  'stacktrace',
  'exception',
  'http',
  'request',
  'response',
  'serviceName',
  'originalError',
  'unexpected',
  'sourceError',
]);

/**
 * What an error message written for a client never contains: SQL, a stack frame, a file path, an internal URL.
 * A coded error that carries one anyway (a library's message wrapped as BAD_USER_INPUT) is masked all the same.
 */
const internalDetail = [
  /\bfailed query\b/i,
  /\bselect\s+(?:"|\*|distinct\b|count\()/i,
  /\binsert\s+into\s+"?\w/i,
  /\bupdate\s+"\w/i,
  /\bdelete\s+from\s+"?\w/i,
  /\bparams:/i,
  /\n\s+at\s/,
  /\bat\s+\S+\s+\(?(?:file:\/\/|\/)[^\s)]+:\d+/,
  /(?:^|[\s"'(])\/(?:[\w.@+-]+\/)+[\w.@+-]+\.(?:[cm]?[jt]s|json|sql)\b/,
  /\b(?:https?|postgres(?:ql)?|redis):\/\/(?:127\.|localhost|\[::1\]|0\.0\.0\.0|10\.|192\.168\.|[\w-]+:\d+)/i,
];

export function containsInternalDetail(text: string): boolean {
  return internalDetail.some((pattern) => pattern.test(text));
}

export interface MaskOptions {
  /** The request id, so a generic error can be traced to its log lines. */
  requestId?: string | undefined;
}

export function genericInternalError(
  requestId: string | undefined,
  path?: GraphQLFormattedError['path'],
): GraphQLFormattedError {
  return {
    message: 'Internal server error',
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}

/** True when the formatted error may reach a client as it is (after its server extensions are dropped). */
export function isPassthrough(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.['code'];
  if (typeof code !== 'string' || !passthroughCodes.has(code)) return false;
  return (
    !containsInternalDetail(formatted.message) &&
    !containsInternalDetail(JSON.stringify(clientExtensions(formatted.extensions)))
  );
}

function clientExtensions(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions ?? {}).filter(([key]) => !serverExtensions.has(key)));
}

export function maskFormattedError(formatted: GraphQLFormattedError, options: MaskOptions = {}): GraphQLFormattedError {
  if (!isPassthrough(formatted)) return genericInternalError(options.requestId, formatted.path);
  const code = String(formatted.extensions!['code']);
  const normalised = requestFaultCodes.has(code) ? ErrorCode.BAD_USER_INPUT : code;
  return {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      ...clientExtensions(formatted.extensions),
      code: normalised,
      ...(normalised !== code ? { reason: code } : {}),
    },
  };
}

export function isClientError(error: unknown): boolean {
  return error instanceof GraphQLError && passthroughCodes.has(String(error.extensions['code']));
}
