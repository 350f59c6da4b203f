import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, errorCode, gql, tokenFor, type GraphQLResponse } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { createIndicatorsRegion } from './support/indicators-world.ts';

/*
 * A hand-made region (all dates 2025, Europe/Rome):
 * - providers: CPI Milano (MI), CPI Torino (TO), accredited body A (MI), accredited body B (MI, nobody in charge);
 * - 7 people resident in MI (m1..m7), 3 in TO (t1..t3), every enrolment accepted on 1 February;
 * - m1 and m2 taken in charge by A on 10 February;
 * - CPI Milano: 1A (20 minutes) to m_i on i March, each path closed on 31 March with no override;
 *   CPI Torino: 1A (20 minutes) to t1..t3 on 10 March; A: 1A (20 minutes) to m1 and m2 on 15 April;
 * - m1 hired on 1 June (reported by CPI Milano, counting toward the quota): still employed at the 6-month
 *   follow-up, left on 31 March 2026, so not at the 12-month one; m2 hired on 1 September (CPI Milano, not toward the quota), ended on
 *   30 November, no follow-up recorded.
 * Every expected number below is counted by hand from these lines.
 */

let graph: TestGraph;
const ids = { cpiMI: '', cpiTO: '', accA: '', accB: '', employer: '', m: [] as string[], t: [] as string[] };
const tokens = {} as Record<
  'region' | 'dpo' | 'cpiMI' | 'cpiTO' | 'accA' | 'accB' | 'employer' | 'otherEmployer' | 'citizen',
  string
>;

const names = ['Anna', 'Bruno', 'Carla', 'Dario', 'Elena', 'Fabio', 'Giulia', 'Luca', 'Marco', 'Nadia'];

const must = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graph.must(token, query, variables);

beforeAll(async () => {
  graph = await startTestGraph();
  const region = await createIndicatorsRegion(graph.must, {
    year: 2025,
    familyName: 'Rossi',
    sex: 'F',
    birthMonth: '03',
    keyPrefix: 'k',
  });
  Object.assign(ids, region.ids);
  Object.assign(tokens, region.tokens);
  const { person, report, takeInChargeByA } = region;
  for (let i = 0; i < 7; i++) ids.m.push(await person(tokens.cpiMI, i, names[i]!, 'MI', 'F205'));
  for (let i = 7; i < 10; i++) ids.t.push(await person(tokens.cpiTO, i, names[i]!, 'TO', 'L219'));
  for (const personId of ids.m.slice(0, 2)) await takeInChargeByA(personId);
  for (const [i, personId] of ids.m.entries()) {
    const pathId = await report(tokens.cpiMI, personId, `2025-03-0${i + 1}`);
    await must(tokens.cpiMI, 'mutation ($input: CloseServicePathInput!) { closeServicePath(input: $input) { id } }', {
      input: { pathId, closedOn: '2025-03-31' },
    });
  }
  for (const personId of ids.t) await report(tokens.cpiTO, personId, '2025-03-10');
  for (const personId of ids.m.slice(0, 2)) await report(tokens.accA, personId, '2025-04-15');
  ids.employer = (
    await must(tokens.cpiMI, 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
      input: {
        name: 'Officine Lombarde S.p.A.',
        fiscalCode: '01199250158',
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
      },
    })
  )['registerEmployer'].id;
  const place = async (key: string, personId: string, startedOn: string, countsTowardQuota: boolean) =>
    (
      await must(tokens.cpiMI, 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }', {
        input: {
          idempotencyKey: key,
          personId,
          employerId: ids.employer,
          contract: 'PERMANENT',
          startedOn,
          countsTowardQuota,
        },
      })
    )['recordPlacement'].id as string;
  const first = await place('p1', ids.m[0]!, '2025-06-01', true);
  const followUp = 'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }';
  await must(tokens.cpiMI, followUp, {
    input: { placementId: first, milestoneMonths: 6, checkedOn: '2025-12-02', stillEmployed: true, sameEmployer: true },
  });
  const end = 'mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id } }';
  await must(tokens.cpiMI, end, { input: { placementId: first, endedOn: '2026-03-31', reason: 'RESIGNATION' } });
  await must(tokens.cpiMI, followUp, {
    input: { placementId: first, milestoneMonths: 12, checkedOn: '2026-06-03', stillEmployed: false },
  });
  const second = await place('p2', ids.m[1]!, '2025-09-01', false);
  await must(tokens.cpiMI, end, { input: { placementId: second, endedOn: '2025-11-30', reason: 'RESIGNATION' } });
  tokens.employer = await callers.employer(ids.employer);
  tokens.otherEmployer = await callers.employer('another-employer');
  tokens.citizen = await callers.citizen(ids.m[0]!);
});

afterAll(() => graph?.[Symbol.asyncDispose]());

type Family =
  | 'services'
  | 'paths'
  | 'firstService'
  | 'placements'
  | 'placementRate'
  | 'retention'
  | 'enrolments'
  | 'takenInCharge';

