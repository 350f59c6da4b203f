import autocannon from 'autocannon';
import { authConfigFromEnv, devCallerClaims, signDevToken } from '@reg/auth';
import { gql } from '@reg/testkit';
import { generateRegion, loadRegion } from '@reg/demo-data';

/**
 * What the query benchmarks share: the demo region they load through a gateway, the caller, the queries
 * (a one-subgraph baseline, the cross-subgraph Person, a list), and the autocannon run that measures one of them.
 */
export const personQuery = `query ($id: ID!) { person(id: $id) { familyName takeInCharges { provider { name kind } } deliveries { minutes serviceStandard { code title } provider { name } } placements { contract employer { name } } } }`;
/** A page of 100 people with nested fields from the four subgraphs, after a cursor (varied pages). */
export const listPageQuery = `query ($after: String) { people(first: 100, after: $after) { items { familyName enrolments { status } takeInCharges { provider { name } } deliveries { minutes serviceStandard { code } } placements { employer { name } } } } }`;
export const listQuery = (first: number) =>
  `{ people(first: ${first}) { items { familyName enrolments { status } takeInCharges { provider { name } } deliveries { minutes serviceStandard { code } } placements { employer { name } } } } }`;

/**
 * The caller the query benchmarks ask as, on a loaded region: an operator of the Milan CPI (the region's first one)
 * who may read people, the same whatever graph is measured.
 */
export async function milanOperatorToken(gatewayUrl: string): Promise<string> {
  const config = authConfigFromEnv();
  const { data } = await gql(
    gatewayUrl,
    await signDevToken(config, devCallerClaims.region()),
    '{ providers(province: "MI", kind: CPI) { id } }',
  );
  return signDevToken(config, {
    sub: 'bench@cpi-mi',
    org: (data!['providers'] as Array<{ id: string }>)[0]!.id,
    org_kind: 'cpi',
    province: 'MI',
    scope: 'people:read',
  });
}

/** The people a caller may read, in the order of their pages, and the cursors of those pages of 100 (the first: null). */
export async function readablePeople(
  gatewayUrl: string,
  token: string,
): Promise<{ ids: string[]; cursors: Array<string | null> }> {
  const ids: string[] = [];
  const cursors: Array<string | null> = [null];
  for (let after: string | null = null; ; ) {
    const page = (
      await gql(
        gatewayUrl,
        token,
        'query ($after: String) { people(first: 100, after: $after) { items { id } nextCursor } }',
        { after },
      )
    ).data?.['people'] as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...page.items.map((p) => p.id));
    if (!page.nextCursor) return { ids, cursors };
    cursors.push(page.nextCursor);
    after = page.nextCursor;
  }
}

export interface BenchCase {
  name: string;
  body: { query: string; variables?: Record<string, unknown> };
}

export interface LoadedRegion {
  /** A CPI operator of Milan, who may read the people of the region's demo data. */
  token: string;
  cases: BenchCase[];
}

/** Loads the demo region (seed 7) through the gateway and returns the caller and the cases to measure. */
export async function loadBenchRegion(gatewayUrl: string, size: 'small' = 'small'): Promise<LoadedRegion> {
  const summary = await loadRegion(generateRegion({ seed: 7, size }), { gatewayUrl });
  const token = await signDevToken(authConfigFromEnv(), {
    sub: 'bench@cpi-mi',
    org: summary.cpiByProvince['MI']!,
    org_kind: 'cpi',
    province: 'MI',
    scope: 'people:read',
  });
  return {
    token,
    cases: [
      { name: 'baseline: serviceStandards (catalogue only)', body: { query: '{ serviceStandards { code title } }' } },
      { name: 'Person across 4 subgraphs', body: { query: personQuery, variables: { id: summary.samplePersonId } } },
      { name: 'people(first: 100) across 4 subgraphs', body: { query: listQuery(100) } },
    ],
  };
}

export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
}

/** One autocannon run against the gateway; any refusal or error fails the benchmark rather than flattering it. */
export async function measure(
  gatewayUrl: string,
  token: string,
  c: BenchCase,
  options: { connections: number; seconds: number },
): Promise<Throughput> {
  const result = await autocannon({
    url: gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(c.body),
    connections: options.connections,
    duration: options.seconds,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
