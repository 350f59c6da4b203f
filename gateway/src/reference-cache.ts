import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type DocumentNode, Kind, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { todayInRome } from '@reg/calendar';

/**
 * The entity types that are reference data, by subgraph: the same answer for every authenticated caller, whoever
 * asks (the catalogue's read rule, services/catalogue/src/rules/access.ts: "every authenticated caller reads it").
 * Never a type whose answer depends on the caller, since a cached answer is served to any caller: the catalogue's
 * `Viewer` is the caller itself (null for anyone else) and is not here.
 */
export const referenceTypes: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['catalogue', new Set(['Provider', 'ServiceStandard'])],
]);

/** One `_entities` field of a subgraph request: where its answer goes, its representations, the fields per type. */
interface EntitiesField {
  responseKey: string;
  variable: string;
  /** The leaf fields selected on each type (`__typename` included when asked). */
  fieldsByType: ReadonlyMap<string, readonly string[]>;
}

/**
 * A subgraph request the cache can answer: only `_entities` fields whose representations are one variable and whose
 * selections are plain leaf fields on reference types (no alias, argument, directive or nested object). Anything
 * else (a root field, `accreditedServices(on:)`, a `Viewer`, a mutation) is null and always goes to the subgraph.
 */
export function cacheableShape(document: DocumentNode, types: ReadonlySet<string>): readonly EntitiesField[] | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || document.definitions.length !== 1) return null;
  const operation = operations[0]!;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return null;
  if (operation.directives?.length) return null;
  const fields: EntitiesField[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities' || selection.directives?.length)
      return null;
    const argument = selection.arguments?.length === 1 ? selection.arguments[0]! : null;
    if (argument?.name.value !== 'representations' || argument.value.kind !== Kind.VARIABLE) return null;
    const fieldsByType = leafFieldsByType(selection.selectionSet, types);
    if (!fieldsByType) return null;
    fields.push({
      responseKey: selection.alias?.value ?? selection.name.value,
      variable: argument.value.name.value,
      fieldsByType,
    });
  }
  return fields.length ? fields : null;
}

function leafFieldsByType(
  selectionSet: SelectionSetNode | undefined,
  types: ReadonlySet<string>,
): Map<string, string[]> | null {
  if (!selectionSet) return null;
  const byType = new Map<string, string[]>();
  // The JS planner also asks `__typename` beside the fragments: a field of every type.
  let typename = false;
  for (const fragment of selectionSet.selections) {
    if (fragment.kind === Kind.FIELD && fragment.name.value === '__typename' && !fragment.alias) {
      if (fragment.directives?.length) return null;
      typename = true;
      continue;
    }
    if (fragment.kind !== Kind.INLINE_FRAGMENT || !fragment.typeCondition || fragment.directives?.length) return null;
    if (!types.has(fragment.typeCondition.name.value)) return null;
    const names = byType.get(fragment.typeCondition.name.value) ?? [];
    for (const field of fragment.selectionSet.selections) {
      if (field.kind !== Kind.FIELD || field.alias || field.selectionSet || field.arguments?.length) return null;
      if (field.directives?.length) return null;
      names.push(field.name.value);
    }
    byType.set(fragment.typeCondition.name.value, names);
  }
  if (typename) for (const names of byType.values()) names.unshift('__typename');
  return byType.size ? byType : null;
}

type Entity = Record<string, unknown>;

/** A leaf value as held and as answered: a list of scalars (a standard's `activities`) is copied, never shared. */
const copied = (value: unknown) => (Array.isArray(value) ? [...value] : value);

/** An entity's cache key: its subgraph, its representation (keys in a fixed order) and the Region's day. */
function entityKey(subgraph: string, representation: unknown, day: string): string | null {
  if (!representation || typeof representation !== 'object' || Array.isArray(representation)) return null;
  const keys = Object.keys(representation).sort();
  return `${subgraph}\u0000${day}\u0000${JSON.stringify(representation, keys)}`;
}

export interface ReferenceCacheOptions {
  /** How long an entity's fields are served from memory; 0 turns the cache off. */
  ttlMs: number;
  /** Entities kept at most (the least recently used go first). */
  maxEntities?: number;
  types?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Counts each cacheable subgraph request as answered from memory (hit) or asked (miss). */
  count?: (subgraph: string, outcome: 'hit' | 'miss') => void;
  /** The Region's day: part of every key, so a catalogue version that starts today is never hidden by yesterday's. */
  today?: () => string;
  /** The clock the time to live is read from (tests). */
  clock?: { now(): number };
}

