export interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** A request the graph refused: what was asked (operation and demo key), and the errors as the gateway sent them. */
export class DemoLoadError extends Error {
  constructor(
    readonly operation: string,
    readonly entityKey: string,
    readonly errors: readonly GraphQLErrorBody[],
    readonly status: number,
  ) {
    const first = errors[0];
    const code = first?.extensions?.['code'];
    super(
      `${operation} for ${entityKey} failed (HTTP ${status}${code ? `, ${String(code)}` : ''}): ${first?.message ?? 'no error message'}`,
    );
    this.name = 'DemoLoadError';
  }
}

export type GatewayRequest = <T>(
  token: string,
  operation: string,
  entityKey: string,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

/** One GraphQL call over HTTP, as any client of the graph makes it; any error in the answer is a DemoLoadError. */
export function gatewayClient(gatewayUrl: string): GatewayRequest {
  return async <T>(
    token: string,
    operation: string,
    entityKey: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T | null; errors?: GraphQLErrorBody[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new DemoLoadError(
        operation,
        entityKey,
        [{ message: `not a GraphQL answer: ${text.slice(0, 200)}` }],
        response.status,
      );
    }
    if (body.errors?.length || !body.data)
      throw new DemoLoadError(operation, entityKey, body.errors ?? [{ message: 'no data' }], response.status);
    return body.data;
  };
}
