import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { seedJourney } from './support/fixtures.ts';

// The deviations a legal review found in the rules, each checked at its boundary through the gateway.
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

async function newPerson(givenName: string, familyName: string, birthDate: string, residenceProvince = 'MI') {
  const input = { fiscalCode: encodePersonFiscalCode({ givenName, familyName, birthDate, sex: 'M', birthPlaceCode: 'F205' }), givenName, familyName, birthDate, sex: 'M', residenceProvince, residenceMunicipality: 'F205' };
  return (await world.must(world.cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', { input }))['registerPerson'].id as string;
}

const submit = `mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id status decisionDueOn eligibility { eligible failures { rule } } } }`;
const change = `mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status observationsDueOn decisionDueOn } }`;
const failuresOf = (data: Record<string, any>) => data['submitEnrolment'].eligibility.failures.map((f: { rule: string }) => f.rule);

describe('people: who may enrol', () => {
  it('L. 68/1999 art. 1 c.1, D.L. 201/2011 art. 24: in 2026 working age ends on the 67th birthday (dated pension age)', async () => {
    const before = await newPerson('Aldo', 'Ferri', '1959-12-01');
    const on = await newPerson('Bruno', 'Ferri', '1959-11-30');
    const input = { list: 'DISABILITY', submittedOn: '2026-11-30', unemployed: true, category: 'BLIND' };
    expect(failuresOf(await world.must(world.cpi, submit, { input: { ...input, personId: before } }))).toEqual([]);
    expect(failuresOf(await world.must(world.cpi, submit, { input: { ...input, personId: on } }))).toEqual(['L68_ART1_WORKING_AGE']);
  });
});
