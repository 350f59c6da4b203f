import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maskFormattedError } from '@reg/errors';
import type { GraphQLFormattedError } from 'graphql';
import { oncePerPath, unseenReference } from './unseen-references.ts';

/**
 * Every error a client sees carries `extensions.code` and nothing internal (DESIGN.md). An error with
 * neither a code nor a path was raised before execution (validation, query limits): the request was
 * at fault, so it becomes GRAPHQL_VALIDATION_FAILED (shown as BAD_USER_INPUT); anything else without a
 * known code is masked.
 */
export function useErrorCodes(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in result) return;
      const errors = result.errors;
      if (!errors?.length) return;
      const formatted = errors.map((e) => ('toJSON' in e ? e.toJSON() : e) as GraphQLFormattedError);
      setResult({ ...result, errors: oncePerPath(formatted.map((e) => maskFormattedError(unseenReference(e, result.data) ?? withRequestCode(e)))) as never });
    },
  };
}

function withRequestCode(error: GraphQLFormattedError): GraphQLFormattedError {
  // The gateway's own check of @requiresScopes: the same answer the subgraph would give.
  if (error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE') {
    const { http: _http, ...extensions } = error.extensions;
    return { ...error, extensions: { ...extensions, code: 'FORBIDDEN' } };
  }
  if (error.extensions?.['code'] || error.path) return error;
  return { ...error, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
}
