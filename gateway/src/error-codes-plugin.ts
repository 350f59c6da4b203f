import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maskFormattedError } from '@reg/errors';
import type { GraphQLFormattedError } from 'graphql';
import { requestIdOf } from './identity-plugin.ts';
import { oncePerPath, unseenReference } from './unseen-references.ts';

/**
 * Every error a client sees passes the allow-list of @reg/errors (DESIGN.md): a coded client error, or a
 * generic INTERNAL_SERVER_ERROR with the gateway's request id (subgraph URLs, subrequest bodies and library
 * messages stay in the log). An error with neither a code nor a path but with a location in the document was
 * raised by validation: the request was at fault, so it becomes GRAPHQL_VALIDATION_FAILED (shown as
 * BAD_USER_INPUT); one with no location either is the gateway's own failure and is masked.
 */
export function useErrorCodes(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult, context }) {
      if (!result || Symbol.asyncIterator in result) return;
      const errors = result.errors;
      if (!errors?.length) return;
      const request = (context as { request?: Request }).request;
      const requestId = request ? requestIdOf(request) : undefined;
      const formatted = errors.map((e) => ('toJSON' in e ? e.toJSON() : e) as GraphQLFormattedError);
      const masked = formatted.map((error) => {
        const coded = unseenReference(error, result.data) ?? withRequestCode(error);
        const shown = maskFormattedError(coded, { requestId });
        // The runtime takes the HTTP status from `extensions.http`: a client error keeps its 400.
        const http = coded.extensions?.['http'];
        return http && shown.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR'
          ? { ...shown, extensions: { ...shown.extensions, http } }
          : shown;
      });
      setResult({ ...result, errors: oncePerPath(masked, result.data) as never });
    },
  };
}

function withRequestCode(error: GraphQLFormattedError): GraphQLFormattedError {
  // The gateway's own check of @requiresScopes: the same answer the subgraph would give.
  if (error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE') {
    const { http: _http, ...extensions } = error.extensions;
    return { ...error, extensions: { ...extensions, code: 'FORBIDDEN' } };
  }
  if (error.extensions?.['code'] || error.path || !error.locations?.length) return error;
  return { ...error, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
}
