import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, errorCode, gql, mustAt, type GraphQLResponse } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { seedJourney } from './support/fixtures.ts';

/**
 * Internships (tirocini) through the gateway: seed 003 2Cc/3Bc and seed 004 "Attivazione del tirocinio" (agreement,
 * individual training project, dossier, attestation at the end), the national guidelines' maximum duration, who sees
 * and writes them, and a hire that follows from one.
 */
let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let promoter: string;
let promoterId: string;
let notPromoting: string;
let notInCharge: string;
let otherEmployerId: string;
let internshipId: string;

const call = (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  gql(graph.gatewayUrl, token, query, variables);
const ok = mustAt(() => graph.gatewayUrl);
const rule = (response: GraphQLResponse) => [errorCode(response), response.errors?.[0]?.extensions?.['rule']];

const sign =
  'mutation ($input: SignInternshipAgreementInput!) { signInternshipAgreement(input: $input) { id status maxDurationMonths agreementSignedOn promoter { id } host { id } serviceStandard { code } } }';
const approve =
  'mutation ($input: ApproveInternshipProjectInput!) { approveInternshipProject(input: $input) { id status project { objectives plannedStartOn plannedEndOn weeklyHours promoterTutor { name role } hostTutor { name role } approvedOn } } }';
const start = 'mutation ($input: StartInternshipInput!) { startInternship(input: $input) { id status startedOn } }';
const end =
  'mutation ($input: EndInternshipInput!) { endInternship(input: $input) { id status endedOn endReason endNote } }';
const dossier =
  'mutation ($input: AddInternshipDossierEntryInput!) { addInternshipDossierEntry(input: $input) { id dossier { entryOn activity competences recordedBy } } }';
const attest =
  'mutation ($input: IssueInternshipAttestationInput!) { issueInternshipAttestation(input: $input) { id status attestation { issuedOn objectives activities results issuedBy } } }';
const read = 'query ($id: ID!) { internship(id: $id) { id status person { id } } }';

const agreement = (key: string, extra: Record<string, unknown> = {}) => ({
  input: {
    idempotencyKey: key,
    personId: world.personId,
    hostEmployerId: world.employerId,
    serviceCode: '3Bc',
    agreementReference: 'CONV-2025-017',
    signedOn: '2025-03-01',
    ...extra,
  },
});
const project = (id: string, extra: Record<string, unknown> = {}) => ({
  input: {
    internshipId: id,
    objectives: ['Gestione del magazzino', 'Uso del gestionale'],
    plannedStartOn: '2025-03-10',
    plannedEndOn: '2025-09-09',
    weeklyHours: 25,
    promoterTutor: { name: 'Giulia Sala', role: 'Tutor ente promotore' },
    hostTutor: { name: 'Paolo Riva', role: 'Responsabile logistica' },
    approvedOn: '2025-03-05',
    ...extra,
  },
});

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  const provider = async (name: string, serviceCodes: string[]) =>
    (
      await ok(world.region, 'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }', {
        input: { name, kind: 'ACCREDITED', province: 'MI', serviceCodes, accreditedFrom: '2020-01-01' },
      })
    )['registerProvider'].id as string;
  promoterId = await provider('Ente Tirocini Lavoro', ['2Cc', '3Bc']);
  promoter = await callers.accredited(promoterId);
  notInCharge = await callers.accredited(await provider('Ente Tirocini Senza Persone', ['2Cc', '3Bc']));
  // The world's accredited body has the person in charge but is not accredited for 3Bc, and promotes nothing here.
  notPromoting = world.accredited;
  await ok(world.cpi, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
    input: { personId: world.personId, providerId: promoterId, programme: 'TIROCINIO', startedOn: '2025-02-20' },
  });
  otherEmployerId = (
    await ok(world.cpi, 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
      input: {
        name: 'Altra Azienda S.r.l.',
        fiscalCode: '06363391001',
        kind: 'PRIVATE',
        atecoCode: '47.11',
        province: 'MI',
        sites: [],
      },
    })
  )['registerEmployer'].id;
});

afterAll(() => graph?.[Symbol.asyncDispose]());

