import { describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, gql } from '@reg/testkit';
import { declareUnemployment } from './support/fixtures.ts';
import { useJourneyGraph } from './support/journey-graph.ts';

/**
 * Service pacts in bulk through the gateway (README "Bulk loading"): a row of importServicePacts is one person's
 * profilings, pact, signature and PAI, and ends exactly as the five single mutations (recordQuantitativeProfiling,
 * recordQualitativeProfiling, saveServicePact, saveActionPlan, signServicePact) leave it; a refused row is not
 * written at all and stops nothing, and sent again once corrected it goes in.
 */
const world = useJourneyGraph();

const importPacts =
  'mutation ImportPacts($rows: [ServicePactImportInput!]!) { importServicePacts(rows: $rows) { index status pact { id version status signedOn } actionPlan { id version } errors { code field rule } } }';

const file = `query ($id: ID!) { person(id: $id) {
  servicePact { version status signedOn responsibleOperator employabilityProfile searchActs { act timing } contactFrequency searchProof availability { workshops training suitableOffers } missing }
  actionPlan { version goals services { serviceStandard { code } plannedFrom plannedTo provider { id } } }
  profiling { version score computedOn inputs { age sex citizenship educationLevel province monthsSearching monthsEmployedLastFiveYears householdSize } }
  qualitativeProfiling { version assessedOn needs strengths barriers notes }
  unemploymentStatus(on: "2025-03-01") { state }
} }`;

let n = 0;
/** A person of Milan with a DID on 2025-01-02 (or none), registered by the CPI of Milan. */
async function person(declared = true): Promise<string> {
  n += 1;
  const p = {
    givenName: 'Lucia',
    familyName: 'Pattobulk',
    birthDate: `1980-0${1 + (n % 9)}-1${n % 10}`,
    sex: 'F' as const,
  };
  const { data, errors } = await gql(
    world.graph.gatewayUrl,
    world.cpi,
    'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    {
      input: {
        ...p,
        fiscalCode: encodePersonFiscalCode({ ...p, birthPlaceCode: 'F205' }),
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      },
    },
  );
  expect(errors).toBeUndefined();
  const id = data!['registerPerson'].id as string;
  if (declared) await declareUnemployment(world.must, world.cpi, id, '2025-01-02');
  return id;
}

const parts = (personId: string) => ({
  quantitativeProfiling: {
    personId,
    score: 0.42,
    computedOn: '2025-03-01',
    inputs: {
      age: 44,
      sex: 'F',
      citizenship: 'IT',
      educationLevel: 'ISCED 3',
      province: 'MI',
      monthsSearching: 2,
      monthsEmployedLastFiveYears: 20,
      householdSize: 2,
    },
  },
  qualitativeProfiling: { personId, assessedOn: '2025-03-01', needs: [' digital skills '], strengths: ['reliability'] },
  pact: {
    personId,
    responsibleOperator: 'Anna Ferri',
    employabilityProfile: 'Media distanza dal mercato del lavoro',
    searchActs: [{ act: 'Almeno 3 candidature', timing: 'ogni mese' }],
    contactFrequency: 'Ogni 30 giorni',
    searchProof: 'Copia delle candidature',
    availableForWorkshops: true,
    availableForTraining: true,
    availableForSuitableOffers: true,
  },
  actionPlan: {
    personId,
    goals: ['Orientamento'],
    services: [{ serviceCode: '1A', providerId: world.cpiId, plannedFrom: '2025-03-01' }],
  },
});

