import { Kind, parse, type DocumentNode } from 'graphql';

const introspectionFields = new Set(['__schema', '__type', '__typename']);

/**
 * Whether a document only asks the schema: every operation a query whose top-level selections are `__schema`,
 * `__type` or `__typename`, and fragments only on the introspection types (`__Type`, `__Field`...), as in the
 * standard introspection query GraphiQL and code generators send. Answering it reveals the published SDL, no data.
 */
export function isIntrospectionOnly(source: string): boolean {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (operations.length === 0 || operations.length + fragments.length !== document.definitions.length) return false;
  if (!fragments.every((fragment) => fragment.typeCondition.name.value.startsWith('__'))) return false;
  return operations.every(
    (operation) =>
      operation.operation === 'query' &&
      operation.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && introspectionFields.has(selection.name.value),
      ),
  );
}

async function documentOf(request: Request): Promise<string | null> {
  if (request.method === 'GET') return new URL(request.url).searchParams.get('query');
  if (request.method !== 'POST') return null;
  try {
    // A JSON body the edge has already parsed (http-edge.ts) is the Request's `json()`, with no stream to consume;
    // any other body is read from a clone, so the runtime still reads its own.
    const body: unknown = await (request.body === null ? request.json() : request.clone().json());
    return body &&
      typeof body === 'object' &&
      !Array.isArray(body) &&
      typeof (body as { query?: unknown }).query === 'string'
      ? (body as { query: string }).query
      : null;
  } catch {
    return null;
  }
}

/**
 * Development only: GraphiQL (and code generators) may load the schema before a token is set. In production the
 * answer is always no (introspection is off there anyway), and every other operation needs a token whatever the mode.
 */
export function anonymousIntrospection(production: boolean): (request: Request) => Promise<boolean> {
  return async (request) => !production && isIntrospectionOnly((await documentOf(request)) ?? '');
}
