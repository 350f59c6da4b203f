import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type DocumentNode, type GraphQLFormattedError, Kind } from 'graphql';

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
  return refusedReference(reference);
}

const refusedReference = (path: ReadonlyArray<string | number>): GraphQLFormattedError => ({
  message: 'This record is not shown to this caller',
  path,
  extensions: { code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' },
});

/** The response keys of a subgraph request's `_entities` fields (the Rust planner aliases them in batched fetches). */
const entitiesKeysOf = new WeakMap<DocumentNode, readonly string[]>();

// Remembered per document: the planner hands the same subgraph document object to every execution of a plan.
function entitiesKeys(document: DocumentNode): readonly string[] {
  let keys = entitiesKeysOf.get(document);
  if (keys) return keys;
  const found: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections)
      if (selection.kind === Kind.FIELD && selection.name.value === '_entities')
        found.push(selection.alias?.value ?? selection.name.value);
  }
  keys = found;
  entitiesKeysOf.set(document, keys);
  return keys;
}

/**
 * The same refusal on the Rust planner, which nulls such a reference without any error: each entity an owning
 * subgraph answered as null (without an error of its own) gets the refusal at its place in the subgraph's answer,
 * which the planner moves to the reference's path in the response. Kept only where the reference ended null
 * (`oncePerPath`), as on the JS planner.
 */
export function entityRefusals(
  document: DocumentNode,
  result: { data?: unknown; errors?: readonly GraphQLFormattedError[] },
) {
  const data = result.data as Record<string, unknown> | null | undefined;
  if (!data) return [];
  const keys = entitiesKeys(document);
  if (!keys.length) return [];
  const refusals: GraphQLFormattedError[] = [];
  for (const key of keys) {
    const entities = data[key];
    if (!Array.isArray(entities)) continue;
    // Only a null entity is looked up among the errors: most answers have none, and then nothing else is done.
    for (let index = entities.indexOf(null); index !== -1; index = entities.indexOf(null, index + 1)) {
      const ownError = result.errors?.some((e) => e.path?.[0] === key && e.path[1] === index);
      if (!ownError) refusals.push(refusedReference([key, index]));
    }
  }
  return refusals;
}

/** The plugin giving the Rust planner `entityRefusals` (the JS planner reports them through `unseenReference`). */
export function useEntityRefusals(): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest }) {
      // A fetch of no entities (a root field's) has nothing to refuse: no hook on its answer.
      if (!entitiesKeys(executionRequest.document).length) return;
      return ({ result, setResult }) => {
        if (!result || Symbol.asyncIterator in result) return;
        const refusals = entityRefusals(executionRequest.document, result);
        if (refusals.length) setResult({ ...result, errors: [...(result.errors ?? []), ...refusals] as never });
      };
    },
  };
}

/**
 * One error per refused reference, however many of its fields were selected, and only where the reference ended
 * null in the data (an entity answered as null whose selected fields are all nullable is no refusal on either planner).
 */
export function oncePerPath(errors: readonly GraphQLFormattedError[], data: unknown): GraphQLFormattedError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.extensions?.['rule'] !== 'REFERENCE_NOT_VISIBLE') return true;
    if (!e.path || valueAt(data, e.path) !== null) return false;
    const key = JSON.stringify(e.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
