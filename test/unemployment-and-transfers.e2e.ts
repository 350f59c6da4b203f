import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, createTestDatabase, errorCode, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../scripts/graph.ts';
import { seedJourney } from './support/fixtures.ts';

// The unemployment status (D.Lgs. 150/2015 arts. 19-21) and the move of an L. 68 enrolment between provinces
// (L. 68/1999 art. 8 c.1), through the gateway: what the status allows, and who may do what.
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

let n = 0;
async function newPerson(givenName: string) {
  n += 1;
  const birthDate = `1980-0${1 + (n % 9)}-1${n % 10}`;
  const fiscalCode = encodePersonFiscalCode({
    givenName,
    familyName: 'Disponibile',
    birthDate,
    sex: 'F',
    birthPlaceCode: 'F205',
  });
  const input = {
    fiscalCode,
    givenName,
    familyName: 'Disponibile',
    birthDate,
    sex: 'F',
    residenceProvince: 'MI',
    residenceMunicipality: 'F205',
  };
  const id = (
    await world.must(world.cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input,
    })
  )['registerPerson'].id as string;
  return { id, fiscalCode, input };
}

const declare = 'mutation ($input: DeclareUnemploymentInput!) { declareUnemployment(input: $input) { id } }';
const work = 'mutation ($input: WorkContractInput!) { recordWorkContract(input: $input) { id } }';
const lose = 'mutation ($input: UnemploymentLossInput!) { recordUnemploymentLoss(input: $input) { id } }';
const submit = `mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id eligibility { failures { rule } } } }`;
const change = `mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status } }`;
const savePact = 'mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }';
const sign = 'mutation ($id: ID!, $on: Date!) { signServicePact(pactId: $id, signedOn: $on) { status signedOn } }';
const statusOn = `query ($id: ID!, $on: Date!) { person(id: $id) { unemploymentStatus(on: $on) { state declaredOn confirmationDueOn confirmedOn since suspendedUntil reason } } }`;

const status = async (personId: string, on: string) =>
  (await world.must(world.cpi, statusOn, { id: personId, on }))['person'].unemploymentStatus;
const failures = (data: Record<string, any>) =>
  data['submitEnrolment'].eligibility.failures.map((f: { rule: string }) => f.rule);
const completePact = (personId: string) => ({
  personId,
  responsibleOperator: 'Anna Ferri',
  employabilityProfile: 'Media distanza',
  searchActs: [{ act: 'Tre candidature', timing: 'ogni mese' }],
  contactFrequency: 'Ogni 30 giorni',
  searchProof: 'Copia delle candidature',
  availableForWorkshops: true,
  availableForTraining: true,
  availableForSuitableOffers: true,
});
const did = (personId: string, declaredOn: string) => ({ input: { personId, declaredOn, reference: `DID-${n}` } });

