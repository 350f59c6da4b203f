import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Bounds on every value a client can send, checked once, centrally, on the coerced arguments of every field of
 * every operation of every subgraph (variables and literals alike), before any resolver runs: values the
 * database cannot store (a NUL byte, 1e308) or should not (5,000 copies of an output code, a 200 KB name) are
 * refused as BAD_USER_INPUT at the edge, never discovered by SQL. One table, documented in the README.
 */
export interface Bound {
  /** Longest string, in characters. */
  maxLength?: number;
  /** Longest list. */
  maxItems?: number;
  /** Largest absolute value of a Float. */
  maxAbs?: number;
}

export const defaultBounds: Required<Bound> = { maxLength: 200, maxItems: 100, maxAbs: 1e9 };

/** Free text a person writes (a note, a reason, a clinical remark): longer than a name, still bounded. */
const freeText: Bound = { maxLength: 4000 };

/**
 * Per-field bounds, keyed by `InputType.field` or `Query|Mutation.field.argument`; everything else gets
 * `defaultBounds`. A list bound applies to the list, a string or number bound to each item.
 */
export const boundOverrides: Readonly<Record<string, Bound>> = {
  // Free text.
  'RecordObservationInput.text': freeText,
  'DisabilityDetailsInput.functionalDiagnosis': freeText,
  'DisabilityDetailsInput.clinicalNotes': freeText,
  'ServicePactInput.employabilityProfile': freeText,
  'ServicePactInput.searchProof': { maxLength: 1000 },
  'PactCheckInput.progress': freeText,
  'PactCheckInput.correctiveActions': { maxLength: 1000, maxItems: 50 },
  'QualitativeProfilingInput.notes': freeText,
  'WorkExperienceInput.description': { maxLength: 2000 },
  'JobTaskInput.description': { maxLength: 1000 },
  'HandOverInput.reason': { maxLength: 1000 },
  'ChangeEnrolmentStatusInput.reason': { maxLength: 1000 },
  'EndTakeInChargeInput.reason': { maxLength: 1000 },
  'ShortlistFeedbackInput.reason': { maxLength: 1000 },
  'RuleOverrideInput.reason': { maxLength: 1000 },
  'SuspendObligationInput.legalBasis': { maxLength: 1000 },
  'EndPlacementInput.note': { maxLength: 1000 },
  'RecordFollowUpInput.note': { maxLength: 1000 },
  'CancelEmployerServiceDeliveryInput.reason': { maxLength: 1000 },
  'ExtendInternshipInput.reason': { maxLength: 1000 },
  // Lists with a size of their own.
  /** The catalogue's standards list at most 6 outputs each; a delivery cannot have more. */
  'ReportServiceDeliveryInput.outputs': { maxItems: 6, maxLength: 64 },
  /** One session a day over a path of at most a few months. */
  'ReportServiceDeliveryInput.sessionMinutes': { maxItems: 100 },
  /** The importer's batch (MAX_BATCH_ROWS in the outcomes subgraph). */
  'Mutation.reportServiceDeliveries.rows': { maxItems: 500 },
  /** The employer services' batch (MAX_EMPLOYER_SERVICE_BATCH_ROWS in the outcomes subgraph). */
  'Mutation.reportEmployerServiceDeliveries.rows': { maxItems: 500 },
  /** The standards of such a batch: at most one (service, date) per row. */
  'Query.serviceStandardsOnDates.asks': { maxItems: 500 },
  /** Bulk loading of people's files (people's MAX_IMPORT_ROWS: what fits the gateway's body limit). */
  'Mutation.importPeople.rows': { maxItems: 200 },
  /** Bulk loading of employers and vacancies (employers' MAX_EMPLOYER_IMPORT_ROWS, MAX_VACANCY_IMPORT_ROWS). */
  'Mutation.importEmployers.rows': { maxItems: 200 },
  'Mutation.importVacancies.rows': { maxItems: 200 },
  /** Bulk loading of pacts, placements and workforce reports (MAX_PACT_IMPORT_ROWS, MAX_PLACEMENT_BATCH_ROWS, MAX_REPORT_IMPORT_ROWS). */
  'Mutation.importServicePacts.rows': { maxItems: 200 },
  'Mutation.recordPlacements.rows': { maxItems: 200 },
  'Mutation.importWorkforceReports.rows': { maxItems: 200 },
  /** A workforce report lists every worker of an employer (the body limit bounds it further). */
  'WorkforceInput.workers': { maxItems: 50_000 },
  /** The employers subgraph asks the quota hires of a province's employers at once. */
  'Query.quotaHires.employerIds': { maxItems: 20_000 },
  /** The gateway batches entity references; each is checked for NUL bytes and string length like any value. */
  'Query._entities.representations': { maxItems: 20_000 },
  // Numbers with a physical bound.
  'WorkerInput.weeklyHours': { maxAbs: 168 },
  'WorkerInput.fullTimeWeeklyHours': { maxAbs: 168 },
  'RecordPlacementInput.weeklyHours': { maxAbs: 168 },
  /** Euros: a programme's budget, far above any real one, far below what a numeric column refuses. */
  'HandOverInput.budget': { maxAbs: 10_000_000 },
  'TakeInChargeInput.budget': { maxAbs: 10_000_000 },
};

