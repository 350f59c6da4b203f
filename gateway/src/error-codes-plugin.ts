import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maskFormattedError } from '@reg/errors';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Every error a client sees carries `extensions.code` and nothing internal (DESIGN.md): the gateway's own
 * validation errors get BAD_USER_INPUT, and anything without a known code is masked.
 */
export function useErrorCodes(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in result) return;
      const errors = result.errors;
      if (!errors?.length) return;
      setResult({ ...result, errors: errors.map((e) => maskFormattedError(('toJSON' in e ? e.toJSON() : e) as GraphQLFormattedError)) as never });
    },
  };
}