describe('unemployment status (D.Lgs. 150/2015 arts. 19-21) through the gateway', () => {
  it('art. 19 c.1: only the CPI of the person keeps the status; the status on a date comes from the DID', async () => {
    const { id } = await newPerson('Agata');
    expect(await status(id, '2026-03-01')).toMatchObject({ state: 'NONE', declaredOn: null });
    const bg = await callers.cpi('BG');
    expect(errorCode(await gql(graph.gatewayUrl, bg, declare, did(id, '2026-03-02')))).toBe('NOT_FOUND');
    expect(errorCode(await gql(graph.gatewayUrl, world.accredited, declare, did(id, '2026-03-02')))).toBe('NOT_FOUND');
    expect(errorCode(await gql(graph.gatewayUrl, await callers.region(), declare, did(id, '2026-03-02')))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await gql(graph.gatewayUrl, await callers.citizen(id), declare, did(id, '2026-03-02')))).toBe(
      'FORBIDDEN',
    );
    await world.must(world.cpi, declare, did(id, '2026-03-02'));
    // One status at a time: a second DID while it holds is a CONFLICT.
    const again = await gql(graph.gatewayUrl, world.cpi, declare, did(id, '2026-03-05'));
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', rule: 'DID_ALREADY_HOLDS' });
    expect(await status(id, '2026-03-01')).toMatchObject({ state: 'NONE' });
    expect(await status(id, '2026-03-02')).toMatchObject({
      state: 'UNEMPLOYED',
      declaredOn: '2026-03-02',
      // Art. 20 c.1: the pact within 30 days of the DID.
      confirmationDueOn: '2026-04-01',
      confirmedOn: null,
    });
  });

  it('art. 20: the pact is signed only while the status holds, and confirms it; a short job suspends it (art. 19 c.3) and the pact with it', async () => {
    const { id } = await newPerson('Bice');
    const draft = (await world.must(world.cpi, savePact, { input: completePact(id) }))['saveServicePact'].id;
    const early = await gql(graph.gatewayUrl, world.cpi, sign, { id: draft, on: '2026-03-01' });
    expect(early.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'PACT_WITHOUT_UNEMPLOYMENT_STATUS',
      state: 'NONE',
    });
    await world.must(world.cpi, declare, did(id, '2026-03-02'));
    expect((await world.must(world.cpi, sign, { id: draft, on: '2026-03-10' }))['signServicePact']).toEqual({
      status: 'SIGNED',
      signedOn: '2026-03-10',
    });
    expect(await status(id, '2026-03-10')).toMatchObject({ state: 'UNEMPLOYED', confirmedOn: '2026-03-10' });

    // Six months to the day, above the 2026 threshold of 8,500 euro: suspended, then unemployed again.
    await world.must(world.cpi, work, {
      input: {
        personId: id,
        employment: 'EMPLOYEE',
        startedOn: '2026-04-01',
        endsOn: '2026-09-30',
        expectedAnnualIncome: 8500.01,
        reference: 'UNILAV-2026-1',
      },
    });
    expect(await status(id, '2026-03-31')).toMatchObject({ state: 'UNEMPLOYED' });
    expect(await status(id, '2026-04-01')).toMatchObject({ state: 'SUSPENDED', suspendedUntil: '2026-09-30' });
    const update = (await world.must(world.cpi, savePact, { input: completePact(id) }))['saveServicePact'].id;
    const suspended = await gql(graph.gatewayUrl, world.cpi, sign, { id: update, on: '2026-05-04' });
    expect(suspended.errors![0]!.extensions).toMatchObject({
      rule: 'PACT_WITHOUT_UNEMPLOYMENT_STATUS',
      state: 'SUSPENDED',
    });
    expect(await status(id, '2026-10-01')).toMatchObject({ state: 'UNEMPLOYED', since: '2026-10-01' });
    expect((await world.must(world.cpi, sign, { id: update, on: '2026-10-01' }))['signServicePact'].status).toBe(
      'SIGNED',
    );

    // Art. 21 c.7: a refused suitable offer ends it from that day.
    await world.must(world.cpi, lose, {
      input: { personId: id, on: '2026-11-02', reason: 'REFUSED_SUITABLE_OFFER', reference: 'VERB-2026-77' },
    });
    expect(await status(id, '2026-11-01')).toMatchObject({ state: 'UNEMPLOYED' });
    expect(await status(id, '2026-11-02')).toMatchObject({ state: 'LOST', reason: 'REFUSED_SUITABLE_OFFER' });
  });

  it('L. 68/1999 art. 8 c.1: the enrolment reads the status on the day of the application', async () => {
    const withDid = await newPerson('Carla');
    const without = await newPerson('Dora');
    const lost = await newPerson('Elsa');
    await world.must(world.cpi, declare, did(withDid.id, '2026-02-01'));
    await world.must(world.cpi, declare, did(lost.id, '2026-01-10'));
    await world.must(world.cpi, lose, {
      input: { personId: lost.id, on: '2026-02-01', reason: 'NO_SHOW_SANCTION', reference: 'SANZ-2026-3' },
    });
    const application = (personId: string) => ({
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2026-02-15',
        category: 'CIVIL_INVALID',
        invalidityPercent: 70,
      },
    });
    const accepted = await world.must(world.cpi, submit, application(withDid.id));
    expect(failures(accepted)).toEqual([]);
    expect(failures(await world.must(world.cpi, submit, application(without.id)))).toEqual(['L68_ART8_UNEMPLOYED']);
    expect(failures(await world.must(world.cpi, submit, application(lost.id)))).toEqual(['L68_ART8_UNEMPLOYED']);
    expect(
      (
        await world.must(world.cpi, change, {
          input: { enrolmentId: accepted['submitEnrolment'].id, to: 'ACCEPTED', on: '2026-02-20' },
        })
      )['changeEnrolmentStatus'].status,
    ).toBe('ACCEPTED');
  });
});