describe('internships: agreement, project, start, dossier, end, attestation (seed 003 3Bc, seed 004)', () => {
  it('the promoter records the agreement: 24 months at most for a person on the disability list (guidelines 2017)', async () => {
    const signed = (await ok(promoter, sign, agreement('tir-1')))['signInternshipAgreement'];
    expect(signed).toMatchObject({
      status: 'AGREED',
      maxDurationMonths: 24,
      agreementSignedOn: '2025-03-01',
      promoter: { id: promoterId },
      host: { id: world.employerId },
      serviceStandard: { code: '3Bc' },
    });
    internshipId = signed.id;
    // A retry is the same internship; the key reused for another agreement is a CONFLICT.
    expect((await ok(promoter, sign, agreement('tir-1')))['signInternshipAgreement'].id).toBe(internshipId);
    expect(errorCode(await call(promoter, sign, agreement('tir-1', { signedOn: '2025-03-02' })))).toBe('CONFLICT');
  });

  it('write-time facts: the promoter accredited for 3Bc, the person in its charge, the host existing, 2Cc/3Bc only', async () => {
    expect(rule(await call(notPromoting, sign, agreement('tir-x')))).toEqual([
      'RULE_VIOLATION',
      'PROVIDER_NOT_ACCREDITED',
    ]);
    expect(errorCode(await call(notInCharge, sign, agreement('tir-x')))).toBe('NOT_FOUND');
    expect(errorCode(await call(promoter, sign, agreement('tir-x', { hostEmployerId: 'no-such-employer' })))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await call(promoter, sign, agreement('tir-x', { serviceCode: '3Bd' })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await call(await callers.employer(world.employerId), sign, agreement('tir-x')))).toBe('FORBIDDEN');
  });

  it('steps in order: no start before the project, no attestation before the end', async () => {
    expect(rule(await call(promoter, start, { input: { internshipId, startedOn: '2025-03-10' } }))).toEqual([
      'RULE_VIOLATION',
      'INTERNSHIP_STEP_OUT_OF_ORDER',
    ]);
    expect(
      rule(
        await call(promoter, attest, {
          input: { internshipId, issuedOn: '2025-09-10', activities: 'Magazzino', results: 'Autonomia' },
        }),
      ),
    ).toEqual(['RULE_VIOLATION', 'INTERNSHIP_STEP_OUT_OF_ORDER']);
  });

  it('guidelines 2017 par. 4: 10 Mar 2025 + 24 months ends by 9 Mar 2027; one day more is refused', async () => {
    expect(rule(await call(promoter, approve, project(internshipId, { plannedEndOn: '2027-03-10' })))).toEqual([
      'RULE_VIOLATION',
      'INTERNSHIP_MAX_DURATION',
    ]);
    expect(errorCode(await call(promoter, approve, project(internshipId, { approvedOn: '2025-02-28' })))).toBe(
      'BAD_USER_INPUT',
    );
    const approved = (await ok(promoter, approve, project(internshipId)))['approveInternshipProject'];
    expect(approved).toMatchObject({
      status: 'PROJECT_APPROVED',
      project: {
        objectives: ['Gestione del magazzino', 'Uso del gestionale'],
        plannedStartOn: '2025-03-10',
        plannedEndOn: '2025-09-09',
        weeklyHours: 25,
        promoterTutor: { name: 'Giulia Sala', role: 'Tutor ente promotore' },
        hostTutor: { name: 'Paolo Riva', role: 'Responsabile logistica' },
        approvedOn: '2025-03-05',
      },
    });
    // The same project again is a retry; another one is a CONFLICT, never a rewrite.
    expect((await ok(promoter, approve, project(internshipId)))['approveInternshipProject'].status).toBe(
      'PROJECT_APPROVED',
    );
    expect(errorCode(await call(promoter, approve, project(internshipId, { weeklyHours: 30 })))).toBe('CONFLICT');
  });

  it('starts, the CPI of the province adds to the dossier, the promoter reports the tutoring (3Bc)', async () => {
    expect(errorCode(await call(promoter, start, { input: { internshipId, startedOn: '2025-03-09' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await ok(promoter, start, { input: { internshipId, startedOn: '2025-03-10' } }))['startInternship'],
    ).toEqual({
      id: internshipId,
      status: 'STARTED',
      startedOn: '2025-03-10',
    });
    const entry = { internshipId, entryOn: '2025-04-15', activity: 'Inventario di reparto', competences: ['Picking'] };
    const added = (await ok(world.cpi, dossier, { input: entry }))['addInternshipDossierEntry'];
    expect(added.dossier).toEqual([
      {
        entryOn: '2025-04-15',
        activity: 'Inventario di reparto',
        competences: ['Picking'],
        recordedBy: `operator@${world.cpiId}`,
      },
    ]);
    expect((await ok(world.cpi, dossier, { input: entry }))['addInternshipDossierEntry'].dossier).toHaveLength(1);
    expect(errorCode(await call(world.cpi, dossier, { input: { ...entry, entryOn: '2025-03-09' } }))).toBe(
      'BAD_USER_INPUT',
    );
    await ok(
      promoter,
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'tir-tutoring-1',
          personId: world.personId,
          serviceCode: '3Bc',
          deliveredOn: '2025-04-15',
          minutes: 120,
          modality: 'INTERVIEWS_MEETINGS_AND_TUTORING',
        },
      },
    );
    const linked = (
      await ok(
        promoter,
        'query ($id: ID!) { internship(id: $id) { deliveries { minutes serviceStandard { code } } } }',
        { id: internshipId },
      )
    )['internship'];
    expect(linked.deliveries).toEqual([{ minutes: 120, serviceStandard: { code: '3Bc' } }]);
  });

  it('the host sees but does not write; ends on the planned end; the attestation comes on or after the end', async () => {
    const host = await callers.employer(world.employerId);
    expect(
      errorCode(await call(host, end, { input: { internshipId, endedOn: '2025-09-09', reason: 'COMPLETED' } })),
    ).toBe('FORBIDDEN');
    expect(
      rule(await call(promoter, end, { input: { internshipId, endedOn: '2025-09-10', reason: 'COMPLETED' } })),
    ).toEqual(['RULE_VIOLATION', 'INTERNSHIP_END_AFTER_PROJECT']);
    expect(
      (await ok(promoter, end, { input: { internshipId, endedOn: '2025-09-09', reason: 'COMPLETED' } }))[
        'endInternship'
      ],
    ).toMatchObject({ status: 'COMPLETED', endedOn: '2025-09-09', endReason: 'COMPLETED' });
    const attestation = { internshipId, issuedOn: '2025-09-08', activities: 'Inventari, picking', results: 'Autonomo' };
    expect(rule(await call(promoter, attest, { input: attestation }))).toEqual([
      'RULE_VIOLATION',
      'INTERNSHIP_ATTESTATION_BEFORE_END',
    ]);
    const issued = (await ok(promoter, attest, { input: { ...attestation, issuedOn: '2025-09-12' } }))[
      'issueInternshipAttestation'
    ];
    expect(issued.attestation).toEqual({
      issuedOn: '2025-09-12',
      objectives: ['Gestione del magazzino', 'Uso del gestionale'],
      activities: 'Inventari, picking',
      results: 'Autonomo',
      issuedBy: `operator@${promoterId}`,
    });
    expect(
      errorCode(await call(promoter, attest, { input: { ...attestation, issuedOn: '2025-09-12', results: 'Altro' } })),
    ).toBe('CONFLICT');
  });

  it('who sees it: promoter, CPI of the province, host, person; not another employer, body, province or the Region', async () => {
    const sees = async (token: string) => (await call(token, read, { id: internshipId })).data?.['internship'] ?? null;
    for (const token of [
      promoter,
      world.cpi,
      await callers.employer(world.employerId),
      await callers.citizen(world.personId),
    ])
      expect(await sees(token)).toMatchObject({ id: internshipId, status: 'COMPLETED' });
    for (const token of [
      await callers.employer(otherEmployerId),
      notPromoting,
      notInCharge,
      await callers.cpi('TO'),
      world.region,
    ])
      expect(await sees(token)).toBeNull();
    const hosted = (
      await ok(
        await callers.employer(world.employerId),
        'query ($id: ID!) { employer(id: $id) { internships { id } } }',
        {
          id: world.employerId,
        },
      )
    )['employer'].internships;
    expect(hosted).toEqual([{ id: internshipId }]);
    const ofPerson = (
      await ok(world.cpi, 'query ($id: ID!) { person(id: $id) { internships { id status } } }', { id: world.personId })
    )['person'].internships;
    expect(ofPerson).toEqual([{ id: internshipId, status: 'COMPLETED' }]);
  });

  it('a hire follows from it: the same person at the host, linked both ways; another employer cannot claim it', async () => {
    const record =
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id internship { id status } } }';
    const hire = {
      idempotencyKey: 'tir-hire-1',
      personId: world.personId,
      employerId: world.employerId,
      contract: 'PERMANENT',
      startedOn: '2025-09-15',
      countsTowardQuota: false,
      internshipId,
    };
    expect(
      errorCode(
        await call(promoter, record, { input: { ...hire, idempotencyKey: 'tir-hire-x', employerId: otherEmployerId } }),
      ),
    ).toBe('BAD_USER_INPUT');
    const placement = (await ok(promoter, record, { input: hire }))['recordPlacement'];
    expect(placement.internship).toEqual({ id: internshipId, status: 'COMPLETED' });
    const back = (
      await ok(
        await callers.employer(world.employerId),
        'query ($id: ID!) { internship(id: $id) { placements { id } } }',
        {
          id: internshipId,
        },
      )
    )['internship'];
    expect(back.placements).toEqual([{ id: placement.id }]);
  });

  it('an interrupted internship says why and gets no attestation', async () => {
    const id = (await ok(promoter, sign, agreement('tir-2', { signedOn: '2025-10-01' })))['signInternshipAgreement'].id;
    await ok(
      promoter,
      approve,
      project(id, { approvedOn: '2025-10-02', plannedStartOn: '2025-10-06', plannedEndOn: '2026-04-05' }),
    );
    await ok(promoter, start, { input: { internshipId: id, startedOn: '2025-10-06' } });
    expect(
      errorCode(
        await call(promoter, end, { input: { internshipId: id, endedOn: '2025-11-14', reason: 'INTERRUPTED' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    const interrupted = (
      await ok(promoter, end, {
        input: { internshipId: id, endedOn: '2025-11-14', reason: 'INTERRUPTED', note: 'Rinuncia del tirocinante' },
      })
    )['endInternship'];
    expect(interrupted).toMatchObject({ status: 'INTERRUPTED', endNote: 'Rinuncia del tirocinante' });
    expect(
      rule(
        await call(promoter, attest, {
          input: { internshipId: id, issuedOn: '2025-11-20', activities: 'Accoglienza', results: 'Nessuno' },
        }),
      ),
    ).toEqual(['RULE_VIOLATION', 'INTERNSHIP_STEP_OUT_OF_ORDER']);
  });

  it('indicators: the CPI of the province reads its internships by start year; the Region gets the cell suppressed', async () => {
    const query =
      'query ($q: IndicatorQuery!) { indicators(query: $q) { internships { measureNames cells { period people suppressed suppression measures { name value } } } } }';
    const q = { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR' };
    const cpi = (await ok(world.cpi, query, { q }))['indicators'].internships;
    expect(cpi.measureNames).toEqual(['started', 'completed', 'interrupted', 'attested']);
    const measures = Object.fromEntries(
      cpi.cells[0].measures.map((m: { name: string; value: number }) => [m.name, m.value]),
    );
    expect(cpi.cells[0]).toMatchObject({ period: '2025', people: 1, suppressed: false });
    expect(measures).toEqual({ started: 2, completed: 1, interrupted: 1, attested: 1 });
    // One person: a small cell for the Region (DOMAIN.md Monitoring), whatever it asks.
    const region = (await ok(world.region, query, { q }))['indicators'].internships;
    expect(region.cells[0]).toMatchObject({ period: '2025', people: null, suppressed: true, suppression: 'PRIMARY' });
  });

  // After the indicators above, so their 2025 counts stay as they were: this internship starts in 2026.
  it('proroga: the promoter extends a started internship with a reason, within 24 months from the start (guidelines 2017 par. 4)', async () => {
    const extend =
      'mutation ($input: ExtendInternshipInput!) { extendInternship(input: $input) { id currentEndOn project { plannedEndOn } extensions { previousEndOn newEndOn agreedOn reason recordedBy } } }';
    const id = (await ok(promoter, sign, agreement('tir-3', { signedOn: '2026-01-05' })))['signInternshipAgreement'].id;
    await ok(
      promoter,
      approve,
      project(id, { approvedOn: '2026-01-07', plannedStartOn: '2026-01-12', plannedEndOn: '2026-06-30' }),
    );
    const ask = (extra: Record<string, unknown> = {}) => ({
      input: {
        internshipId: id,
        newEndOn: '2026-12-31',
        agreedOn: '2026-06-20',
        reason: 'Completare il modulo',
        ...extra,
      },
    });
    // Not before it starts.
    expect(rule(await call(promoter, extend, ask()))).toEqual(['RULE_VIOLATION', 'INTERNSHIP_STEP_OUT_OF_ORDER']);
    await ok(promoter, start, { input: { internshipId: id, startedOn: '2026-01-12' } });
    // The promoter only: the CPI of the province and the host see it but do not extend it; another body does not know it.
    expect(errorCode(await call(world.cpi, extend, ask()))).toBe('FORBIDDEN');
    expect(errorCode(await call(await callers.employer(world.employerId), extend, ask()))).toBe('FORBIDDEN');
    expect(errorCode(await call(notInCharge, extend, ask()))).toBe('NOT_FOUND');
    // Agreed on the day of the current end: yes; the day after, the internship has run its term.
    expect(rule(await call(promoter, extend, ask({ agreedOn: '2026-07-01' })))).toEqual([
      'RULE_VIOLATION',
      'INTERNSHIP_EXTENSION_AFTER_END',
    ]);
    // 12 Jan 2026 + 24 months: the last day is 11 Jan 2028, the day after is refused.
    expect(rule(await call(promoter, extend, ask({ newEndOn: '2028-01-12' })))).toEqual([
      'RULE_VIOLATION',
      'INTERNSHIP_MAX_DURATION',
    ]);
    expect(errorCode(await call(promoter, extend, ask({ newEndOn: '2026-06-30' })))).toBe('BAD_USER_INPUT');
    const extended = (await ok(promoter, extend, ask({ agreedOn: '2026-06-30' })))['extendInternship'];
    expect(extended).toMatchObject({
      currentEndOn: '2026-12-31',
      // The approved project keeps the end it was approved with; the extension is its own row.
      project: { plannedEndOn: '2026-06-30' },
      extensions: [
        {
          previousEndOn: '2026-06-30',
          newEndOn: '2026-12-31',
          agreedOn: '2026-06-30',
          reason: 'Completare il modulo',
          recordedBy: `operator@${promoterId}`,
        },
      ],
    });
    // A retry answers the same; the same end for another reason is a CONFLICT.
    expect((await ok(promoter, extend, ask({ agreedOn: '2026-06-30' })))['extendInternship'].extensions).toHaveLength(
      1,
    );
    expect(errorCode(await call(promoter, extend, ask({ agreedOn: '2026-06-30', reason: 'Altro' })))).toBe('CONFLICT');
    // A second extension up to the last day of the maximum.
    const twice = (await ok(promoter, extend, ask({ newEndOn: '2028-01-11', agreedOn: '2026-09-01' })))[
      'extendInternship'
    ];
    expect(twice.currentEndOn).toBe('2028-01-11');
    expect(twice.extensions.map((e: { newEndOn: string }) => e.newEndOn)).toEqual(['2026-12-31', '2028-01-11']);
    // Whoever sees the internship sees its extensions: the host, the CPI of the province.
    for (const token of [await callers.employer(world.employerId), world.cpi]) {
      const seen = (
        await ok(token, 'query ($id: ID!) { internship(id: $id) { currentEndOn extensions { newEndOn reason } } }', {
          id,
        })
      )['internship'];
      expect(seen.extensions).toHaveLength(2);
    }
    // The end may now come after the project's planned end; once ended, no extension.
    expect(
      (await ok(promoter, end, { input: { internshipId: id, endedOn: '2026-09-30', reason: 'COMPLETED' } }))[
        'endInternship'
      ],
    ).toMatchObject({ status: 'COMPLETED', endedOn: '2026-09-30' });
    expect(rule(await call(promoter, extend, ask({ newEndOn: '2028-01-10', agreedOn: '2026-09-30' })))).toEqual([
      'RULE_VIOLATION',
      'INTERNSHIP_STEP_OUT_OF_ORDER',
    ]);
  });
});