describe('importServicePacts through the gateway', () => {
  it('a row leaves the person as the five single mutations do', async () => {
    const single = await person();
    const bulk = await person();
    const s = parts(single);
    const must = (query: string, variables: Record<string, unknown>) => world.must(world.cpi, query, variables);
    await must(
      'mutation ($input: QuantitativeProfilingInput!) { recordQuantitativeProfiling(input: $input) { version } }',
      {
        input: s.quantitativeProfiling,
      },
    );
    await must(
      'mutation ($input: QualitativeProfilingInput!) { recordQualitativeProfiling(input: $input) { version } }',
      {
        input: s.qualitativeProfiling,
      },
    );
    const pactId = (
      (await must('mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }', {
        input: s.pact,
      })) as Record<string, { id: string }>
    )['saveServicePact']!.id;
    await must('mutation ($input: ActionPlanInput!) { saveActionPlan(input: $input) { id } }', { input: s.actionPlan });
    await must('mutation ($id: ID!) { signServicePact(pactId: $id, signedOn: "2025-03-01") { id } }', { id: pactId });

    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importPacts, {
      rows: [{ ...parts(bulk), signedOn: '2025-03-01' }],
    });
    expect(errors).toBeUndefined();
    expect(data!['importServicePacts']).toEqual([
      {
        index: 0,
        status: 'CREATED',
        pact: { id: expect.any(String), version: 1, status: 'SIGNED', signedOn: '2025-03-01' },
        actionPlan: { id: expect.any(String), version: 1 },
        errors: [],
      },
    ]);

    const read = async (id: string) => {
      const answer = await gql(world.graph.gatewayUrl, world.cpi, file, { id });
      expect(answer.errors).toBeUndefined();
      return answer.data!['person'];
    };
    const [a, b] = [await read(single), await read(bulk)];
    expect(b).toEqual(a);
    expect(b.servicePact).toMatchObject({ status: 'SIGNED', missing: [] });
    expect(b.qualitativeProfiling.needs).toEqual(['digital skills']);
  });

  it('refused rows (the single mutations refusals) stop nothing and are not written; corrected, they go in', async () => {
    const [ok, noDid, badPlan, partial] = [await person(), await person(false), await person(), await person()];
    const rows = [
      { ...parts(ok), signedOn: '2025-03-01' },
      // No DID: the pact cannot confirm a status (D.Lgs. 150/2015 art. 20 c.1), as signServicePact refuses it.
      { ...parts(noDid), signedOn: '2025-03-01' },
      // 3A is for people with a certified disability or disadvantage (seed 003, area 3): saveActionPlan's refusal.
      {
        ...parts(badPlan),
        actionPlan: {
          personId: badPlan,
          goals: ['Orientamento'],
          services: [{ serviceCode: '3A', providerId: world.accreditedId, plannedFrom: '2025-03-01' }],
        },
      },
      // A draft whose score is out of range: recordQuantitativeProfiling's BAD_USER_INPUT, under the part's name.
      { ...parts(partial), quantitativeProfiling: { ...parts(partial).quantitativeProfiling, score: 1.5 } },
      // A person the caller does not manage (no such id): NOT_FOUND, as the single mutations answer.
      { pact: parts('no-such-person').pact },
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importPacts, { rows });
    expect(errors).toBeUndefined();
    const results = data!['importServicePacts'];
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
    ]);
    expect(results[1].errors).toEqual([
      { code: 'RULE_VIOLATION', field: null, rule: 'PACT_WITHOUT_UNEMPLOYMENT_STATUS' },
    ]);
    expect(results[2].errors).toEqual([
      { code: 'RULE_VIOLATION', field: 'actionPlan.services[0].serviceCode', rule: 'TARGET_GROUP' },
    ]);
    expect(results[3].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'quantitativeProfiling.score', rule: null }]);
    expect(results[4].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);

    // Nothing of a refused row was written: not its profilings, not its pact.
    const none = await gql(world.graph.gatewayUrl, world.cpi, file, { id: partial });
    expect(none.data!['person']).toMatchObject({
      servicePact: null,
      actionPlan: null,
      profiling: null,
      qualitativeProfiling: null,
    });

    // Sent again, corrected: it goes in; the row already accepted, sent again, is a new version (as saveServicePact).
    const again = await gql(world.graph.gatewayUrl, world.cpi, importPacts, {
      rows: [parts(partial), { ...parts(ok), signedOn: '2025-03-02' }],
    });
    expect(again.errors).toBeUndefined();
    expect(
      again.data!['importServicePacts'].map((r: { status: string; pact: { version: number } }) => [
        r.status,
        r.pact.version,
      ]),
    ).toEqual([
      ['CREATED', 1],
      ['CREATED', 2],
    ]);
  });

  it('only a CPI; each written record audited under importServicePacts', async () => {
    const refused = await gql(world.graph.gatewayUrl, world.accredited, importPacts, { rows: [parts(world.personId)] });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const id = await person();
    const { data } = await gql(world.graph.gatewayUrl, world.cpi, importPacts, { rows: [parts(id)] });
    const pactId = data!['importServicePacts'][0].pact.id;
    const audit = await gql(
      world.graph.gatewayUrl,
      await callers.dpo(),
      'query ($id: ID) { auditEvents(personId: $id, from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { action entity entityId fields } }',
      { id },
    );
    expect(audit.errors).toBeUndefined();
    const writes = audit.data!['auditEvents'].filter((e: { action: string }) => e.action === 'WRITE');
    expect(writes).toEqual(
      expect.arrayContaining([
        { action: 'WRITE', entity: 'ServicePact', entityId: pactId, fields: ['importServicePacts'] },
        { action: 'WRITE', entity: 'ActionPlan', entityId: expect.any(String), fields: ['importServicePacts'] },
        { action: 'WRITE', entity: 'QuantitativeProfiling', entityId: id, fields: ['importServicePacts'] },
        { action: 'WRITE', entity: 'QualitativeProfiling', entityId: id, fields: ['importServicePacts'] },
      ]),
    );
  });
});
