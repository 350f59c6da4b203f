import { ErrorCode } from '@reg/errors';
import { GraphQLError } from 'graphql';

/**
 * The refusal model's two FORBIDDEN shapes (README, "Refusal model"): a field the caller may not see names the
 * scope it needs; an operation or row the caller may not act on names the rule that refuses it. Neither carries
 * anything about the record it protects: the message and extensions are the same whatever the record holds.
 */
export const forbiddenWithoutScope = (scope: string, message = `This needs scope ${scope}`) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, scope } });

export const forbiddenByRule = (rule: string, message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, rule } });
