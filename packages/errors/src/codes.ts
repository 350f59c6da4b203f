import { GraphQLError } from 'graphql';

/** The only error codes a client ever sees; INTERNAL_SERVER_ERROR only as the generic masked error. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RULE_VIOLATION: 'RULE_VIOLATION',
  RATE_LIMITED: 'RATE_LIMITED',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const clientErrorCodes: ReadonlySet<string> = new Set(Object.values(ErrorCode));

function domainError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = 'Authentication required') => domainError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Not allowed') => domainError(ErrorCode.FORBIDDEN, message);
export const notFound = (entity: string, id: string) =>
  domainError(ErrorCode.NOT_FOUND, `${entity} ${id} not found`, { entity, id });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  domainError(ErrorCode.CONFLICT, message, extensions);

/** A field of the input is malformed; `field` is the input path, e.g. "input.fiscalCode". */
export const badInput = (field: string, message: string) => domainError(ErrorCode.BAD_USER_INPUT, message, { field });

/** A domain rule refused the write; `rule` is the rule's stable id, so clients can react to it. */
export const ruleViolation = (rule: string, message: string, details: Record<string, unknown> = {}) =>
  domainError(ErrorCode.RULE_VIOLATION, message, { rule, ...details });