/**
 * Entity caching for reference data (what routers call entity caching): a subgraph request for reference entities
 * that every entity's fields are already known for is answered from memory, without the HTTP call; otherwise it goes
 * to the subgraph, and each entity it answers is remembered for `ttlMs`. An answer with errors, or an entity answered
 * as null, is never remembered. A mutation sent to one of these subgraphs through this gateway forgets everything
 * (the other replicas see the change within `ttlMs`).
 */
export function useReferenceCache(options: ReferenceCacheOptions): GatewayPlugin {
  const typesBySubgraph = options.types ?? referenceTypes;
  const today = options.today ?? todayInRome;
  const entities = new LRUCache<string, Entity>({
    max: options.maxEntities ?? 10_000,
    ttl: options.ttlMs,
    ...(options.clock ? { perf: options.clock } : {}),
  });
  const shapes = new WeakMap<DocumentNode, readonly EntitiesField[] | null>();
  const shapeOf = (document: DocumentNode, types: ReadonlySet<string>) => {
    let shape = shapes.get(document);
    if (shape === undefined) {
      shape = cacheableShape(document, types);
      shapes.set(document, shape);
    }
    return shape;
  };

  /** The whole answer from memory, or null as soon as one entity or one of its fields is not there. */
  function fromMemory(
    subgraph: string,
    shape: readonly EntitiesField[],
    variables: Record<string, unknown>,
    day: string,
  ) {
    const data: Record<string, Entity[]> = {};
    for (const field of shape) {
      const representations = variables[field.variable];
      if (!Array.isArray(representations)) return null;
      const answers: Entity[] = new Array(representations.length);
      for (let i = 0; i < representations.length; i++) {
        const representation = representations[i] as Entity;
        const key = entityKey(subgraph, representation, day);
        const known = key === null ? undefined : entities.get(key);
        if (!known) return null;
        const fields = field.fieldsByType.get(representation['__typename'] as string);
        if (!fields) return null;
        // A fresh object (and list) per answer: the runtime merges answers into the response and may change them.
        const answer: Entity = {};
        for (const name of fields) {
          if (!(name in known)) return null;
          answer[name] = copied(known[name]);
        }
        answers[i] = answer;
      }
      data[field.responseKey] = answers;
    }
    return { data };
  }

  function remember(
    subgraph: string,
    shape: readonly EntitiesField[],
    variables: Record<string, unknown>,
    day: string,
    result: unknown,
  ) {
    const { data, errors } = (result ?? {}) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (!data || errors?.length) return;
    for (const field of shape) {
      const representations = variables[field.variable];
      const answers = data[field.responseKey];
      if (!Array.isArray(representations) || !Array.isArray(answers) || answers.length !== representations.length)
        continue;
      for (let i = 0; i < answers.length; i++) {
        const answer = answers[i] as Entity | null;
        const representation = representations[i] as Entity;
        // Only the reference types the request selected (a representation of any other type is never remembered).
        const fields = field.fieldsByType.get(representation?.['__typename'] as string);
        const key = fields ? entityKey(subgraph, representation, day) : null;
        if (key === null || !fields || !answer || typeof answer !== 'object') continue;
        const known: Entity = { ...entities.get(key) };
        for (const name of fields) if (name in answer) known[name] = copied(answer[name]);
        entities.set(key, known);
      }
    }
  }

  return {
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      const types = typesBySubgraph.get(subgraphName);
      if (!types) return;
      if (executionRequest.operationType === 'mutation') {
        // Forgotten before (no answer read during the write is trusted) and once it is done.
        setExecutor((request) => {
          entities.clear();
          const forget = <T>(value: T) => {
            entities.clear();
            return value;
          };
          const result = executor(request);
          return typeof (result as { then?: unknown } | null)?.then === 'function'
            ? ((result as Promise<unknown>).then(forget, (error: unknown) => {
                entities.clear();
                throw error;
              }) as never)
            : forget(result);
        });
        return;
      }
      const shape = shapeOf(executionRequest.document, types);
      if (!shape) return;
      setExecutor((request) => {
        const variables = request.variables ?? {};
        const day = today();
        const answer = fromMemory(subgraphName, shape, variables, day);
        options.count?.(subgraphName, answer ? 'hit' : 'miss');
        if (answer) return answer as never;
        const result = executor(request);
        if (typeof (result as { then?: unknown } | null)?.then !== 'function') {
          remember(subgraphName, shape, variables, day, result);
          return result;
        }
        return (result as Promise<unknown>).then((value) => {
          remember(subgraphName, shape, variables, day, value);
          return value;
        }) as never;
      });
    },
  };
}
