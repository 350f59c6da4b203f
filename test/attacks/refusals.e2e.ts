import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, createTestDatabase, gql, tokenFor, type GraphQLResponse, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { seedJourney } from '../support/fixtures.ts';

/**
 * The refusal model (README, "Refusal model (for partner developers)"), attacked from outside: a refused field is
 * null with FORBIDDEN naming its scope or rule, and nothing else in the answer is lost; an operation the caller's
 * kind may not call is FORBIDDEN; what the caller may not know exists is answered exactly as what does not exist;
 * every refusal is HTTP 200 (401 only without a valid token). No refusal carries what it protects.
 */
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
const t = {} as Record<'cpiNoHealth' | 'cpiBG' | 'citizen', string>;
const absentId = '00000000-0000-4000-8000-000000000000';
let vacancyId = '';
let placementId = '';

/** Every answer of this suite goes through here: whatever it refuses, no error names a protected value. */
async function ask(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  const response = await gql(url, token, query, variables);
  const errors = JSON.stringify(response.errors ?? []);
  for (const secret of [world.personInput.fiscalCode, world.personInput.familyName, '"67"', ':67', 'CIVIL_INVALID'])
    expect(errors, query).not.toContain(secret);
  return response;
}
const viaGateway = (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  ask(graph.gatewayUrl, token, query, variables);
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.['code']);
const withoutPaths = (response: GraphQLResponse) => ({
  status: response.status,
  data: response.data,
  errors: response.errors?.map(({ message, extensions }) => ({ message, extensions })),
});

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
  t.cpiNoHealth = await tokenFor({
    sub: 'desk@cpi-mi',
    org: world.cpiId,
    org_kind: 'cpi',
    province: 'MI',
    scope: 'people:read people:write',
  });
  t.cpiBG = await callers.cpi('BG');
  t.citizen = await callers.citizen(world.personId);
  vacancyId = (
    await world.must(world.cpi, 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }', {
      input: { employerId: world.employerId, title: 'Impiegato', province: 'MI', positions: 1, openedOn: '2025-02-01' },
    })
  )['openVacancy'].id;
  placementId = (
    await world.must(
      world.accredited,
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'refusals-1',
          personId: world.personId,
          employerId: world.employerId,
          contract: 'PERMANENT',
          startedOn: '2025-03-03',
          countsTowardQuota: false,
        },
      },
    )
  )['recordPlacement'].id;
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

