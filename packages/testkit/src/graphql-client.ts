export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  headers: Headers;
}

/** Sends one GraphQL operation over HTTP, as a partner front end would. */
export async function gql<T = Record<string, any>>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

/** The first error's code, or undefined. */
export const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'] as string | undefined;