describe('moving an enrolment to another province (L. 68/1999 art. 8 c.1 as amended by D.Lgs. 151/2015)', () => {
  const request =
    'mutation ($input: RequestEnrolmentTransferInput!) { requestEnrolmentTransfer(input: $input) { id status fromProvince toProvince person { id } } }';
  const complete =
    'mutation ($input: CompleteEnrolmentTransferInput!) { completeEnrolmentTransfer(input: $input) { id status completedOn enrolment { id province status seniorityFrom } } }';
  const enrolmentsOf =
    'query ($id: ID!) { person(id: $id) { enrolments { id province status decidedOn seniorityFrom transferredFrom { id } } enrolmentTransfers { id status } } }';
  /** Whether the caller's `people` list holds the person (walking every page). */
  const listed = async (token: string, personId: string) => {
    let after: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await world.must(
          token,
          'query ($after: String) { people(first: 100, after: $after) { items { id } nextCursor } }',
          { after },
        )
      )['people'];
      if (page.items.some((p) => p.id === personId)) return true;
      after = page.nextCursor;
    } while (after);
    return false;
  };
  const ranking =
    'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { entries { person { id } criteria { name explanation } } } }';

  it('the receiving CPI asks, the keeping CPI cancels and moves; the seniority on the list is kept; wrong callers refused', async () => {
    const person = await newPerson('Fulvia');
    await world.must(world.cpi, declare, did(person.id, '2025-01-02'));
    const origin = (
      await world.must(world.cpi, submit, {
        input: {
          personId: person.id,
          list: 'DISABILITY',
          submittedOn: '2025-01-15',
          category: 'CIVIL_INVALID',
          invalidityPercent: 70,
        },
      })
    )['submitEnrolment'].id;
    await world.must(world.cpi, change, { input: { enrolmentId: origin, to: 'ACCEPTED', on: '2025-02-01' } });

    const bg = await callers.cpi('BG');
    // Registering the fiscal code in BG: a CPI is told the file is kept elsewhere, never where or whose.
    const register = await gql(
      graph.gatewayUrl,
      bg,
      'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
      { input: { ...person.input, residenceProvince: 'BG', residenceMunicipality: 'A794' } },
    );
    expect(register.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'PERSON_REGISTERED_IN_ANOTHER_PROVINCE',
    });
    expect(JSON.stringify(register)).not.toContain(person.id);
    expect(JSON.stringify(register)).not.toContain('"MI"');
    expect((await gql(graph.gatewayUrl, bg, enrolmentsOf, { id: person.id })).data!['person']).toBeNull();

    const ask = { input: { fiscalCode: person.fiscalCode, list: 'DISABILITY', requestedOn: '2026-11-01' } };
    for (const other of [world.accredited, await callers.region(), await callers.citizen(person.id)])
      expect(errorCode(await gql(graph.gatewayUrl, other, request, ask))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(graph.gatewayUrl, bg, request, {
          input: {
            ...ask.input,
            fiscalCode: encodePersonFiscalCode({
              givenName: 'Nessuno',
              familyName: 'Ignoto',
              birthDate: '1970-01-01',
              sex: 'M',
              birthPlaceCode: 'F205',
            }),
          },
        }),
      ),
    ).toBe('NOT_FOUND');
    const asked = (await world.must(bg, request, ask))['requestEnrolmentTransfer'];
    expect(asked).toMatchObject({ status: 'PENDING', fromProvince: 'MI', toProvince: 'BG', person: null });
    const twice = await gql(graph.gatewayUrl, bg, request, ask);
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', rule: 'TRANSFER_PENDING' });

    // Before the move BG's list of people does not hold the person (resident in MI, enrolled in MI).
    expect(await listed(bg, person.id)).toBe(false);
    const done = { input: { transferId: asked.id, on: '2026-11-02' } };
    expect(errorCode(await gql(graph.gatewayUrl, bg, complete, done))).toBe('FORBIDDEN');
    expect(errorCode(await gql(graph.gatewayUrl, await callers.cpi('CO'), complete, done))).toBe('NOT_FOUND');
    expect(errorCode(await gql(graph.gatewayUrl, world.accredited, complete, done))).toBe('NOT_FOUND');
    // The keeping CPI sees the pending move on the person's file.
    expect((await world.must(world.cpi, enrolmentsOf, { id: person.id }))['person'].enrolmentTransfers).toEqual([
      { id: asked.id, status: 'PENDING' },
    ]);
    const moved = (await world.must(world.cpi, complete, done))['completeEnrolmentTransfer'];
    expect(moved).toMatchObject({ status: 'COMPLETED', completedOn: '2026-11-02' });
    expect(errorCode(await gql(graph.gatewayUrl, world.cpi, complete, done))).toBe('CONFLICT');

    // BG now keeps the list and sees the person; MI's enrolment is cancelled on the same day.
    const seen = (await world.must(bg, enrolmentsOf, { id: person.id }))['person'];
    const here = seen.enrolments.find((e: { province: string }) => e.province === 'BG');
    expect(here).toMatchObject({
      status: 'ACCEPTED',
      decidedOn: '2026-11-02',
      seniorityFrom: '2025-02-01',
      transferredFrom: { id: origin },
    });
    expect(seen.enrolments.find((e: { id: string }) => e.id === origin)).toMatchObject({ status: 'CANCELLED' });
    // The people list follows the same rule as the single read: BG lists the person whose enrolment it keeps, and
    // MI, the CPI of residence that keeps the file, still lists them.
    expect(await listed(bg, person.id)).toBe(true);
    expect(await listed(world.cpi, person.id)).toBe(true);

    // On BG's ranking list from the day of the move, with the seniority it had in MI; off MI's list that day.
    const bgList = (await world.must(bg, ranking, { on: '2026-11-15' }))['rankingList'].entries;
    const entry = bgList.find((e: { person: { id: string } }) => e.person.id === person.id);
    expect(entry.criteria.find((c: { name: string }) => c.name === 'SENIORITY_MONTHS').explanation).toContain(
      'since 2025-02-01',
    );
    const onMi = async (on: string) =>
      (await world.must(world.cpi, ranking, { on }))['rankingList'].entries.some(
        (e: { person: { id: string } }) => e.person.id === person.id,
      );
    expect(await onMi('2026-11-01')).toBe(true);
    expect(await onMi('2026-11-02')).toBe(false);
  });

  it('a pending move is refused by the receiving CPI or withdrawn by the keeping one, with a reason, audited; nothing moves', async () => {
    const startedAt = new Date(Date.now() - 1000).toISOString();
    const person = await newPerson('Gemma');
    await world.must(world.cpi, declare, did(person.id, '2025-01-02'));
    const origin = (
      await world.must(world.cpi, submit, {
        input: {
          personId: person.id,
          list: 'DISABILITY',
          submittedOn: '2025-01-15',
          category: 'CIVIL_INVALID',
          invalidityPercent: 70,
        },
      })
    )['submitEnrolment'].id;
    await world.must(world.cpi, change, { input: { enrolmentId: origin, to: 'ACCEPTED', on: '2025-02-01' } });
    const bg = await callers.cpi('BG');
    const ask = { input: { fiscalCode: person.fiscalCode, list: 'DISABILITY', requestedOn: '2026-11-01' } };
    const refuse =
      'mutation ($input: CloseEnrolmentTransferInput!) { refuseEnrolmentTransfer(input: $input) { id status closedOn closedReason closedBy } }';
    const withdraw =
      'mutation ($input: CloseEnrolmentTransferInput!) { withdrawEnrolmentTransfer(input: $input) { id status closedOn closedReason } }';

    const first = (await world.must(bg, request, ask))['requestEnrolmentTransfer'].id;
    const close = (transferId: string, on: string, reason: string) => ({ input: { transferId, on, reason } });
    // Boundaries: not before the request, not in the future, a reason stated; the keeping CPI does not refuse.
    expect(errorCode(await gql(graph.gatewayUrl, bg, refuse, close(first, '2026-10-31', 'x')))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(graph.gatewayUrl, bg, refuse, close(first, '2999-01-01', 'x')))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(graph.gatewayUrl, bg, refuse, close(first, '2026-11-01', '   ')))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await gql(graph.gatewayUrl, world.cpi, refuse, close(first, '2026-11-01', 'x')))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(graph.gatewayUrl, bg, withdraw, close(first, '2026-11-01', 'x')))).toBe('FORBIDDEN');
    for (const other of [await callers.cpi('CO'), world.accredited, await callers.region()])
      expect(errorCode(await gql(graph.gatewayUrl, other, refuse, close(first, '2026-11-01', 'x')))).toBe('NOT_FOUND');
    const refused = (await world.must(bg, refuse, close(first, '2026-11-01', ' Not resident in the province ')))[
      'refuseEnrolmentTransfer'
    ];
    expect(refused).toMatchObject({
      status: 'REFUSED',
      closedOn: '2026-11-01',
      closedReason: 'Not resident in the province',
    });
    const again = await gql(graph.gatewayUrl, bg, refuse, close(first, '2026-11-02', 'again'));
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', rule: 'TRANSFER_NOT_PENDING' });
    expect(
      errorCode(await gql(graph.gatewayUrl, world.cpi, complete, { input: { transferId: first, on: '2026-11-02' } })),
    ).toBe('CONFLICT');

    // The refusal frees the enrolment for another request, which the keeping CPI withdraws.
    const second = (await world.must(bg, request, ask))['requestEnrolmentTransfer'].id;
    const withdrawn = (await world.must(world.cpi, withdraw, close(second, '2026-11-02', 'The person stays in MI')))[
      'withdrawEnrolmentTransfer'
    ];
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', closedOn: '2026-11-02' });

    // Nothing moved: the enrolment stays accepted in MI; both moves show their end to the keeping CPI.
    const file = (await world.must(world.cpi, enrolmentsOf, { id: person.id }))['person'];
    expect(file.enrolments).toMatchObject([{ id: origin, province: 'MI', status: 'ACCEPTED' }]);
    expect(file.enrolmentTransfers).toEqual([
      { id: first, status: 'REFUSED' },
      { id: second, status: 'WITHDRAWN' },
    ]);
    const events = (
      await world.must(
        await callers.dpo(),
        'query ($from: DateTime!) { auditEvents(from: $from, to: "2100-01-01T00:00:00Z") { entity action entityId } }',
        { from: startedAt },
      )
    )['auditEvents'] as Array<{ entity: string; action: string; entityId: string }>;
    for (const [entity, id] of [
      ['refuseEnrolmentTransfer', first],
      ['withdrawEnrolmentTransfer', second],
    ])
      expect(events.some((e) => e.entity === entity && e.action === 'WRITE' && e.entityId === id)).toBe(true);
  });
});
