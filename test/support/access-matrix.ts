import { errorCode, type GraphQLResponse } from '@reg/testkit';

/**
 * The kinds of caller of the access model (DESIGN.md, "Identity and access"), shared by the
 * access-matrix suites so they speak of callers and outcomes the same way.
 */
export type Caller =
  | 'anonymous'
  | 'cpiOwnProvince'
  | 'cpiOtherProvince'
  | 'accreditedInCharge'
  | 'accreditedNotInCharge'
  | 'employer'
  | 'otherEmployer'
  | 'region'
  | 'citizenSelf'
  | 'citizenOther';

export const everyone: readonly Caller[] = [
  'anonymous',
  'cpiOwnProvince',
  'cpiOtherProvince',
  'accreditedInCharge',
  'accreditedNotInCharge',
  'employer',
  'otherEmployer',
  'region',
  'citizenSelf',
  'citizenOther',
];

/** What a caller gets: 'data' (the record), 'null' (not visible: null or an empty list), or an error code. */
export type Outcome =
  | 'data'
  | 'null'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RULE_VIOLATION'
  | (string & {});

export type Expected = Record<Caller, Outcome>;

export function outcome(response: GraphQLResponse, pick: (data: Record<string, any>) => unknown): Outcome {
  if (response.status === 401) return 'UNAUTHENTICATED';
  const code = errorCode(response);
  if (code) return code;
  const value = pick(response.data ?? {});
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0) ? 'null' : 'data';
}

/**
 * An expected row: `everyAuthenticated` for each caller with a token, UNAUTHENTICATED for the anonymous one (the
 * gateway and every subgraph refuse a request without a verified token), then the named exceptions.
 */
export const expectRow = (everyAuthenticated: Outcome, exceptions: Partial<Expected> = {}): Expected => ({
  ...(Object.fromEntries(everyone.map((caller) => [caller, everyAuthenticated])) as Expected),
  anonymous: 'UNAUTHENTICATED',
  ...exceptions,
});

/** Runs one request as each caller in turn (one after the other: a write by one must not race another's). */
export async function runAsEveryone(
  tokens: Record<Caller, string | null>,
  run: (token: string | null) => Promise<Outcome>,
): Promise<Expected> {
  const result = {} as Expected;
  for (const caller of everyone) result[caller] = await run(tokens[caller]);
  return result;
}
