import { describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, errorCode, gql } from '@reg/testkit';
import { useJourneyGraph } from './support/journey-graph.ts';

/**
 * The bulk path through the gateway (README "Bulk loading"): importPeople answers each row, writes the accepted
 * ones with their enrolment, decisions and take-in-charges as the single mutations would, audits each written
 * entity, and refuses every caller but a CPI with people:write.
 */
const world = useJourneyGraph();

const importPeople =
  'mutation Import($rows: [PersonImportInput!]!) { importPeople(rows: $rows) { index status person { id fiscalCode } enrolment { id status } takeInCharges { id programme } errors { code field rule } } }';

let n = 0;
function person(overrides: Record<string, unknown> = {}) {
  n += 1;
  const who = {
    givenName: 'Giulia',
    familyName: 'Migrata',
    birthDate: new Date(Date.UTC(1960, 0, 1 + n * 13)).toISOString().slice(0, 10),
    sex: 'F' as const,
  };
  return {
    ...who,
    fiscalCode: encodePersonFiscalCode({ ...who, birthPlaceCode: 'F205' }),
    residenceProvince: 'MI',
    residenceMunicipality: 'F205',
    ...overrides,
  };
}
/** The DID the applications rest on (L. 68/1999 art. 8 c.1: unemployed on the day of the application). */
const did = { declaredOn: '2025-03-01', reference: 'DID-2025-0301' };
const application = (invalidityPercent: number, decisions: unknown[] = []) => ({
  list: 'DISABILITY',
  submittedOn: '2025-03-03',
  category: 'CIVIL_INVALID',
  invalidityPercent,
  decisions,
});

