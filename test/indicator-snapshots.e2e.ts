import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, createTestDatabase, errorCode, gql, type GraphQLResponse, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';

/*
 * Indicator snapshots through the gateway (README "Indicators"). One database, two graphs one after
 * the other: first with INDICATORS_MAX_AGE_SECONDS 300 (a write between two reads is not seen, asOf unchanged),
 * then with 0 (every read computes: the write is seen).
 * 2024, not the current or previous year, so that the Region's warm-up (those two years) does not take a snapshot
 * while the data are written. Data (2024): CPI Milano reports 1A to m1..m3 (MI) in March, CPI Torino to t1 (TO); accredited body A has m1 in
 * charge and reports 1A to m1 in April; accredited body B has nobody. Between the reads CPI Milano reports to m4.
 */

let database: TestDatabase;
/** The second graph must find the first one's data: on PGlite a folder, since memory:// dies with its graph. */
let location: string;
let graph: RunningGraph;
const ids = { cpiMI: '', cpiTO: '', accA: '', accB: '', m: [] as string[], t: [] as string[] };
const tokens = {} as Record<'region' | 'dpo' | 'cpiMI' | 'cpiTO' | 'accA' | 'accB' | 'employer' | 'citizen', string>;
const names = ['Anna', 'Bruno', 'Carla', 'Dario', 'Elena', 'Fabio'];
let key = 0;

async function must(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await gql(graph.gatewayUrl, token, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

const report = (token: string, personId: string, deliveredOn: string) =>
  must(token, 'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }', {
    input: { idempotencyKey: `snap-${++key}`, personId, serviceCode: '1A', modality: 'INDIVIDUAL_INTERVIEW', minutes: 20, deliveredOn },
  });

const year2024 = { from: '2024-01-01', to: '2024-12-31', granularity: 'YEAR' };
const ask = (token: string | null, fields: string) =>
  gql(graph.gatewayUrl, token, `query ($q: IndicatorQuery!) { indicators(query: $q) { ${fields} } }`, { q: year2024 });

/** The yearly services cell (people, deliveries) a caller reads, and the table's asOf. */
async function services(token: string) {
  const data = (await must(token, 'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf services { cells { people suppressed measures { name value } } } } }', { q: year2024 }))['indicators'];
  const cells = (data.services.cells as Array<{ people: number | null; suppressed: boolean; measures: Array<{ name: string; value: number | null }> }>)
    .map((c) => [c.people, c.suppressed, c.measures.find((m) => m.name === 'deliveries')!.value]);
  return { asOf: data.asOf as string, cells };
}

beforeAll(async () => {
  database = await createTestDatabase();
  location = database.driver === 'pglite' ? await mkdtemp(join(tmpdir(), 'indicator-snapshots-')) : database.location;
  graph = await startGraph({ location, quiet: true, indicatorsMaxAgeSeconds: 300 });
  tokens.region = await callers.region();
  tokens.dpo = await callers.dpo();
  const provider = async (name: string, kind: string, province: string, municipality: string) =>
    (await must(tokens.region, 'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }', {
      input: { name, kind, province, municipality, serviceCodes: ['1A'], accreditedFrom: '2020-01-01' },
    }))['registerProvider'].id as string;
  ids.cpiMI = await provider('CPI Milano', 'CPI', 'MI', 'F205');
  ids.cpiTO = await provider('CPI Torino', 'CPI', 'TO', 'L219');
  ids.accA = await provider('Ente A', 'ACCREDITED', 'MI', 'F205');
  ids.accB = await provider('Ente B', 'ACCREDITED', 'MI', 'F205');
  tokens.cpiMI = await callers.cpi('MI', ids.cpiMI);
  tokens.cpiTO = await callers.cpi('TO', ids.cpiTO);
  tokens.accA = await callers.accredited(ids.accA);
  tokens.accB = await callers.accredited(ids.accB);
  tokens.employer = await callers.employer('an-employer');

  const person = async (cpi: string, i: number, province: string, municipality: string) => {
    const data = { givenName: names[i]!, familyName: 'Bianchi', birthDate: `198${i}-05-1${i}`, sex: 'M' as const, birthPlaceCode: municipality };
    const id = (await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: { fiscalCode: encodePersonFiscalCode(data), givenName: data.givenName, familyName: data.familyName, birthDate: data.birthDate, sex: 'M', residenceProvince: province, residenceMunicipality: municipality },
    }))['registerPerson'].id as string;
    const enrolment = (await must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
      input: { personId: id, list: 'DISABILITY', submittedOn: '2024-01-15', unemployed: true, category: 'CIVIL_INVALID', invalidityPercent: 67 },
    }))['submitEnrolment'].id;
    await must(cpi, 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', { input: { enrolmentId: enrolment, to: 'ACCEPTED', on: '2024-02-01' } });
    return id;
  };
  for (let i = 0; i < 5; i++) ids.m.push(await person(tokens.cpiMI, i, 'MI', 'F205'));
  ids.t.push(await person(tokens.cpiTO, 5, 'TO', 'L219'));
  tokens.citizen = await callers.citizen(ids.m[0]!);
  await must(tokens.cpiMI, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', { input: { personId: ids.m[0], providerId: ids.accA, programme: 'GOL', startedOn: '2024-02-10' } });
  for (const [i, personId] of ids.m.slice(0, 3).entries()) await report(tokens.cpiMI, personId, `2024-03-0${i + 1}`);
  await report(tokens.cpiTO, ids.t[0]!, '2024-03-10');
  await report(tokens.accA, ids.m[0]!, '2024-04-15');
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
  if (database?.driver === 'pglite' && location) await rm(location, { recursive: true, force: true });
});