// Every value of every request asks its bound: made once per key, not spread anew per value.
const bounds = new Map<string, Required<Bound>>();
const boundFor = (key: string): Required<Bound> => {
  let bound = bounds.get(key);
  if (!bound) {
    bound = { ...defaultBounds, ...boundOverrides[key] };
    bounds.set(key, bound);
  }
  return bound;
};

function refusal(path: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } } });
}

function checkString(value: string, path: string, bound: Required<Bound>): void {
  if (value.includes('\u0000')) throw refusal(path, `${path} contains a NUL character; remove it`);
  if (value.length > bound.maxLength)
    throw refusal(path, `${path} is ${value.length} characters long; at most ${bound.maxLength} are accepted`);
}

/** A scalar without a type to follow (`_Any`, JSON): every string inside is checked, at any depth. */
function checkOpaque(value: unknown, path: string, bound: Required<Bound>, depth = 0): void {
  if (depth > 20) throw refusal(path, `${path} is nested too deeply`);
  if (typeof value === 'string') {
    checkString(value, path, bound);
    return;
  }
  if (typeof value === 'number') {
    checkNumber(value, path, bound);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > bound.maxItems)
      throw refusal(path, `${path} has ${value.length} items; at most ${bound.maxItems} are accepted`);
    value.forEach((item, i) => checkOpaque(item, `${path}[${i}]`, bound, depth + 1));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkString(key, path, bound);
      checkOpaque(item, `${path}.${key}`, bound, depth + 1);
    }
  }
}

function checkNumber(value: number, path: string, bound: Required<Bound>): void {
  if (!Number.isFinite(value)) throw refusal(path, `${path} must be a finite number`);
  if (Math.abs(value) > bound.maxAbs)
    throw refusal(path, `${path} is ${value}; at most ${bound.maxAbs} in absolute value is accepted`);
}

/**
 * Schema types are read by shape (ofType, getFields, their printed form), never with graphql-js's instanceof
 * helpers: test runners may load a second copy of graphql-js, and the schema is built by the other one.
 */
interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, FieldLike>;
  toString(): string;
}
interface FieldLike {
  name: string;
  type: TypeLike;
  args?: ReadonlyArray<{ name: string; type: TypeLike }>;
}

// A type's printed form is built anew on each toString(); asked per value (per entity representation), so kept.
const printed = new WeakMap<TypeLike, string>();
const printedOf = (type: TypeLike): string => {
  let text = printed.get(type);
  if (text === undefined) {
    text = String(type);
    printed.set(type, text);
  }
  return text;
};
const unwrapNonNull = (type: TypeLike): TypeLike => (printedOf(type).endsWith('!') && type.ofType ? type.ofType : type);
const isList = (type: TypeLike) => printedOf(type).startsWith('[');
const namedOf = (type: TypeLike): TypeLike => (type.ofType ? namedOf(type.ofType) : type);

