import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsIssued } from '@reg/db';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { gql } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { declareUnemployment, seedJourney } from './support/fixtures.ts';

let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;

const familyNames = [
  'Rossi',
  'Ferrari',
  'Russo',
  'Bianchi',
  'Romano',
  'Gallo',
  'Costa',
  'Fontana',
  'Conti',
  'Esposito',
  'Ricci',
  'Bruno',
];

beforeAll(async () => {
  // The subgraphs' own statements are counted: the gateway's reference cache would answer the second page's
  // providers from memory, and the larger page would cost fewer statements than the smaller one.
  graph = await startTestGraph({ referenceCacheSeconds: 0 });
  world = await seedJourney(graph.gatewayUrl);
  for (const [i, familyName] of familyNames.entries()) {
    const birthDate = `19${70 + i}-03-1${i % 9}`;
    const input = {
      fiscalCode: encodePersonFiscalCode({
        givenName: 'Paolo',
        familyName,
        birthDate,
        sex: 'M',
        birthPlaceCode: 'F205',
      }),
      givenName: 'Paolo',
      familyName,
      birthDate,
      sex: 'M',
      residenceProvince: 'MI',
      residenceMunicipality: 'F205',
    };
    const { registerPerson } = await world.must(
      world.cpi,
      'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      { input },
    );
    await declareUnemployment(world.must, world.cpi, registerPerson.id, '2024-11-15');
    const { submitEnrolment } = await world.must(
      world.cpi,
      'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }',
      {
        input: {
          personId: registerPerson.id,
          list: 'DISABILITY',
          submittedOn: '2024-12-01',
          category: 'CIVIL_INVALID',
          invalidityPercent: 74,
        },
      },
    );
    // Area 3 services are for people on the list (an accepted enrolment), not for applicants (seed 003).
    await world.must(
      world.cpi,
      'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }',
      { input: { enrolmentId: submitEnrolment.id, to: 'ACCEPTED', on: '2024-12-10' } },
    );
    await world.must(world.cpi, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
      input: { personId: registerPerson.id, providerId: world.accreditedId, programme: 'GOL', startedOn: '2025-01-01' },
    });
    await world.must(
      world.accredited,
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
      {
        input: {
          idempotencyKey: `batch-${i}`,
          personId: registerPerson.id,
          serviceCode: '3A',
          deliveredOn: '2025-02-01',
          minutes: 50,
          modality: 'INDIVIDUAL_INTERVIEW',
        },
      },
    );
  }
});

afterAll(() => graph?.[Symbol.asyncDispose]());

const list = `query ($first: Int!) { people(first: $first) { items { familyName takeInCharges { provider { name } } deliveries { minutes serviceStandard { code title } provider { name } } } } }`;

async function statementsFor(first: number): Promise<{ statements: number; rows: number }> {
  const before = statementsIssued();
  const { data, errors } = await gql(graph.gatewayUrl, world.cpi, list, { first });
  expect(errors).toBeUndefined();
  return { statements: statementsIssued() - before, rows: data!['people'].items.length };
}

describe('DESIGN.md: one SQL statement per entity type per request, whatever the page size', () => {
  it('a list across four subgraphs costs the same number of statements for 2 rows and for 13', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(13);
    expect(small.rows).toBe(2);
    expect(large.rows).toBe(13);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });
});