describe('INDICATORS_MAX_AGE_SECONDS 300: reads are answered from the snapshot', () => {
  it('a CPI reads its province; a write before its next read is not seen and asOf does not move', async () => {
    const first = await services(tokens.cpiMI);
    // m1..m3 by CPI Milano and m1 by A: 3 people, 4 deliveries, unsuppressed for the CPI.
    expect(first.cells).toEqual([[3, false, 4]]);
    await report(tokens.cpiMI, ids.m[3]!, '2024-03-04');
    const second = await services(tokens.cpiMI);
    expect(second).toEqual(first);
  });

  it('snapshots never cross scopes: CPI Torino, body A (m1 in charge), body B (nobody) and the Region each get their own', async () => {
    expect((await services(tokens.cpiTO)).cells).toEqual([[1, false, 1]]);
    expect((await services(tokens.accA)).cells).toEqual([[1, false, 1]]);
    expect((await services(tokens.accB)).cells).toEqual([]);
    // The whole region (m1..m4 and t1): 5 people, 6 deliveries, published to the Region.
    expect((await services(tokens.region)).cells).toEqual([[5, false, 6]]);
  });

  it('asOf is the oldest snapshot among the families answered, whatever the order of the selection', async () => {
    const before = (await services(tokens.cpiMI)).asOf;
    const data = (await must(tokens.cpiMI, 'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf placements { name } services { name } } }', { q: year2024 }))['indicators'];
    // services' snapshot is the older one: placements was computed just now.
    expect(data.asOf).toBe(before);
    const alone = (await must(tokens.cpiMI, 'query ($q: IndicatorQuery!) { indicators(query: $q) { asOf } }', { q: year2024 }))['indicators'];
    expect(Date.parse(alone.asOf)).toBeGreaterThanOrEqual(Date.parse(before));
  });

  it('asOf is refused like the families: anonymous UNAUTHENTICATED; employer, citizen, the DPO FORBIDDEN', async () => {
    const outcome = (response: GraphQLResponse) => (response.status === 401 ? 'UNAUTHENTICATED' : errorCode(response) ?? 'data');
    expect(outcome(await ask(null, 'asOf'))).toBe('UNAUTHENTICATED');
    for (const token of [tokens.employer, tokens.citizen, tokens.dpo]) expect(outcome(await ask(token, 'asOf'))).toBe('FORBIDDEN');
    for (const token of [tokens.region, tokens.cpiMI, tokens.cpiTO, tokens.accA, tokens.accB]) expect(outcome(await ask(token, 'asOf'))).toBe('data');
  });
});

describe('INDICATORS_MAX_AGE_SECONDS 0: every read computes', () => {
  it('the write made under the snapshot is seen, and so is the next one', async () => {
    const cached = await services(tokens.cpiMI);
    await graph.close();
    graph = await startGraph({ location, quiet: true, indicatorsMaxAgeSeconds: 0 });
    const seen = await services(tokens.cpiMI);
    expect(seen.cells).toEqual([[4, false, 5]]);
    expect(Date.parse(seen.asOf)).toBeGreaterThan(Date.parse(cached.asOf));
    await report(tokens.cpiMI, ids.m[4]!, '2024-03-05');
    expect((await services(tokens.cpiMI)).cells).toEqual([[5, false, 6]]);
    expect((await services(tokens.region)).cells).toEqual([[6, false, 7]]);
  });
});
