import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { seedJourney } from '../support/fixtures.ts';
import { masked, refusedAsBadInput, throughBoth } from './support.ts';

/**
 * Values the database cannot or should not store, sent as an outsider would (README, "Security model", input
 * bounds): each refused as BAD_USER_INPUT before any SQL, through the gateway and straight at the subgraph, and
 * no answer carries SQL, parameters, a stack or an internal URL (the test client checks every response).
 */
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

const nul = 'x\u0000y';
const huge = 'N'.repeat(200 * 1024);

describe('values the database cannot store are refused at the edge (BAD_USER_INPUT, never SQL)', () => {
  it('a NUL byte in an id: person, provider, employer, placement lookups', async () => {
    const cases = [
      ['people', 'query ($id: ID!) { person(id: $id) { id } }'],
      ['catalogue', 'query ($id: ID!) { provider(id: $id) { id } }'],
      ['employers', 'query ($id: ID!) { employer(id: $id) { id } }'],
    ] as const;
    for (const [owner, query] of cases) {
      const answers = await throughBoth(graph, owner, world.cpi, query, { id: nul });
      for (const answer of Object.values(answers)) {
        expect(refusedAsBadInput(answer), `${owner} ${query}`).toBe('BAD_USER_INPUT');
        expect(answer.errors![0]!.message).toMatch(/NUL/);
      }
    }
  });

  it('a NUL byte in a name of a registration', async () => {
    const query = 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
    const answers = await throughBoth(graph, 'people', world.cpi, query, {
      input: { ...world.personInput, givenName: `Ma${nul}rta` },
    });
    for (const answer of Object.values(answers)) expect(refusedAsBadInput(answer)).toBe('BAD_USER_INPUT');
  });

  it('a budget of 1e308 (and one of -1e308) for a take-in-charge', async () => {
    const query = 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }';
    for (const budget of [1e308, -1e308]) {
      const answers = await throughBoth(graph, 'people', world.cpi, query, {
        input: {
          personId: world.personId,
          providerId: world.accreditedId,
          programme: 'GOL',
          startedOn: '2025-03-01',
          budget,
        },
      });
      for (const answer of Object.values(answers)) {
        expect(refusedAsBadInput(answer)).toBe('BAD_USER_INPUT');
        expect(answer.errors![0]!.extensions!['field']).toBe('input.budget');
      }
    }
  });

  it('5,000 copies of an output code in one delivery', async () => {
    const query = 'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }';
    const input = {
      idempotencyKey: 'attack-outputs',
      personId: world.personId,
      serviceCode: '3A',
      deliveredOn: '2025-03-03',
      minutes: 60,
      modality: 'INDIVIDUAL',
      outputs: Array.from({ length: 5000 }, () => 'O1'),
    };
    const answers = await throughBoth(graph, 'outcomes', world.accredited, query, { input });
    for (const answer of Object.values(answers)) {
      expect(refusedAsBadInput(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toContain('at most 6');
    }
  });

  it('200 KB operator names, employer names and vacancy titles', async () => {
    const delivery = 'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }';
    const employer = 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }';
    const vacancy = 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }';
    const attempts = [
      await throughBoth(graph, 'outcomes', world.accredited, delivery, {
        input: {
          idempotencyKey: 'attack-name',
          personId: world.personId,
          serviceCode: '3A',
          deliveredOn: '2025-03-03',
          minutes: 60,
          modality: 'INDIVIDUAL',
          operator: huge,
        },
      }),
      await throughBoth(graph, 'employers', world.cpi, employer, {
        input: { name: huge, fiscalCode: '01199250158', kind: 'PRIVATE', atecoCode: '25.62', province: 'MI' },
      }),
      await throughBoth(graph, 'employers', world.cpi, vacancy, {
        input: { employerId: world.employerId, title: huge, province: 'MI', positions: 1, openedOn: '2025-03-01' },
      }),
    ];
    for (const answers of attempts)
      for (const answer of Object.values(answers)) expect(refusedAsBadInput(answer)).toBe('BAD_USER_INPUT');
    // Nothing of it was stored: the employer's vacancies carry no such title.
    const { data } = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { employer(id: $id) { vacancies { title } } }',
      { id: world.employerId },
    );
    expect(JSON.stringify(data)).not.toContain('NNNNNNNNNN');
  });

  it('every hostile value gets a masked answer: coded client errors, or a generic error with a request id', async () => {
    const hostile = [nul, huge, "'; drop table person; --", '../../etc/passwd', '%00', '\uFFFF\uD800', '1e308'];
    const queries = [
      ['people', 'query ($v: ID!) { person(id: $v) { id givenName } }'],
      ['people', 'query ($v: String!) { personByFiscalCode(fiscalCode: $v) { id } }'],
      ['catalogue', 'query ($v: String!) { serviceStandard(code: $v) { code } }'],
      ['employers', 'query ($v: String) { employers(province: $v) { nodes { id } } }'],
    ] as const;
    for (const [owner, query] of queries) {
      for (const v of hostile) {
        for (const answer of Object.values(await throughBoth(graph, owner, world.cpi, query, { v }))) {
          expect(
            masked(answer),
            `${query} with ${JSON.stringify(v).slice(0, 30)}: ${JSON.stringify(answer.errors ?? null).slice(0, 300)}`,
          ).toBe(true);
        }
      }
    }
  });
});
