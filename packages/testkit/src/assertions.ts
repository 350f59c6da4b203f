import { gql, type GraphQLResponse } from './graphql-client.ts';

/**
 * Shared assertions on GraphQL answers, so every suite fails the same way: with the errors the graph returned,
 * not a TypeError on `data` three lines later.
 */

/** The answer's data; throws with the errors (and the operation, when given) when there are any. */
export function dataOf<T = Record<string, any>>(response: GraphQLResponse<T>, operation?: string): T {
  if (response.errors?.length)
    throw new Error(`${operation ? `${operation}: ` : ''}${JSON.stringify(response.errors)}`);
  if (response.data == null) throw new Error(`${operation ? `${operation}: ` : ''}no data (HTTP ${response.status})`);
  return response.data;
}

/** One root field of an answer that must have succeeded. */
export const fieldOf = (response: GraphQLResponse, field: string, operation?: string) =>
  dataOf(response, operation)[field];

/** Sends operations to one URL, each of which must succeed: `const must = mustAt(url); await must(token, query)`. */
export function mustAt(url: string | (() => string)) {
  return async <T = Record<string, any>>(
    token: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => dataOf(await gql<T>(typeof url === 'string' ? url : url(), token, query, variables), query);
}