describe('a field the caller may not see: null, with FORBIDDEN naming the scope; the rest of the answer intact', () => {
  const personQuery =
    'query ($id: ID!) { person(id: $id) { id familyName disability { invalidityPercent } enrolments { id status eligibility { eligible } } } }';

  it('health fields without health:read, through the gateway and at the subgraph: the person and its list of enrolments are whole', async () => {
    for (const url of [graph.gatewayUrl, graph.subgraphUrls.people]) {
      const response = await ask(url, t.cpiNoHealth, personQuery, { id: world.personId });
      expect(response.status).toBe(200);
      expect(response.data!['person']).toMatchObject({
        id: world.personId,
        familyName: 'Colombo',
        disability: null,
        enrolments: [{ id: expect.any(String), status: 'ACCEPTED', eligibility: null }],
      });
      expect(response.errors!.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'FORBIDDEN', scope: 'health:read' }),
        expect.objectContaining({ code: 'FORBIDDEN', scope: 'health:read' }),
      ]);
      for (const error of response.errors!) expect(error.message).toBe('This field needs scope health:read');
    }
  });

  it('one refused field in a list does not blank the list: every person is there, each without its health field', async () => {
    const response = await viaGateway(
      t.cpiNoHealth,
      '{ people(first: 50) { items { id disability { invalidityPercent } } } }',
    );
    const items = response.data!['people'].items as Array<{ id: string; disability: unknown }>;
    expect(items.map((p) => p.id)).toContain(world.personId);
    expect(items.every((p) => p.disability === null)).toBe(true);
    expect(codes(response).every((code) => code === 'FORBIDDEN')).toBe(true);
  });

  it('a refused root field is null in place (never data: null, never a made-up object), the other root fields answer', async () => {
    const cases = [
      [
        '{ rankingList(list: DISABILITY, referenceDate: "2025-06-30") { province } serviceStandards { code } }',
        'rankingList',
        'health:read',
      ],
      [
        '{ matchingPool(list: DISABILITY, referenceDate: "2025-06-30") { rankingPosition } serviceStandards { code } }',
        'matchingPool',
        'health:read',
      ],
      [
        'query ($from: DateTime!, $to: DateTime!) { auditEvents(from: $from, to: $to) { at } serviceStandards { code } }',
        'auditEvents',
        'audit:read',
      ],
    ] as const;
    for (const [query, field, scope] of cases) {
      for (const url of [graph.gatewayUrl, graph.subgraphUrls.people]) {
        const response = await ask(url, t.cpiNoHealth, query, {
          from: '2020-01-01T00:00:00Z',
          to: '2030-01-01T00:00:00Z',
        });
        if (url === graph.subgraphUrls.people) {
          // The people subgraph alone has no catalogue: only the refused field is asked there.
          const alone = await ask(url, t.cpiNoHealth, query.replace(' serviceStandards { code }', ''), {
            from: '2020-01-01T00:00:00Z',
            to: '2030-01-01T00:00:00Z',
          });
          expect(alone.data, `${field} at the subgraph`).toEqual({ [field]: null });
          expect(alone.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', scope });
          continue;
        }
        expect(Object.keys(response.data!).sort(), field).toEqual([field, 'serviceStandards'].sort());
        expect(response.data![field]).toBeNull();
        expect((response.data!['serviceStandards'] as unknown[]).length).toBeGreaterThan(0);
        expect(response.errors!.map((e) => e.extensions)).toEqual([
          expect.objectContaining({ code: 'FORBIDDEN', scope }),
        ]);
        expect(response.errors![0]!.path).toEqual([field]);
      }
    }
  });

  it('the Region reads an employer but not its L. 68 records (they list protected workers): the employer is whole, the records null with the rule', async () => {
    const response = await viaGateway(
      world.region,
      'query ($id: ID!) { employer(id: $id) { id name workforceReports { year } exemptions { id } } }',
      { id: world.employerId },
    );
    expect(response.data!['employer']).toMatchObject({
      id: world.employerId,
      name: expect.any(String),
      workforceReports: null,
      exemptions: null,
    });
    expect(response.errors!.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', rule: 'OBLIGATION_RECORDS_READERS' }),
      expect.objectContaining({ code: 'FORBIDDEN', rule: 'OBLIGATION_RECORDS_READERS' }),
    ]);
  });

  it('a reference to a record another subgraph does not show the caller: null with the rule, the record around it whole, never INTERNAL_SERVER_ERROR', async () => {
    // The person sees their placement, not the employer's record; the employer sees its hires, not the person's file.
    const citizen = await viaGateway(
      t.citizen,
      'query ($id: ID!) { placement(id: $id) { id startedOn employer { id name } } }',
      { id: placementId },
    );
    expect(citizen.data!['placement']).toEqual({ id: placementId, startedOn: '2025-03-03', employer: null });
    expect(citizen.errors!.map((e) => ({ path: e.path, extensions: e.extensions }))).toEqual([
      { path: ['placement', 'employer'], extensions: { code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' } },
    ]);
    const employer = await viaGateway(
      await callers.employer(world.employerId),
      'query ($id: ID!) { employer(id: $id) { id placements { id person { familyName birthDate } } } }',
      { id: world.employerId },
    );
    expect(employer.data!['employer']).toEqual({
      id: world.employerId,
      placements: [{ id: placementId, person: null }],
    });
    expect(employer.errors!.map((e) => e.extensions)).toEqual([{ code: 'FORBIDDEN', rule: 'REFERENCE_NOT_VISIBLE' }]);
  });

  it('a job seeker sees open vacancies; their employer is null with the rule that refuses it, the list is whole', async () => {
    const response = await viaGateway(t.citizen, '{ vacancies(status: OPEN) { id title employer { name } } }');
    const vacancies = response.data!['vacancies'] as Array<{ id: string; employer: unknown }>;
    expect(vacancies.map((v) => v.id)).toContain(vacancyId);
    expect(vacancies.every((v) => v.employer === null)).toBe(true);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'EMPLOYER_READERS' });
  });
});

describe("an operation the caller's kind may not call: FORBIDDEN, that root field null, the others answered", () => {
  it('the Region asking for a list of named people next to the catalogue', async () => {
    const response = await viaGateway(world.region, '{ people(first: 10) { items { id } } serviceStandards { code } }');
    expect(response.status).toBe(200);
    expect(response.data!['people']).toBeNull();
    expect((response.data!['serviceStandards'] as unknown[]).length).toBeGreaterThan(0);
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });

  it('a citizen asking for the list of employers, and the Region for a pseudonymised export, next to what they may read', async () => {
    const employers = await viaGateway(t.citizen, '{ employers { items { id } } vacancies(status: OPEN) { id } }');
    expect(employers.data!['employers']).toBeNull();
    expect((employers.data!['vacancies'] as unknown[]).length).toBeGreaterThan(0);
    const exported = await viaGateway(
      world.region,
      'query ($p: ID!) { deliveriesExport(providerId: $p, from: "2025-01-01", to: "2025-12-31") { rowCount } serviceStandards { code } }',
      { p: world.cpiId },
    );
    expect(exported.data!['deliveriesExport']).toBeNull();
    expect(exported.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'microdata:read' });
  });

  it('without a token: HTTP 401, nothing answered', async () => {
    const response = await gql(graph.gatewayUrl, null, '{ serviceStandards { code } }');
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
  });
});

