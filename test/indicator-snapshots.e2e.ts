import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, errorCode, gql, mustAt, type GraphQLResponse } from '@reg/testkit';
import { createTestData, startTestGraph, type TestData, type TestGraph } from './support/graph.ts';
import { createIndicatorsRegion } from './support/indicators-world.ts';

/*
 * Indicator snapshots through the gateway (README "Indicators"). One database, two graphs one after
 * the other: first with INDICATORS_MAX_AGE_SECONDS 300 (a write between two reads is not seen, asOf unchanged),
 * then with 0 (every read computes: the write is seen).
 * 2024, not the current or previous year, so that the Region's warm-up (those two years) does not take a snapshot
 * while the data are written. Data (2024): CPI Milano reports 1A to m1..m3 (MI) in March, CPI Torino to t1 (TO); accredited body A has m1 in
 * charge and reports 1A to m1 in April; accredited body B has nobody. Each test writes only to what it reads (CPI Milano
 * to m4, CPI Torino to t1 across the restart), so none needs another to have run first.
 */

/** The second graph must find the first one's data: durable data (a PGlite folder, since memory:// dies with its graph). */
let data: TestData;
let graph: TestGraph;
const ids = { cpiMI: '', cpiTO: '', accA: '', accB: '', m: [] as string[], t: [] as string[] };
const tokens = {} as Record<'region' | 'dpo' | 'cpiMI' | 'cpiTO' | 'accA' | 'accB' | 'employer' | 'citizen', string>;
const names = ['Anna', 'Bruno', 'Carla', 'Dario', 'Elena', 'Fabio'];
/** Through whichever graph is running: the suite restarts it with another maximum age. */
const must = mustAt(() => graph.gatewayUrl);
let report: (token: string, personId: string, deliveredOn: string) => Promise<string>;

const year2024 = { from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' };
const ask = (token: string | null, fields: string) =>
  gql(graph.gatewayUrl, token, `query ($q: IndicatorQuery!) { indicators(query: $q) { ${fields} } }`, { q: year2024 });

/** The yearly services cell (people, deliveries) a caller reads, and the table's asOf. */
async function services(token: string) {
  const data = (
    await must(
      token,
      'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf services { cells { people suppressed measures { name value } } } } }',
      { q: year2024 },
    )
  )['indicators'];
  const cells = (
    data.services.cells as Array<{
      people: number | null;
      suppressed: boolean;
      measures: Array<{ name: string; value: number | null }>;
    }>
  ).map((c) => [c.people, c.suppressed, c.measures.find((m) => m.name === 'deliveries')!.value]);
  return { asOf: data.asOf as string, cells };
}

beforeAll(async () => {
  data = await createTestData({ durable: true });
  graph = await startTestGraph({ data, indicatorsMaxAgeSeconds: 300 });
  const region = await createIndicatorsRegion(must, {
    year: 2024,
    familyName: 'Bianchi',
    sex: 'M',
    birthMonth: '05',
    keyPrefix: 'snap-',
  });
  Object.assign(ids, region.ids);
  Object.assign(tokens, region.tokens);
  report = region.report;
  tokens.employer = await callers.employer('an-employer');
  for (let i = 0; i < 5; i++) ids.m.push(await region.person(tokens.cpiMI, i, names[i]!, 'MI', 'F205'));
  ids.t.push(await region.person(tokens.cpiTO, 5, names[5]!, 'TO', 'L219'));
  tokens.citizen = await callers.citizen(ids.m[0]!);
  await region.takeInChargeByA(ids.m[0]!);
  for (const [i, personId] of ids.m.slice(0, 3).entries()) await report(tokens.cpiMI, personId, `2024-03-0${i + 1}`);
  await report(tokens.cpiTO, ids.t[0]!, '2024-03-10');
  await report(tokens.accA, ids.m[0]!, '2024-04-15');
});

afterAll(async () => {
  await graph?.[Symbol.asyncDispose]();
  await data?.[Symbol.asyncDispose]();
});

describe('INDICATORS_MAX_AGE_SECONDS 300: reads are answered from the snapshot', () => {
  it('a CPI reads its province; a write before its next read is not seen and asOf does not move; the Region, reading after the write, sees it', async () => {
    const first = await services(tokens.cpiMI);
    // m1..m3 by CPI Milano and m1 by A: 3 people, 4 deliveries, unsuppressed for the CPI.
    expect(first.cells).toEqual([[3, false, 4]]);
    await report(tokens.cpiMI, ids.m[3]!, '2024-03-04');
    const second = await services(tokens.cpiMI);
    expect(second).toEqual(first);
    // The Region's own snapshot is taken now: the whole region (m1..m4 and t1), 5 people, 6 deliveries.
    expect((await services(tokens.region)).cells).toEqual([[5, false, 6]]);
  });

  it('snapshots never cross scopes: CPI Torino, body A (m1 in charge) and body B (nobody) each get their own', async () => {
    expect((await services(tokens.cpiTO)).cells).toEqual([[1, false, 1]]);
    expect((await services(tokens.accA)).cells).toEqual([[1, false, 1]]);
    expect((await services(tokens.accB)).cells).toEqual([]);
  });

  it('asOf is the oldest snapshot among the families answered, whatever the order of the selection', async () => {
    const before = (await services(tokens.cpiMI)).asOf;
    const data = (
      await must(
        tokens.cpiMI,
        'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf placements { name } services { name } } }',
        { q: year2024 },
      )
    )['indicators'];
    // services' snapshot is the older one: placements was computed just now.
    expect(data.asOf).toBe(before);
    const alone = (
      await must(tokens.cpiMI, 'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf } }', { q: year2024 })
    )['indicators'];
    expect(Date.parse(alone.asOf)).toBeGreaterThanOrEqual(Date.parse(before));
  });

  it('asOf is refused like the families: anonymous UNAUTHENTICATED; employer, citizen, the DPO FORBIDDEN', async () => {
    const outcome = (response: GraphQLResponse) =>
      response.status === 401 ? 'UNAUTHENTICATED' : (errorCode(response) ?? 'data');
    expect(outcome(await ask(null, 'asOf'))).toBe('UNAUTHENTICATED');
    for (const token of [tokens.employer, tokens.citizen, tokens.dpo])
      expect(outcome(await ask(token, 'asOf'))).toBe('FORBIDDEN');
    for (const token of [tokens.region, tokens.cpiMI, tokens.cpiTO, tokens.accA, tokens.accB])
      expect(outcome(await ask(token, 'asOf'))).toBe('data');
  });
});

describe('INDICATORS_MAX_AGE_SECONDS 0: every read computes', () => {
  it('a write made under the snapshot is seen once the graph runs with 0, and so is the next one', async () => {
    // CPI Torino's scope, which no other test writes to: t1 has one delivery.
    const cached = await services(tokens.cpiTO);
    expect(cached.cells).toEqual([[1, false, 1]]);
    await report(tokens.cpiTO, ids.t[0]!, '2024-03-11');
    expect((await services(tokens.cpiTO)).cells).toEqual(cached.cells);
    await graph[Symbol.asyncDispose]();
    graph = await startTestGraph({ data, indicatorsMaxAgeSeconds: 0 });
    const seen = await services(tokens.cpiTO);
    expect(seen.cells).toEqual([[1, false, 2]]);
    expect(Date.parse(seen.asOf)).toBeGreaterThan(Date.parse(cached.asOf));
    await report(tokens.cpiTO, ids.t[0]!, '2024-03-12');
    expect((await services(tokens.cpiTO)).cells).toEqual([[1, false, 3]]);
  });
});
