import type { TypedDocumentString } from './generated/graphql.ts';

/** The public graph, same origin as the dashboard (the gateway serves both). */
const endpoint = '/graphql';

export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Sends one typed document with the caller's token; the answer is typed by the document. */
export async function request<TResult, TVariables>(
  token: string,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) throw new GraphError(body.errors[0]!.message, body.errors[0]!.extensions?.code);
  if (!body.data) throw new GraphError(`The graph answered ${response.status}`, undefined);
  return body.data;
}
