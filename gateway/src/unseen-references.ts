import type { GraphQLFormattedError } from 'graphql';

const nonNullField = /^Cannot return null for non-nullable field (\w+)\.(\w+)\.$/;

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const isBareNonNullError = (error: GraphQLFormattedError) =>
  !error.extensions?.['code'] && nonNullField.test(error.message);

/**
 * The same error once the runtime has masked it (it reaches the plugins masked): an unexpected error raised by the
 * gateway itself at a field path. Errors from subgraphs keep their own code and are never marked `unexpected`.
 */
const isMaskedGatewayError = (error: GraphQLFormattedError) =>
  error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' && error.extensions['unexpected'] === true;

/**
 * A reference to a record owned by another subgraph that the caller may not see there (a placement's person for
 * the employer, its employer for the person): the owning subgraph answers the entity as null, exactly as for a
 * record that does not exist, and the gateway then finds the entity's non-null fields missing and nulls the
 * reference with a bare execution error (which would be masked as INTERNAL_SERVER_ERROR). In the refusal model
 * it is a field the caller may not see: the reference is null with FORBIDDEN and the rule, on the reference's
 * path. Only when the reference itself ended null in the data, so a non-null violation anywhere else stays what
 * it is.
 */
export function unseenReference(error: GraphQLFormattedError, data: unknown): GraphQLFormattedError | null {
  const path = error.path;
  if (!path || path.length < 2 || !(isBareNonNullError(error) || isMaskedGatewayError(error))) return null;
  const reference = path.slice(0, -1);
  if (typeof reference.at(-1) !== 'string' || valueAt(data, reference) !== null) return null;
  return {
    message: 'This record is not shown to this caller',
    path: reference,
    extensions: { code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' },
  };
}

/** One error per refused reference, however many of its fields were selected. */
export function oncePerPath(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.extensions?.['rule'] !== 'REFERENCE_NOT_VISIBLE') return true;
    const key = JSON.stringify(e.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