function checkValue(value: unknown, type: TypeLike, path: string, key: string): void {
  if (value === null || value === undefined) return;
  const nullable = unwrapNonNull(type);
  const bound = boundFor(key);
  if (isList(nullable)) {
    if (!Array.isArray(value)) {
      checkValue(value, nullable.ofType!, path, key);
      return;
    }
    if (value.length > bound.maxItems)
      throw refusal(path, `${path} has ${value.length} items; at most ${bound.maxItems} are accepted`);
    value.forEach((item, i) => checkValue(item, nullable.ofType!, `${path}[${i}]`, key));
    return;
  }
  if (nullable.getFields && value && typeof value === 'object' && !Array.isArray(value)) {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(item, field.type, `${path}.${name}`, `${nullable.name}.${name}`);
      else checkOpaque(item, `${path}.${name}`, bound);
    }
    return;
  }
  checkOpaque(value, path, bound);
}

/** The value an argument carries, literal or variable, as the client sent it (the bound is on what was sent). */
function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values.map((item) => argumentValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, argumentValue(field.value, variables)]));
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    default:
      return node.value;
  }
}

/** What any variable may be at most, before its argument's own bound: the longest string any field accepts. */
const variablesBound: Required<Bound> = {
  maxLength: Math.max(...Object.values(boundOverrides).map((b) => b.maxLength ?? 0)),
  maxItems: Number.MAX_SAFE_INTEGER,
  maxAbs: Number.MAX_VALUE,
};

/** One argument the operation passes: where its value is, its type in the schema, its name and its bound's key. */
interface ArgumentCheck {
  value: ValueNode;
  type: TypeLike;
  name: string;
  key: string;
}

/** The arguments of every field the operation selects (fragments included), in document order. */
function argumentsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentCheck[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = (
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  ) as TypeLike | null | undefined;
  const checks: ArgumentCheck[] = [];
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: TypeLike | null | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(
          selection.selectionSet,
          selection.typeCondition
            ? (schema.getType(selection.typeCondition.name.value) as TypeLike | undefined)
            : parent,
        );
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as TypeLike | undefined);
        continue;
      }
      const field = parent?.getFields?.()[selection.name.value];
      if (!field) continue; // validation refuses unknown fields
      for (const argument of selection.arguments ?? []) {
        const definition = field.args?.find((a) => a.name === argument.name.value);
        if (!definition) continue;
        checks.push({
          value: argument.value,
          type: definition.type,
          name: argument.name.value,
          key: `${parent!.name}.${field.name}.${definition.name}`,
        });
      }
      if (selection.selectionSet) walk(selection.selectionSet, namedOf(field.type));
    }
  };
  walk(operation.selectionSet, root);
  return checks;
}

// The gateway sends the same few documents with new variables, and Apollo keeps each parsed document: the walk of
// an operation's selections is made once per schema and operation, only the values are checked per request.
const argumentsBySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, ArgumentCheck[]>>();
function cachedArgumentsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
  let byOperation = argumentsBySchema.get(schema);
  if (!byOperation) {
    byOperation = new WeakMap();
    argumentsBySchema.set(schema, byOperation);
  }
  let checks = byOperation.get(operation);
  if (!checks) {
    checks = argumentsOf(schema, document, operation);
    byOperation.set(operation, checks);
  }
  return checks;
}

/** Checks every argument of every field the operation selects (fragments included); throws the first refusal. */
export function checkInputBounds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): void {
  const variables = rawVariables ?? {};
  // Every variable is checked as sent (strings for NUL bytes and length), whether a field uses it or not.
  // The per-field bounds below then name the argument (a gateway renames variables on the way).
  checkOpaque(variables, 'variables', variablesBound);
  for (const check of cachedArgumentsOf(schema, document, operation))
    checkValue(argumentValue(check.value, variables), check.type, check.name, check.key);
}

/** The Apollo plugin every subgraph runs (subgraph-server.ts). */
export function inputBoundsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkInputBounds(schema, document, operation, request.variables);
        },
      };
    },
  };
}
