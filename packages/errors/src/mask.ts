import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { clientErrorCodes, ErrorCode } from './codes.ts';

/**
 * Error masking for every subgraph and the gateway: a client sees a code it can act on and a message,
 * never a stack, SQL or an internal URL. Known domain errors pass through; anything else becomes
 * INTERNAL_SERVER_ERROR and the original is left to the server log.
 * GraphQL validation errors (no code yet) and Apollo's own input-coercion codes are client errors too.
 */
const passthroughCodes = new Set<string>([
  ...clientErrorCodes,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function maskFormattedError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && passthroughCodes.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    const normalised = code.startsWith('GRAPHQL_') || code === 'OPERATION_RESOLUTION_FAILURE' ? ErrorCode.BAD_USER_INPUT : code;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code: normalised, ...(normalised !== code ? { reason: code } : {}) } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

export function isClientError(error: unknown): boolean {
  return error instanceof GraphQLError && passthroughCodes.has(String(error.extensions['code']));
}