describe('what the caller may not know exists is answered exactly as what does not exist', () => {
  it('a person of another province and an absent id: the same answer, with or without health fields asked', async () => {
    for (const query of [
      'query ($id: ID!) { person(id: $id) { id familyName } }',
      'query ($id: ID!) { person(id: $id) { id disability { invalidityPercent } } }',
    ]) {
      const other = await viaGateway(t.cpiBG, query, { id: world.personId });
      const absent = await viaGateway(t.cpiBG, query, { id: absentId });
      expect(withoutPaths(other)).toEqual(withoutPaths(absent));
      expect(other.data).toEqual({ person: null });
    }
  });

  it('without health:read, a person one cannot see and one that does not exist look the same when only a health field is asked', async () => {
    const query = 'query ($id: ID!) { person(id: $id) { disability { invalidityPercent } } }';
    const otherProvince = await tokenFor({
      sub: 'desk@cpi-bg',
      org: 'cpi-bg',
      org_kind: 'cpi',
      province: 'BG',
      scope: 'people:read',
    });
    const seen = await viaGateway(t.cpiNoHealth, query, { id: world.personId });
    const unseen = await viaGateway(otherProvince, query, { id: world.personId });
    const absent = await viaGateway(t.cpiNoHealth, query, { id: absentId });
    expect(withoutPaths(unseen)).toEqual(withoutPaths(absent));
    expect(withoutPaths(seen)).toEqual(withoutPaths(absent));
    expect(seen.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'health:read' });
  });

  it('registering a fiscal code kept in another province: a CPI is told it is registered elsewhere (it may lawfully learn it, to ask for the move), no id, no province; audited with the person', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const register = 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
    const again = (province: string, municipality: string) => ({
      input: { ...world.personInput, residenceProvince: province, residenceMunicipality: municipality },
    });
    const elsewhere = await viaGateway(t.cpiBG, register, again('BG', 'A794'));
    const here = await viaGateway(world.cpi, register, again('MI', 'F205'));
    expect(elsewhere.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'PERSON_REGISTERED_IN_ANOTHER_PROVINCE',
      field: 'input.fiscalCode',
    });
    expect(here.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'PERSON_ALREADY_REGISTERED',
      field: 'input.fiscalCode',
    });
    // Every other kind is refused before any lookup: the same FORBIDDEN for a registered and an unknown fiscal code.
    const unknown = { input: { ...again('MI', 'F205').input, fiscalCode: 'RSSMRA80A01F205X' } };
    for (const token of [world.accredited, await callers.region(), await callers.citizen(world.personId)]) {
      const registered = await viaGateway(token, register, again('MI', 'F205'));
      expect(registered.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
      expect(withoutPaths(registered)).toEqual(withoutPaths(await viaGateway(token, register, unknown)));
    }
    const text = JSON.stringify(elsewhere);
    for (const leak of [world.personId, '"MI"', 'Milano', 'F205']) expect(text).not.toContain(leak);
    const { auditEvents } = await world.must(
      await callers.dpo(),
      'query ($id: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $id, from: $from, to: $to) { action entity fields subject } }',
      {
        id: world.personId,
        from,
        to: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(auditEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'READ',
          entity: 'Person',
          fields: ['registered'],
          subject: 'operator@cpi-bg',
        }),
      ]),
    );
  });

  it('a write on a record one cannot see: NOT_FOUND with the same message as for an absent id', async () => {
    const end = 'mutation ($input: EndTakeInChargeInput!) { endTakeInCharge(input: $input) { id } }';
    const { person } = await world.must(world.cpi, 'query ($id: ID!) { person(id: $id) { takeInCharges { id } } }', {
      id: world.personId,
    });
    const takeInChargeId = person.takeInCharges[0].id as string;
    const other = await viaGateway(t.cpiBG, end, { input: { takeInChargeId, endedOn: '2025-06-01', reason: 'x' } });
    const absent = await viaGateway(t.cpiBG, end, {
      input: { takeInChargeId: absentId, endedOn: '2025-06-01', reason: 'x' },
    });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(other.errors![0]!.message.replace(takeInChargeId, 'ID')).toBe(
      absent.errors![0]!.message.replace(absentId, 'ID'),
    );
    expect(other.status).toBe(absent.status);
  });
});
