export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  headers: Headers;
}

/**
 * What no error a client receives may contain, whatever the test: SQL, query parameters, a stack frame, a
 * source path, an internal URL. Checked on every response of every test that goes through `gql`, so a leak
 * anywhere fails the suite that provoked it (written apart from the server's own mask, on purpose).
 */
const leaks: Array<[string, RegExp]> = [
  ['SQL', /\bselect\s+["*]|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+"|failed query/i],
  ['query parameters', /\bparams:/i],
  ['a stack frame', /^\s{2,}at\s|\n\s+at\s/m],
  ['a source path', /\/(?:work|home|app|usr|srv)\/[\w./-]+|node_modules|\.[cm]?[jt]s:\d+/],
  ['an internal URL', /https?:\/\/(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1\])|\blocalhost:\d+|127\.0\.0\.1:\d+/i],
];

export class ErrorLeakError extends Error {}

/** Throws when an error text of the response carries an internal detail. */
export function assertNoInternalDetail(errors: GraphQLResponse['errors'] | undefined): void {
  for (const error of errors ?? []) {
    const text = `${error.message} ${JSON.stringify(error.extensions ?? {})}`;
    for (const [what, pattern] of leaks) {
      if (pattern.test(text))
        throw new ErrorLeakError(`An error sent to the client contains ${what}: ${text.slice(0, 500)}`);
    }
  }
}

/** Sends one GraphQL operation over HTTP, as a partner front end would. */
export async function gql<T = Record<string, any>>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  assertNoInternalDetail(body.errors);
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

/** The first error's code, or undefined. */
export const errorCode = (response: GraphQLResponse) =>
  response.errors?.[0]?.extensions?.['code'] as string | undefined;