const ask = (token: string | null, family: Family, query: Record<string, unknown>, extra = '') =>
  gql(
    graph.gatewayUrl,
    token,
    `query ($q: IndicatorQuery!) { indicators(query: $q) { ${family} {
    cells { period province providerKind provider { id } serviceCode people suppressed suppression measures { name value } } ${extra}
  } } }`,
    { q: { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', ...query } },
  );

/** Cells as compact rows: [period, province, kind, provider, people, suppression, ...measure values]. */
async function cells(token: string, family: Family, query: Record<string, unknown> = {}) {
  const response = await ask(token, family, query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return (response.data!['indicators'][family].cells as Array<Record<string, any>>).map((c) => [
    c['period'],
    c['province'],
    c['providerKind'],
    providerName(c['provider']?.id),
    c['people'],
    c['suppression'],
    ...c['measures'].map((m: { value: number | null }) => m.value),
  ]);
}
const providerName = (id: string | undefined) =>
  id === undefined ? null : (Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id);

describe('the Region (scope indicators:read): aggregates, small cells suppressed', () => {
  it('services, 2025: 10 people, 12 deliveries of 20 minutes = 4 hours; by province TO (3 people) primary, MI complementary', async () => {
    expect(await cells(tokens.region, 'services')).toEqual([['2025', null, null, null, 10, null, 12, 4, 0]]);
    expect(await cells(tokens.region, 'services', { groupBy: ['PROVINCE'] })).toEqual([
      ['2025', 'MI', null, null, null, 'COMPLEMENTARY', null, null, null],
      ['2025', 'TO', null, null, null, 'PRIMARY', null, null, null],
    ]);
  });

  it('the difference attack: the year (10 people) and its months, the region and its provinces, give nothing back', async () => {
    // April counts m1 and m2 only (A's reports); March alone would give April as year minus March: March goes too.
    expect(await cells(tokens.region, 'services', { granularity: 'MONTH' })).toEqual([
      ['2025-03', null, null, null, null, 'COMPLEMENTARY', null, null, null],
      ['2025-04', null, null, null, null, 'PRIMARY', null, null, null],
    ]);
    expect(await cells(tokens.region, 'services', { granularity: 'QUARTER' })).toEqual([
      ['2025-Q1', null, null, null, null, 'COMPLEMENTARY', null, null, null],
      ['2025-Q2', null, null, null, null, 'PRIMARY', null, null, null],
    ]);
    // By kind: CPI (10 people) against the accredited bodies (2): both hidden, the total stays.
    expect(await cells(tokens.region, 'services', { groupBy: ['PROVIDER_KIND'] })).toEqual([
      ['2025', null, 'ACCREDITED', null, null, 'PRIMARY', null, null, null],
      ['2025', null, 'CPI', null, null, 'COMPLEMENTARY', null, null, null],
    ]);
    // A narrower range and a filter show the same pattern: the lattice is always the whole year.
    expect(
      await cells(tokens.region, 'services', { granularity: 'MONTH', from: '2025-03-01', to: '2025-03-31' }),
    ).toEqual([['2025-03', null, null, null, null, 'COMPLEMENTARY', null, null, null]]);
    expect(await cells(tokens.region, 'services', { province: 'MI' })).toEqual([
      ['2025', 'MI', null, null, null, 'COMPLEMENTARY', null, null, null],
    ]);
  });

  it('paths: 7 closed 1A paths of 7 people in MI, all within the standard, 20 minutes each; not small, so shown', async () => {
    expect(await cells(tokens.region, 'paths', { groupBy: ['PROVINCE', 'SERVICE'] })).toEqual([
      ['2025', 'MI', null, null, 7, null, 7, 7, 1, 0.33],
    ]);
  });

  it('first service: 10 people, days 28..34 (m1..m7) and 37 three times (t1..t3): median 32.5; by province suppressed', async () => {
    expect(await cells(tokens.region, 'firstService')).toEqual([['2025', null, null, null, 10, null, 32.5]]);
    expect((await cells(tokens.region, 'firstService', { groupBy: ['PROVINCE'] })).map((c) => c[5])).toEqual([
      'COMPLEMENTARY',
      'PRIMARY',
    ]);
  });

  it('placements (2 people), placement rate (cohort of 2), take-in-charge (2 people), retention: primary', async () => {
    expect(await cells(tokens.region, 'placements')).toEqual([['2025', null, null, null, null, 'PRIMARY', null, null]]);
    expect(await cells(tokens.region, 'retention')).toEqual([
      ['2025', null, null, null, null, 'PRIMARY', ...Array(10).fill(null)],
    ]);
    expect(await cells(tokens.region, 'placementRate')).toEqual([
      ['2025', null, null, null, null, 'PRIMARY', null, null],
    ]);
    expect(await cells(tokens.region, 'takenInCharge')).toEqual([['2025', null, null, null, null, 'PRIMARY', null]]);
  });

  it('enrolments (people subgraph): 10 accepted in 2025, MI 7 complementary to TO 3', async () => {
    expect(await cells(tokens.region, 'enrolments')).toEqual([['2025', null, null, null, 10, null, 10]]);
    expect(await cells(tokens.region, 'enrolments', { groupBy: ['PROVINCE'], granularity: 'MONTH' })).toEqual([
      ['2025-02', 'MI', null, null, null, 'COMPLEMENTARY', null],
      ['2025-02', 'TO', null, null, null, 'PRIMARY', null],
    ]);
  });

  it('CSV of the same cells keeps the flags', async () => {
    const response = await ask(tokens.region, 'services', { groupBy: ['PROVINCE'] }, 'csv');
    expect(response.data!['indicators'].services.csv).toBe(
      'period;province;provider_kind;provider;service_code;people;suppressed;suppression;deliveries;hours;outputs\n' +
        '2025;MI;;;;;true;COMPLEMENTARY;;;\n' +
        '2025;TO;;;;;true;PRIMARY;;;\n',
    );
  });
});

describe('a CPI: its province, unsuppressed', () => {
  it("CPI Milano: MI only; its 7 people and A's 2 by provider", async () => {
    expect(await cells(tokens.cpiMI, 'services', { groupBy: ['PROVIDER'] })).toEqual([
      ['2025', null, 'ACCREDITED', 'accA', 2, null, 2, 0.67, 0],
      ['2025', null, 'CPI', 'cpiMI', 7, null, 7, 2.33, 0],
    ]);
    expect(await cells(tokens.cpiMI, 'firstService')).toEqual([['2025', null, null, null, 7, null, 31]]);
    expect(await cells(tokens.cpiMI, 'placements')).toEqual([['2025', null, null, null, 2, null, 2, 1]]);
    // 6 months: m1 employed (follow-up), m2 not (ended 30 November, before 1 March): 1/2. 12 months: m1 not
    // (follow-up), m2 not (ended): 0/2.
    expect(await cells(tokens.cpiMI, 'retention')).toEqual([
      ['2025', null, null, null, 2, null, 2, 1, 1, 0, 0.5, 2, 0, 2, 0, 0],
    ]);
    expect(await cells(tokens.cpiMI, 'enrolments')).toEqual([['2025', null, null, null, 7, null, 7]]);
    expect(await cells(tokens.cpiMI, 'takenInCharge', { groupBy: ['PROVIDER'] })).toEqual([
      ['2025', null, 'ACCREDITED', 'accA', 2, null, 2],
    ]);
  });
  it('CPI Torino: TO only, its 3 people; asking for MI gives nothing', async () => {
    expect(await cells(tokens.cpiTO, 'services')).toEqual([['2025', null, null, null, 3, null, 3, 1, 0]]);
    expect(await cells(tokens.cpiTO, 'services', { province: 'MI' })).toEqual([]);
  });
});

describe('an accredited body: its own provider, unsuppressed', () => {
  it('A (m1, m2 in charge): 2 people, 2 deliveries; cohort of 2, m1 placed within 6 months (m2 after 7): rate 0.5', async () => {
    expect(await cells(tokens.accA, 'services')).toEqual([['2025', null, null, null, 2, null, 2, 0.67, 0]]);
    expect(await cells(tokens.accA, 'placementRate')).toEqual([['2025', null, null, null, 2, null, 1, 0.5]]);
    expect(await cells(tokens.accA, 'takenInCharge')).toEqual([['2025', null, null, null, 2, null, 2]]);
  });
  it('B (nobody in charge): empty tables; enrolments are refused to accredited bodies', async () => {
    expect(await cells(tokens.accB, 'services')).toEqual([]);
    expect(await cells(tokens.accB, 'placementRate')).toEqual([]);
    expect(await cells(tokens.accB, 'retention')).toEqual([]);
    expect(errorCode(await ask(tokens.accB, 'enrolments', {}))).toBe('FORBIDDEN');
  });
});

describe('everybody else', () => {
  const outcome = (response: GraphQLResponse) =>
    response.status === 401 ? 'UNAUTHENTICATED' : (errorCode(response) ?? 'data');
  it('anonymous: UNAUTHENTICATED; an employer (the one hiring m1 or another), a citizen, the DPO (no indicators:read): FORBIDDEN', async () => {
    expect(outcome(await ask(null, 'services', {}))).toBe('UNAUTHENTICATED');
    for (const token of [tokens.employer, tokens.otherEmployer, tokens.citizen, tokens.dpo]) {
      for (const family of ['services', 'enrolments'] as const)
        expect(outcome(await ask(token, family, {}))).toBe('FORBIDDEN');
    }
  });
  it('bad input: BAD_USER_INPUT', async () => {
    expect(errorCode(await ask(tokens.region, 'services', { from: '2025-12-31', to: '2025-01-01' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await ask(tokens.region, 'services', { from: '2010-01-01' }))).toBe('BAD_USER_INPUT');
  });
  it('a region token without indicators:read, even with other scopes, is refused', async () => {
    const other = await tokenFor({ sub: 'x@region', org: 'region', org_kind: 'region', scope: 'people:read' });
    expect(outcome(await ask(other, 'services', {}))).toBe('FORBIDDEN');
  });
});