describe('importPeople through the gateway', () => {
  it('accepted rows are written with their enrolment and take-in-charges; rejected ones stop nothing and are not written', async () => {
    const accepted = person();
    const rows = [
      {
        person: accepted,
        unemploymentDeclaration: did,
        enrolment: application(46, [{ to: 'ACCEPTED', on: '2025-03-20' }]),
        takeInCharges: [
          { providerId: world.accreditedId, programme: 'DOTE_LAVORO_DISABILITA', startedOn: '2025-04-01' },
        ],
      },
      // L. 68/1999 art. 1 c.1 lett. a: 45% does not qualify, so it cannot be accepted.
      {
        person: person(),
        unemploymentDeclaration: did,
        enrolment: application(45, [{ to: 'ACCEPTED', on: '2025-03-20' }]),
      },
      // The fiscal code of someone else.
      { person: { ...person(), fiscalCode: accepted.fiscalCode } },
      // Already on the register (the seeded person).
      { person: world.personInput },
      {
        person: person(),
        takeInCharges: [{ providerId: 'no-such-provider', programme: 'GOL', startedOn: '2025-04-01' }],
      },
      { person: person(), unemploymentDeclaration: did, enrolment: application(70) },
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importPeople, { rows });
    expect(errors).toBeUndefined();
    const results = data!['importPeople'];
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'CREATED',
    ]);
    expect(results[0].enrolment.status).toBe('ACCEPTED');
    expect(results[0].takeInCharges).toEqual([{ id: expect.any(String), programme: 'DOTE_LAVORO_DISABILITA' }]);
    expect(results[1].errors).toEqual([
      { code: 'RULE_VIOLATION', field: 'enrolment.decisions[0].to', rule: 'ENROLMENT_NOT_ELIGIBLE' },
    ]);
    // Two rows of one batch with one fiscal code: the second is the duplicate, as a second registerPerson would be.
    expect(results[2].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'person.fiscalCode', rule: null }]);
    expect(results[3].errors).toEqual([
      { code: 'CONFLICT', field: 'person.fiscalCode', rule: 'PERSON_ALREADY_REGISTERED' },
    ]);
    expect(results[4].errors).toEqual([{ code: 'NOT_FOUND', field: 'takeInCharges[0].providerId', rule: null }]);
    expect(results[5].enrolment.status).toBe('SUBMITTED');

    // What was written reads back as the single mutations' writes do: the accredited body sees its person in charge.
    const read = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { person(id: $id) { fiscalCode unemploymentStatus(on: "2025-03-03") { state declaredOn } enrolments { status history { to } } takeInCharges { programme } } }',
      { id: results[0].person.id },
    );
    expect(read.data!['person']).toEqual({
      fiscalCode: accepted.fiscalCode,
      unemploymentStatus: { state: 'UNEMPLOYED', declaredOn: '2025-03-01' },
      enrolments: [{ status: 'ACCEPTED', history: [{ to: 'SUBMITTED' }, { to: 'ACCEPTED' }] }],
      takeInCharges: [{ programme: 'DOTE_LAVORO_DISABILITA' }],
    });
    const byBody = await gql(
      world.graph.gatewayUrl,
      world.accredited,
      '{ people(first: 50) { items { fiscalCode } } }',
    );
    expect(byBody.data!['people'].items.map((p: { fiscalCode: string }) => p.fiscalCode)).toContain(
      accepted.fiscalCode,
    );
    // The rejected rows left nothing behind.
    const list = await gql(world.graph.gatewayUrl, world.cpi, '{ people(first: 100) { items { fiscalCode } } }');
    const codes = list.data!['people'].items.map((p: { fiscalCode: string }) => p.fiscalCode);
    expect(codes).not.toContain(rows[1]!.person.fiscalCode);
    expect(codes).not.toContain(rows[4]!.person.fiscalCode);
  });

  it('the matching profile in a row is written as the first versions recordFunctionalProfile and saveProfessionalRecord write, checked as they check it', async () => {
    const rows = [
      {
        person: person(),
        functionalProfile: { tasksToAvoid: [' d430 ', ''], workplaceAdjustments: ['e1201'] },
        professionalRecord: {
          experiences: [
            {
              employer: 'Officina',
              occupationCode: '6.2.1.1',
              occupationCodeSystem: 'ISTAT_CP2011',
              from: '2015-01-01',
              to: '2020-12-31',
            },
          ],
          drivingLicences: [' b '],
          availability: { weeklyHours: 30, maxDistanceKm: 20, shifts: ['DAY'] },
        },
      },
      // D.Lgs. 285/1992 art. 116: no such licence category; the whole row is refused, the person too.
      { person: person(), professionalRecord: { drivingLicences: ['ZZ'], availability: {} } },
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importPeople, { rows });
    expect(errors).toBeUndefined();
    const [created, refused] = data!['importPeople'];
    expect(created.status).toBe('CREATED');
    expect(refused).toMatchObject({
      status: 'REJECTED',
      errors: [{ code: 'BAD_USER_INPUT', field: 'professionalRecord.drivingLicences[0]', rule: null }],
    });
    const read = await gql(
      world.graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { person(id: $id) { functionalProfile { version tasksToAvoid workplaceAdjustments residualCapacities } professionalRecord { version drivingLicences availability { weeklyHours maxDistanceKm shifts } experiences { occupationCode } } } }',
      { id: created.person.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!['person']).toEqual({
      functionalProfile: {
        version: 1,
        tasksToAvoid: ['d430'],
        workplaceAdjustments: ['e1201'],
        residualCapacities: [],
      },
      professionalRecord: {
        version: 1,
        drivingLicences: ['B'],
        availability: { weeklyHours: 30, maxDistanceKm: 20, shifts: ['DAY'] },
        experiences: [{ occupationCode: '6.2.1.1' }],
      },
    });
  });

  it('a row sent again is refused as already registered, never written twice (safe to resend a batch)', async () => {
    const rows = [{ person: person() }];
    const first = await gql(world.graph.gatewayUrl, world.cpi, importPeople, { rows });
    expect(first.data!['importPeople'][0].status).toBe('CREATED');
    const again = await gql(world.graph.gatewayUrl, world.cpi, importPeople, { rows });
    expect(again.data!['importPeople'][0]).toMatchObject({
      status: 'REJECTED',
      person: null,
      errors: [{ code: 'CONFLICT', rule: 'PERSON_ALREADY_REGISTERED' }],
    });
  });

  it("a fiscal code kept by another province's CPI is pointed to the move, as registerPerson answers (L. 68/1999 art. 8 c.1)", async () => {
    const elsewhere = world.personInput.residenceProvince === 'BG' ? 'MI' : 'BG';
    const rows = [{ person: { ...world.personInput, residenceProvince: elsewhere } }];
    const answer = await gql(world.graph.gatewayUrl, await callers.cpi(elsewhere), importPeople, { rows });
    expect(answer.data!['importPeople'][0]).toMatchObject({
      status: 'REJECTED',
      person: null,
      errors: [{ code: 'CONFLICT', field: 'person.fiscalCode', rule: 'PERSON_REGISTERED_IN_ANOTHER_PROVINCE' }],
    });
  });

  it('only a CPI with people:write: another province gets its rows refused, other kinds the whole call', async () => {
    const rows = [{ person: person() }];
    const otherCpi = await gql(world.graph.gatewayUrl, await callers.cpi('BG'), importPeople, { rows });
    expect(otherCpi.data!['importPeople'][0].errors).toEqual([
      { code: 'FORBIDDEN', field: 'person.residenceProvince', rule: null },
    ]);
    for (const token of [world.accredited, world.region, await callers.employer('someone'), await callers.dpo()]) {
      const refused = await gql(world.graph.gatewayUrl, token, importPeople, { rows });
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const tooMany = await gql(world.graph.gatewayUrl, world.cpi, importPeople, {
      rows: Array.from({ length: 201 }, () => ({ person: person() })),
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('audited: the attempt, and a WRITE for each person, enrolment and take-in-charge written, with the person', async () => {
    const rows = [
      {
        person: person(),
        unemploymentDeclaration: did,
        enrolment: application(80, [{ to: 'ACCEPTED', on: '2025-03-21' }]),
        takeInCharges: [{ providerId: world.cpiId, programme: 'GOL', startedOn: '2025-04-02' }],
      },
    ];
    const sentAt = new Date(Date.now() - 1_000).toISOString();
    const { data } = await gql(world.graph.gatewayUrl, world.cpi, importPeople, { rows });
    const result = data!['importPeople'][0];
    expect(result.errors).toEqual([]);
    const personId = result.person.id;
    const audit = await gql(
      world.graph.gatewayUrl,
      await callers.dpo(),
      'query ($p: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $p, from: $from, to: $to) { action entity entityId operationName } }',
      { p: personId, from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
    );
    expect(audit.errors).toBeUndefined();
    const events = audit.data!['auditEvents'];
    expect(events).toEqual(
      expect.arrayContaining([
        { action: 'WRITE', entity: 'Person', entityId: personId, operationName: 'Import' },
        { action: 'WRITE', entity: 'Enrolment', entityId: result.enrolment.id, operationName: 'Import' },
        { action: 'WRITE', entity: 'TakeInCharge', entityId: result.takeInCharges[0].id, operationName: 'Import' },
      ]),
    );
    const all = await gql(
      world.graph.gatewayUrl,
      await callers.dpo(),
      'query ($from: DateTime!, $to: DateTime!) { auditEvents(from: $from, to: $to) { action entity subject } }',
      { from: sentAt, to: new Date(Date.now() + 60_000).toISOString() },
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!['auditEvents']).toContainEqual({
      action: 'ATTEMPT',
      entity: 'importPeople',
      subject: expect.any(String),
    });
  });
});
