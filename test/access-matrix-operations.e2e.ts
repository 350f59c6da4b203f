import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, parse, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode, vatCheckDigit } from '@reg/identifiers';
import { callers, dataOf, gql, tokenFor, type GraphQLResponse } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { everyone, expectRow, outcome, type Caller, type Expected, type Outcome } from './support/access-matrix.ts';
import { seedJourney } from './support/fixtures.ts';

/**
 * Every root field of the supergraph as every kind of caller, through the gateway; then each
 * entity that carries data about people or employers through a direct `_entities` call to its owning subgraph.
 * Each expected row is read from the owning subgraph's rules (services/<svc>/src/rules/access.ts and the
 * resolver's guards) against DESIGN.md "Identity and access". Mutations get fresh inputs for each caller, so that
 * one caller's success (an idempotency key, a unique row, a closed path) never decides what the next one gets.
 */
let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let tokens: Record<Caller, string | null>;
const ids = {} as Record<
  | 'delivery'
  | 'path'
  | 'vacancy'
  | 'placement'
  | 'employerService'
  | 'followUp'
  | 'internship'
  | 'enrolment'
  | 'takeInCharge'
  | 'pact'
  | 'plan'
  | 'otherAccredited'
  | 'otherEmployer'
  | 'otherPerson'
  | 'personFiscalCode',
  string
>;

let sequence = 0;
const next = () => (sequence += 1);

const must = async (query: string, variables: Record<string, unknown> = {}, token: string = world.cpi) =>
  dataOf(await gql(graph.gatewayUrl, token, query, variables), query);

/** A person of the CPI's province (MI) whom the accredited body of the world has in charge, with a DID unless told. */
async function personInCharge({ declared = true } = {}): Promise<{ id: string; fiscalCode: string }> {
  const n = next();
  const birthDate = new Date(Date.UTC(1975, 0, 1 + n * 41)).toISOString().slice(0, 10);
  const fiscalCode = encodePersonFiscalCode({
    givenName: 'Paola',
    familyName: 'Matrice',
    birthDate,
    sex: 'F',
    birthPlaceCode: 'F205',
  });
  const { registerPerson } = await must(
    'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    {
      input: {
        fiscalCode,
        givenName: 'Paola',
        familyName: 'Matrice',
        birthDate,
        sex: 'F',
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      },
    },
  );
  await takeInCharge(registerPerson.id, `Dote ${n}`);
  if (declared) await declareUnemployment(registerPerson.id, '2025-01-02');
  return { id: registerPerson.id, fiscalCode };
}

/** A DID on record, so the person may enrol (L. 68/1999 art. 8 c.1) and sign a pact (D.Lgs. 150/2015 art. 20). */
async function declareUnemployment(personId: string, declaredOn: string): Promise<void> {
  await must('mutation ($input: DeclareUnemploymentInput!) { declareUnemployment(input: $input) { id } }', {
    input: { personId, declaredOn, reference: `DID-${declaredOn}-${personId.slice(0, 8)}` },
  });
}

async function takeInCharge(personId: string, programme: string): Promise<string> {
  const { takeInCharge: row } = await must(
    'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }',
    {
      input: { personId, providerId: world.accreditedId, programme, startedOn: '2025-05-01' },
    },
  );
  return row.id;
}

async function submitEnrolment(personId: string, submittedOn = '2025-05-01'): Promise<string> {
  const { submitEnrolment: row } = await must(
    'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }',
    {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn,
        category: 'CIVIL_INVALID',
        invalidityPercent: 70,
      },
    },
  );
  return row.id;
}

/** A person of MI with an accepted enrolment in the disability list (accepted 10 May 2025). */
/** A move of an accepted person's enrolment asked by the CPI of another province, still pending. */
async function pendingTransfer(): Promise<{ personId: string; transferId: string }> {
  const person = await acceptedPerson();
  const { requestEnrolmentTransfer } = await must(
    'mutation ($input: RequestEnrolmentTransferInput!) { requestEnrolmentTransfer(input: $input) { id } }',
    { input: { fiscalCode: person.fiscalCode, list: 'DISABILITY', requestedOn: '2025-06-01' } },
    tokens.cpiOtherProvince!,
  );
  return { personId: person.id, transferId: requestEnrolmentTransfer.id };
}

async function acceptedPerson(): Promise<{ id: string; fiscalCode: string }> {
  const person = await personInCharge();
  const enrolmentId = await submitEnrolment(person.id);
  await must('mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
    input: { enrolmentId, to: 'ACCEPTED', on: '2025-05-10' },
  });
  return person;
}

const completePact = (personId: string) => ({
  personId,
  responsibleOperator: 'Anna Ferri',
  employabilityProfile: 'Media distanza dal mercato del lavoro',
  searchActs: [{ act: 'Almeno 3 candidature', timing: 'ogni mese' }],
  contactFrequency: 'Ogni 30 giorni',
  searchProof: 'Copia delle candidature',
  availableForWorkshops: true,
  availableForTraining: true,
  availableForSuitableOffers: true,
});

async function savePact(personId: string): Promise<string> {
  return (
    await must('mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }', {
      input: completePact(personId),
    })
  )['saveServicePact'].id;
}

/** A placement recorded by the accredited body in charge of the world's person, hired by the world's employer. */
async function placement(): Promise<string> {
  const { recordPlacement } = await must(
    'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
    {
      input: {
        idempotencyKey: `matrix-placement-${next()}`,
        personId: world.personId,
        employerId: world.employerId,
        contract: 'PERMANENT',
        startedOn: '2025-03-03',
        countsTowardQuota: false,
      },
    },
    world.accredited,
  );
  return recordPlacement.id;
}

/** Promotes internships for the matrix: an accredited body for 3Bc with the world's person in charge (made once). */
let internshipPromoter: Promise<string> | undefined;
const promoterToken = () =>
  (internshipPromoter ??= (async () => {
    const { registerProvider } = await must(
      'mutation { registerProvider(input: { name: "Ente Tirocini Matrice", kind: ACCREDITED, province: "MI", serviceCodes: ["3Bc"], accreditedFrom: "2020-01-01" }) { id } }',
      {},
      world.region,
    );
    await must('mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
      input: {
        personId: world.personId,
        providerId: registerProvider.id,
        programme: 'Tirocinio',
        startedOn: '2025-02-20',
      },
    });
    return callers.accredited(registerProvider.id);
  })());

/** The steps after the agreement, in order: an internship is taken through the first `n` of them. */
const internshipSteps = (id: string): Array<[string, Record<string, unknown>]> => [
  [
    'mutation ($input: ApproveInternshipProjectInput!) { approveInternshipProject(input: $input) { id } }',
    { ...internshipProject, internshipId: id },
  ],
  [
    'mutation ($input: StartInternshipInput!) { startInternship(input: $input) { id } }',
    { internshipId: id, startedOn: '2025-03-10' },
  ],
  [
    'mutation ($input: EndInternshipInput!) { endInternship(input: $input) { id } }',
    { internshipId: id, endedOn: '2025-09-09', reason: 'COMPLETED' },
  ],
];

/** An internship of the world's person hosted by the world's employer, promoted by that body, `steps` steps on. */
async function internship(steps: 0 | 1 | 2 | 3): Promise<string> {
  const token = await promoterToken();
  const id = (
    await must(
      'mutation ($input: SignInternshipAgreementInput!) { signInternshipAgreement(input: $input) { id } }',
      { input: internshipAgreement(`matrix-internship-${next()}`) },
      token,
    )
  )['signInternshipAgreement'].id as string;
  for (const [document, input] of internshipSteps(id).slice(0, steps)) await must(document, { input }, token);
  return id;
}

const internshipAgreement = (idempotencyKey: string) => ({
  idempotencyKey,
  personId: world.personId,
  hostEmployerId: world.employerId,
  serviceCode: '3Bc',
  agreementReference: 'CONV-MATRICE',
  signedOn: '2025-03-01',
});
const internshipProject = {
  objectives: ['Magazzino'],
  plannedStartOn: '2025-03-10',
  plannedEndOn: '2025-09-09',
  weeklyHours: 20,
  promoterTutor: { name: 'Giulia Sala' },
  hostTutor: { name: 'Paolo Riva' },
  approvedOn: '2025-03-05',
};

async function vacancy(): Promise<string> {
  const { openVacancy } = await must('mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }', {
    input: {
      employerId: world.employerId,
      title: `Magazziniere ${next()}`,
      province: 'MI',
      positions: 1,
      openedOn: '2025-01-10',
    },
  });
  return openVacancy.id;
}

/** The site the journey's employer registered with (Milan). */
async function employerSite(): Promise<string> {
  const { employer } = await must('query ($id: ID!) { employer(id: $id) { sites { id } } }', { id: world.employerId });
  return employer.sites[0].id;
}

/** A 4C matching service of 5 hours (seed 003: 4 to 8) to the world's employer. */
const employerServiceInput = (idempotencyKey: string) => ({
  idempotencyKey,
  employerId: world.employerId,
  serviceCode: '4C',
  deliveredOn: '2025-04-10',
  minutes: 300,
  modality: 'MATCHING_ACTIVITIES',
});

/** An 11-digit VAT number that passes the check digit, different on each call. */
const freshVatNumber = () => {
  const first10 = `${String(4200000 + next()).padStart(7, '0')}015`;
  return first10 + vatCheckDigit(first10);
};

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  ids.otherAccredited = (
    await must(
      'mutation { registerProvider(input: { name: "Ente Senza Persone", kind: ACCREDITED, province: "MI", serviceCodes: ["3A"], accreditedFrom: "2020-01-01" }) { id } }',
      {},
      world.region,
    )
  )['registerProvider'].id;
  ids.otherEmployer = (
    await must('mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
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
  const nadia = encodePersonFiscalCode({
    givenName: 'Nadia',
    familyName: 'Villa',
    birthDate: '1991-01-01',
    sex: 'F',
    birthPlaceCode: 'F205',
  });
  ids.otherPerson = (
    await must('mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: {
        fiscalCode: nadia,
        givenName: 'Nadia',
        familyName: 'Villa',
        birthDate: '1991-01-01',
        sex: 'F',
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      },
    })
  )['registerPerson'].id;
  ids.personFiscalCode = world.personInput.fiscalCode;

  const delivery = await must(
    'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id path { id } } }',
    {
      input: {
        idempotencyKey: 'matrix-1',
        personId: world.personId,
        serviceCode: '3A',
        deliveredOn: '2025-03-01',
        minutes: 50,
        modality: 'INDIVIDUAL_INTERVIEW',
      },
    },
    world.accredited,
  );
  ids.delivery = delivery['reportServiceDelivery'].id;
  ids.path = delivery['reportServiceDelivery'].path.id;
  ids.vacancy = await vacancy();
  // A 4C matching service to the world's employer, by the CPI of its province (seed 003, area 4).
  ids.employerService = (
    await must(
      'mutation ($input: ReportEmployerServiceDeliveryInput!) { reportEmployerServiceDelivery(input: $input) { id } }',
      { input: employerServiceInput('matrix-main-employer-service') },
    )
  )['reportEmployerServiceDelivery'].id;
  // Counts toward the quota (pending: an accredited body records it); started long enough ago for follow-ups to be due.
  ids.placement = (
    await must(
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'matrix-main-placement',
          personId: world.personId,
          employerId: world.employerId,
          vacancyId: ids.vacancy,
          contract: 'PERMANENT',
          startedOn: '2025-03-03',
          countsTowardQuota: true,
        },
      },
      world.accredited,
    )
  )['recordPlacement'].id;
  ids.followUp = (
    await must(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }',
      {
        input: {
          placementId: ids.placement,
          milestoneMonths: 3,
          checkedOn: '2025-06-05',
          stillEmployed: true,
          sameEmployer: true,
        },
      },
      world.accredited,
    )
  )['recordFollowUp'].id;
  // 60 workers in 2024 (quota 4, nothing covered) and no 2025 report by 31 January 2026: ranked and late.
  await must('mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }', {
    input: {
      employerId: world.employerId,
      year: 2024,
      submittedOn: '2025-01-20',
      workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
    },
  });
  // An application never decided: late for the CPI (L. 241/1990 art. 2).
  await submitEnrolment((await personInCharge()).id, '2025-01-02');
  const person = await must('query ($id: ID!) { person(id: $id) { enrolments { id } takeInCharges { id } } }', {
    id: world.personId,
  });
  ids.enrolment = person['person'].enrolments[0].id;
  ids.takeInCharge = person['person'].takeInCharges[0].id;
  ids.pact = await savePact(world.personId);
  await must('mutation ($input: FunctionalProfileInput!) { recordFunctionalProfile(input: $input) { version } }', {
    input: {
      personId: world.personId,
      residualCapacities: ['Lavoro sedentario'],
      tasksToAvoid: [],
      compatibleTasks: ['Archivio'],
      workplaceAdjustments: [],
    },
  });
  ids.plan = (
    await must('mutation ($input: ActionPlanInput!) { saveActionPlan(input: $input) { id } }', {
      input: {
        personId: world.personId,
        goals: ['Orientamento'],
        services: [{ serviceCode: '3A', providerId: world.accreditedId, plannedFrom: '2025-03-01' }],
      },
    })
  )['saveActionPlan'].id;

  tokens = {
    anonymous: null,
    cpiOwnProvince: world.cpi,
    cpiOtherProvince: await callers.cpi('BG'),
    accreditedInCharge: world.accredited,
    accreditedNotInCharge: await callers.accredited(ids.otherAccredited),
    employer: await callers.employer(world.employerId),
    otherEmployer: await callers.employer(ids.otherEmployer),
    region: world.region,
    citizenSelf: await callers.citizen(world.personId),
    citizenOther: await callers.citizen(ids.otherPerson),
  };
  ids.internship = await internship(0);
});

afterAll(() => graph?.[Symbol.asyncDispose]());

interface Operation {
  document: string;
  /** One caller's variables; called once per caller, after `setup`, so mutations can create what each attempt needs. */
  variables?: (caller: Caller, fixture: Fixture) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Run once before the callers, as the CPI: the records this operation acts on. */
  setup?: () => Promise<Fixture>;
  /** What counts as the caller getting the record (default: the root field is non-null and non-empty). */
  pick?: (data: Record<string, any>) => unknown;
  /** Answers that carry their refusals inside data (batch rows) say so here. */
  read?: (response: GraphQLResponse) => Outcome;
  expect: Expected;
}

/** The records an operation acts on; `personId` is the person a citizenSelf token stands for (default: the world's). */
type Fixture = { personId?: string } & Record<string, string | undefined>;

const has = (list: Array<Record<string, any>> | undefined, id: () => string, key = 'id') =>
  list?.find((item) => (key === 'id' ? item['id'] : item[key]?.id) === id()) ?? null;

/**
 * People mutations that act on a person's file kept by the CPI (personManagedByCaller, canManageListsOf): the
 * person is looked up with the caller's row rule first, so a caller that cannot see them is told NOT_FOUND (not
 * told the person exists); one that sees them but is not the CPI of the province is FORBIDDEN.
 */
const cpiFileOnly = expectRow('NOT_FOUND', {
  cpiOwnProvince: 'data',
  accreditedInCharge: 'FORBIDDEN',
  citizenSelf: 'FORBIDDEN',
});

/** An internship's steps: providers only (canReport); the promoter's or the person's province's CPI (canManageInternship). */
const internshipStep = expectRow('FORBIDDEN', {
  cpiOwnProvince: 'data',
  cpiOtherProvince: 'NOT_FOUND',
  accreditedInCharge: 'NOT_FOUND',
  accreditedNotInCharge: 'NOT_FOUND',
});

/** Outcomes writes (canReport): providers only; a person the caller may not reach is NOT_FOUND. */
const providerWrite = expectRow('FORBIDDEN', {
  cpiOwnProvince: 'data',
  cpiOtherProvince: 'NOT_FOUND',
  accreditedInCharge: 'data',
  accreditedNotInCharge: 'NOT_FOUND',
});

const auditWindow = { from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' };

const queries: Record<string, Operation> = {
  // The audit logs are the DPO's (scope audit:read), enforced by @requiresScopes before any subgraph is asked.
  catalogueAuditEvents: {
    document: 'query ($from: DateTime!, $to: DateTime!) { catalogueAuditEvents(from: $from, to: $to) { at } }',
    variables: () => auditWindow,
    expect: expectRow('FORBIDDEN'),
  },
  employersAuditEvents: {
    document: 'query ($from: DateTime!, $to: DateTime!) { employersAuditEvents(from: $from, to: $to) { at } }',
    variables: () => auditWindow,
    expect: expectRow('FORBIDDEN'),
  },
  outcomesAuditEvents: {
    document: 'query ($from: DateTime!, $to: DateTime!) { outcomesAuditEvents(from: $from, to: $to) { at } }',
    variables: () => auditWindow,
    expect: expectRow('FORBIDDEN'),
  },
  auditEvents: {
    document: 'query ($from: DateTime!, $to: DateTime!) { auditEvents(from: $from, to: $to) { at } }',
    variables: () => auditWindow,
    expect: expectRow('FORBIDDEN'),
  },

  // The catalogue and the providers' accreditations are reference data for every authenticated caller.
  serviceStandard: { document: '{ serviceStandard(code: "3A") { code } }', expect: expectRow('data') },
  serviceStandards: { document: '{ serviceStandards(area: 3) { code } }', expect: expectRow('data') },
  serviceStandardsOnDates: {
    document:
      'query ($id: ID!) { serviceStandardsOnDates(provider: $id, asks: [{ code: "3A", on: "2025-03-01" }]) { dates { accredited } } }',
    variables: () => ({ id: world.accreditedId }),
    expect: expectRow('data'),
  },
  catalogueVersions: { document: '{ catalogueVersions { id } }', expect: expectRow('data') },
  // The caller's own identity, as every row rule reads it (test/partner.e2e.ts checks each field).
  me: { document: '{ me { subject kind } }', expect: expectRow('data') },
  lepServices: { document: '{ lepServices { letter } }', expect: expectRow('data') },
  provider: {
    document: 'query ($id: ID!) { provider(id: $id) { id name } }',
    variables: () => ({ id: world.accreditedId }),
    expect: expectRow('data'),
  },
  providers: {
    document: '{ providers(province: "MI") { id } }',
    pick: (d) => has(d['providers'], () => world.accreditedId),
    expect: expectRow('data'),
  },

  // The promoter, a CPI of the person's province, the host employer and the person (canSeeInternship).
  internship: {
    setup: async () => ({ id: await internship(0) }),
    document: 'query ($id: ID!) { internship(id: $id) { id } }',
    variables: (_, fixture) => ({ id: fixture['id'] }),
    expect: expectRow('null', { cpiOwnProvince: 'data', employer: 'data', citizenSelf: 'data' }),
  },
  // Employers: the network (CPI, accredited bodies, Region) reads any; an employer its own; a citizen none.
  employer: {
    document: 'query ($id: ID!) { employer(id: $id) { id name } }',
    variables: () => ({ id: world.employerId }),
    expect: expectRow('data', { otherEmployer: 'null', citizenSelf: 'null', citizenOther: 'null' }),
  },
  employers: {
    document: '{ employers(first: 100) { items { id } } }',
    pick: (d) => has(d['employers']?.items, () => world.employerId),
    expect: expectRow('data', { otherEmployer: 'null', citizenSelf: 'FORBIDDEN', citizenOther: 'FORBIDDEN' }),
  },
  // An employer its own vacancies; a job seeker the open ones (vacancyReadScope).
  vacancy: {
    document: 'query ($id: ID!) { vacancy(id: $id) { id } }',
    variables: () => ({ id: ids.vacancy }),
    expect: expectRow('data', { otherEmployer: 'null' }),
  },
  vacancies: {
    document: '{ vacancies(province: "MI") { id } }',
    pick: (d) => has(d['vacancies'], () => ids.vacancy),
    expect: expectRow('data', { otherEmployer: 'null' }),
  },
  // The quota calculator and the dated amounts store nothing and name nobody.
  computeL68Obligation: {
    document:
      '{ computeL68Obligation(input: { registeredOfficeProvince: "MI", workers: [{ count: 60, contract: PERMANENT }] }) { disabledQuota } }',
    expect: expectRow('data'),
  },
  l68Amounts: { document: '{ l68Amounts { kind } }', expect: expectRow('data') },
  // Totals only: the Region too; a CPI only where the employer is present (MI); the employer its own.
  obligationStatus: {
    document: 'query ($id: ID!) { obligationStatus(employerId: $id, province: "MI", on: "2025-06-30") { quota } }',
    variables: () => ({ id: world.employerId }),
    expect: expectRow('null', { cpiOwnProvince: 'data', employer: 'data', region: 'data' }),
  },
  obligationRanking: {
    document: '{ obligationRanking(province: "MI", on: "2025-06-30") { employer { id } } }',
    pick: (d) => has(d['obligationRanking'], () => world.employerId, 'employer'),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', region: 'data' }),
  },
  // Without a province a CPI gets its own (BG has none of them); the Region all.
  lateWorkforceReports: {
    document: '{ lateWorkforceReports(year: 2025, asOf: "2026-02-15") { employer { id } } }',
    pick: (d) => has(d['lateWorkforceReports'], () => world.employerId, 'employer'),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', cpiOtherProvince: 'null', region: 'data' }),
  },

  // Outcomes records: the provider that reported, the CPI of the person's province, the person (canSeeDelivery).
  serviceDelivery: {
    document: 'query ($id: ID!) { serviceDelivery(id: $id) { id minutes } }',
    variables: () => ({ id: ids.delivery }),
    expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' }),
  },
  servicePath: {
    document: 'query ($id: ID!) { servicePath(id: $id) { id totalMinutes } }',
    variables: () => ({ id: ids.path }),
    expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' }),
  },
  // A placement also to the employer that hired (canSeePlacement).
  placement: {
    document: 'query ($id: ID!) { placement(id: $id) { id startedOn } }',
    variables: () => ({ id: ids.placement }),
    expect: expectRow('null', {
      cpiOwnProvince: 'data',
      accreditedInCharge: 'data',
      employer: 'data',
      citizenSelf: 'data',
    }),
  },
  // A service to an employer: the employer itself, the CPI of its province, the reporting provider (canSeeEmployerService).
  employerServiceDelivery: {
    document: 'query ($id: ID!) { employerServiceDelivery(id: $id) { id minutes } }',
    variables: () => ({ id: ids.employerService }),
    expect: expectRow('null', { cpiOwnProvince: 'data', employer: 'data' }),
  },
  followUpWorklist: {
    document: '{ followUpWorklist(on: "2026-04-01", first: 500) { placement { id } milestoneMonths } }',
    pick: (d) => has(d['followUpWorklist'], () => ids.placement, 'placement'),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
    }),
  },

  // People: the CPI of the province, the accredited body in charge, the person themself (canSeePerson).
  person: {
    document: 'query ($id: ID!) { person(id: $id) { id familyName } }',
    variables: () => ({ id: world.personId }),
    expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' }),
  },
  personByFiscalCode: {
    document: 'query ($cf: String!) { personByFiscalCode(fiscalCode: $cf) { id } }',
    variables: () => ({ cf: ids.personFiscalCode }),
    expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' }),
  },
  // Lists of named people never reach the Region, employers or citizens.
  people: {
    document: '{ people(first: 100) { items { id } } }',
    pick: (d) => has(d['people']?.items, () => world.personId),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
    }),
  },
  lateEnrolments: {
    document: '{ lateEnrolments { id } }',
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', cpiOtherProvince: 'null' }),
  },
  // Health data (invalidity in the score): health:read at the gateway, then the CPI's own province.
  rankingList: {
    document: '{ rankingList(list: DISABILITY, referenceDate: "2025-06-30") { entries { person { id } } } }',
    pick: (d) => has(d['rankingList']?.entries, () => world.personId, 'person'),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', cpiOtherProvince: 'null' }),
  },
};

const mutations: Record<string, Operation> = {
  registerProvider: {
    document:
      'mutation ($name: String!) { registerProvider(input: { name: $name, kind: ACCREDITED, province: "MI", serviceCodes: ["3A"], accreditedFrom: "2024-01-01" }) { id } }',
    variables: (caller) => ({ name: `Ente ${caller}` }),
    expect: expectRow('FORBIDDEN', { region: 'data' }),
  },
  // The Region, or a CPI desk of a province where the employer is present (canRegisterEmployer): Milan's, not Bergamo's.
  registerEmployer: {
    document: 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
    variables: (caller) => ({
      input: {
        name: `Azienda ${caller} S.r.l.`,
        fiscalCode: freshVatNumber(),
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [],
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', region: 'data' }),
  },
  // The employer itself or the CPI of the vacancy's province where the employer is present (canManageVacancy); an
  // employer that cannot read the other employer is told NOT_FOUND, as for an absent id.
  openVacancy: {
    document: 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }',
    variables: (caller) => ({
      input: {
        employerId: world.employerId,
        title: `Operaio ${caller}`,
        province: 'MI',
        positions: 1,
        openedOn: '2025-02-01',
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', employer: 'data', otherEmployer: 'NOT_FOUND' }),
  },
  // Bulk loading, as registerEmployer row by row: a CPI of another province gets its row refused inside data.
  importEmployers: {
    document:
      'mutation ($rows: [RegisterEmployerInput!]!) { importEmployers(rows: $rows) { status employer { id } errors { code } } }',
    variables: (caller) => ({
      rows: [
        {
          name: `Azienda importata ${caller} S.r.l.`,
          fiscalCode: freshVatNumber(),
          kind: 'PRIVATE',
          atecoCode: '25.62',
          province: 'MI',
          sites: [],
        },
      ],
    }),
    read: (response) => {
      const row = response.data?.['importEmployers']?.[0];
      return row?.status === 'REJECTED'
        ? row.errors[0].code
        : outcome(response, (d) => d['importEmployers']?.[0]?.employer);
    },
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', region: 'data' }),
  },
  // As openVacancy row by row: the other employer cannot see this employer (its row NOT_FOUND).
  importVacancies: {
    document:
      'mutation ($rows: [OpenVacancyInput!]!) { importVacancies(rows: $rows) { status vacancy { id } errors { code } } }',
    variables: (caller) => ({
      rows: [
        {
          employerId: world.employerId,
          title: `Operaio ${caller}`,
          province: 'MI',
          positions: 1,
          openedOn: '2025-02-01',
        },
      ],
    }),
    read: (response) => {
      const row = response.data?.['importVacancies']?.[0];
      return row?.status === 'REJECTED'
        ? row.errors[0].code
        : outcome(response, (d) => d['importVacancies']?.[0]?.vacancy);
    },
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', employer: 'data', otherEmployer: 'NOT_FOUND' }),
  },
  // As submitWorkforceReport row by row: the other employer cannot see the employer (its row NOT_FOUND), a CPI of
  // a province where it is not present gets its row FORBIDDEN; the other kinds are refused the whole call.
  importWorkforceReports: {
    document:
      'mutation ($rows: [SubmitWorkforceReportInput!]!) { importWorkforceReports(rows: $rows) { status report { id } errors { code } } }',
    variables: () => ({
      rows: [
        { employerId: world.employerId, year: 2025, workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] } },
      ],
    }),
    read: (response) => {
      const row = response.data?.['importWorkforceReports']?.[0];
      return row?.status === 'REJECTED'
        ? row.errors[0].code
        : outcome(response, (d) => d['importWorkforceReports']?.[0]?.report);
    },
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', employer: 'data', otherEmployer: 'NOT_FOUND' }),
  },
  // Another employer cannot see the vacancy (NOT_FOUND); those who can read it but not manage it are FORBIDDEN.
  closeVacancy: {
    document: 'mutation ($id: ID!) { closeVacancy(id: $id, on: "2025-06-01") { id } }',
    variables: async () => ({ id: await vacancy() }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', employer: 'data', otherEmployer: 'NOT_FOUND' }),
  },
  // As closeVacancy: whoever may manage the employer's vacancies; the other employer cannot see it.
  setVacancyJobProfile: {
    document:
      'mutation ($id: ID!, $p: JobProfileInput!) { setVacancyJobProfile(vacancyId: $id, jobProfile: $p) { id } }',
    variables: async () => ({
      id: await vacancy(),
      p: {
        tasks: [{ description: 'Magazzino', demands: ['d4300'] }],
        weeklyHours: 30,
        contract: 'PERMANENT',
        siteId: await employerSite(),
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', employer: 'data', otherEmployer: 'NOT_FOUND' }),
  },
  // The employer itself or a CPI where it is present (canSubmitReport); another employer cannot read this one: NOT_FOUND.
  submitWorkforceReport: {
    document: 'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
    variables: () => ({
      input: {
        employerId: world.employerId,
        year: 2025,
        workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', employer: 'data', otherEmployer: 'NOT_FOUND' }),
  },
  // Exemptions, agreements, suspensions: only a CPI of the province where the employer is present (canAuthoriseIn).
  authorisePartialExemption: {
    document: 'mutation ($input: AuthorisePartialExemptionInput!) { authorisePartialExemption(input: $input) { id } }',
    variables: () => ({
      input: {
        employerId: world.employerId,
        province: 'MI',
        percentage: 50,
        validFrom: '2025-06-01',
        validTo: '2025-12-31',
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data' }),
  },
  signAgreement: {
    document: 'mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id } }',
    variables: () => ({
      input: {
        employerId: world.employerId,
        province: 'MI',
        startsOn: '2025-07-01',
        schedule: [{ dueOn: '2025-12-31', hires: 1 }],
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data' }),
  },
  suspendObligation: {
    document: 'mutation ($input: SuspendObligationInput!) { suspendObligation(input: $input) { id } }',
    variables: () => ({
      input: {
        employerId: world.employerId,
        province: 'MI',
        validFrom: '2025-07-01',
        validTo: '2025-09-30',
        legalBasis: 'L. 68/1999 art. 3 c.5: CIGS',
      },
    }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data' }),
  },

  reportServiceDelivery: {
    document: 'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
    variables: (caller) => ({
      input: {
        idempotencyKey: `matrix-report-${caller}`,
        personId: world.personId,
        serviceCode: '3A',
        deliveredOn: '2025-03-02',
        minutes: 45,
        modality: 'INDIVIDUAL_INTERVIEW',
      },
    }),
    expect: providerWrite,
  },
  // The batch answers per row: a refused row carries its code inside data.
  reportServiceDeliveries: {
    document:
      'mutation ($rows: [ReportServiceDeliveryInput!]!) { reportServiceDeliveries(rows: $rows) { status errors { code } } }',
    variables: (caller) => ({
      rows: [
        {
          idempotencyKey: `matrix-batch-${caller}`,
          personId: world.personId,
          serviceCode: '3A',
          deliveredOn: '2025-03-03',
          minutes: 45,
          modality: 'INDIVIDUAL_INTERVIEW',
        },
      ],
    }),
    read: (response) => {
      const row = response.data?.['reportServiceDeliveries']?.[0];
      return row?.status === 'REJECTED' ? row.errors[0].code : outcome(response, (d) => d['reportServiceDeliveries']);
    },
    expect: providerWrite,
  },
  // Each provider opens its own path; 3A GROUP_INTERVIEW is the one both are accredited for and have none open.
  openServicePath: {
    document: 'mutation ($input: OpenServicePathInput!) { openServicePath(input: $input) { id } }',
    variables: () => ({
      input: { personId: world.personId, serviceCode: '3A', modality: 'GROUP_INTERVIEW', openedOn: '2025-03-01' },
    }),
    expect: providerWrite,
  },
  // Only the provider whose path it is: another provider's path looks like no path at all.
  closeServicePath: {
    document: 'mutation ($id: ID!) { closeServicePath(input: { pathId: $id, closedOn: "2025-03-10" }) { id } }',
    // 1A self-consultation has no minimum, so the owner's close succeeds.
    setup: async () => ({
      pathId: (
        await must(
          `mutation { openServicePath(input: { personId: "${world.personId}", serviceCode: "1A", modality: "SELF_CONSULTATION_SPACE", openedOn: "2025-03-01" }) { id } }`,
        )
      )['openServicePath'].id,
    }),
    variables: (_, fixture) => ({ id: fixture['pathId'] }),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'NOT_FOUND',
      accreditedInCharge: 'NOT_FOUND',
      accreditedNotInCharge: 'NOT_FOUND',
    }),
  },
  // The CPI of the employer's province, or an accredited body accredited for the service (the world's body is not for
  // 4C); a CPI of another province sees the employer but may not serve it (employerServiceReporter).
  reportEmployerServiceDelivery: {
    document:
      'mutation ($input: ReportEmployerServiceDeliveryInput!) { reportEmployerServiceDelivery(input: $input) { id } }',
    variables: (caller) => ({ input: employerServiceInput(`matrix-employer-service-${caller}`) }),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      accreditedInCharge: 'RULE_VIOLATION',
      accreditedNotInCharge: 'RULE_VIOLATION',
    }),
  },
  // The batch: the same access as the single report, told per row inside data.
  reportEmployerServiceDeliveries: {
    document:
      'mutation ($rows: [ReportEmployerServiceDeliveryInput!]!) { reportEmployerServiceDeliveries(rows: $rows) { status errors { code } } }',
    variables: (caller) => ({ rows: [employerServiceInput(`matrix-employer-service-batch-${caller}`)] }),
    read: (response) => {
      const row = response.data?.['reportEmployerServiceDeliveries']?.[0];
      return row?.status === 'REJECTED'
        ? row.errors[0].code
        : outcome(response, (d) => d['reportEmployerServiceDeliveries']);
    },
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      accreditedInCharge: 'RULE_VIOLATION',
      accreditedNotInCharge: 'RULE_VIOLATION',
    }),
  },
  // The reporter or the CPI of the employer's province (here the same CPI); the employer sees it but may not withdraw
  // it (canReport first); whoever may not see it is told NOT_FOUND. The same withdrawal again is a retry.
  cancelEmployerServiceDelivery: {
    document:
      'mutation ($input: CancelEmployerServiceDeliveryInput!) { cancelEmployerServiceDelivery(input: $input) { id } }',
    setup: async () => ({
      id: (
        await must(
          'mutation ($input: ReportEmployerServiceDeliveryInput!) { reportEmployerServiceDelivery(input: $input) { id } }',
          { input: { ...employerServiceInput('matrix-employer-service-to-cancel'), deliveredOn: '2025-04-11' } },
        )
      )['reportEmployerServiceDelivery'].id,
    }),
    variables: (_, fixture) => ({ input: { deliveryId: fixture['id'], reason: 'Registrato per errore' } }),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'NOT_FOUND',
      accreditedInCharge: 'NOT_FOUND',
      accreditedNotInCharge: 'NOT_FOUND',
    }),
  },
  // The promoter records the agreement (canReport, then the person as the caller sees them): the world's CPI and
  // accredited body pass the access rules and meet the accreditation rule (neither is accredited for 3Bc);
  // test/internships.e2e.ts records one as an accredited promoter.
  signInternshipAgreement: {
    document: 'mutation ($input: SignInternshipAgreementInput!) { signInternshipAgreement(input: $input) { id } }',
    variables: (caller) => ({ input: internshipAgreement(`matrix-sign-${caller}`) }),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'RULE_VIOLATION',
      cpiOtherProvince: 'NOT_FOUND',
      accreditedInCharge: 'RULE_VIOLATION',
      accreditedNotInCharge: 'NOT_FOUND',
    }),
  },
  // The steps: the promoter (not a matrix caller) or a CPI of the person's province (canManageInternship); the world's
  // accredited body is not the promoter, so it may not know the internship.
  approveInternshipProject: {
    document: 'mutation ($input: ApproveInternshipProjectInput!) { approveInternshipProject(input: $input) { id } }',
    variables: async () => {
      const internshipId = await internship(0);
      return { input: { ...internshipProject, internshipId } };
    },
    expect: internshipStep,
  },
  startInternship: {
    document: 'mutation ($input: StartInternshipInput!) { startInternship(input: $input) { id } }',
    variables: async () => {
      const internshipId = await internship(1);
      return { input: { internshipId, startedOn: '2025-03-10' } };
    },
    expect: internshipStep,
  },
  addInternshipDossierEntry: {
    document: 'mutation ($input: AddInternshipDossierEntryInput!) { addInternshipDossierEntry(input: $input) { id } }',
    variables: async () => {
      const internshipId = await internship(2);
      return { input: { internshipId, entryOn: '2025-04-01', activity: 'Accoglienza' } };
    },
    expect: internshipStep,
  },
  // The promoter only (not a matrix caller): the CPI of the person's province sees the internship but does not
  // extend another's agreement; whoever may not see it is told NOT_FOUND.
  extendInternship: {
    document: 'mutation ($input: ExtendInternshipInput!) { extendInternship(input: $input) { id } }',
    variables: async () => {
      const internshipId = await internship(2);
      return { input: { internshipId, newEndOn: '2025-12-31', agreedOn: '2025-09-01', reason: 'Completare' } };
    },
    expect: expectRow('FORBIDDEN', {
      cpiOtherProvince: 'NOT_FOUND',
      accreditedInCharge: 'NOT_FOUND',
      accreditedNotInCharge: 'NOT_FOUND',
    }),
  },
  endInternship: {
    document: 'mutation ($input: EndInternshipInput!) { endInternship(input: $input) { id } }',
    variables: async () => {
      const internshipId = await internship(2);
      return { input: { internshipId, endedOn: '2025-09-09', reason: 'COMPLETED' } };
    },
    expect: internshipStep,
  },
  issueInternshipAttestation: {
    document:
      'mutation ($input: IssueInternshipAttestationInput!) { issueInternshipAttestation(input: $input) { id } }',
    variables: async () => {
      const internshipId = await internship(3);
      return { input: { internshipId, issuedOn: '2025-09-10', activities: 'Magazzino', results: 'Autonomia' } };
    },
    expect: internshipStep,
  },
  recordPlacement: {
    document: 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
    variables: (caller) => ({
      input: {
        idempotencyKey: `matrix-place-${caller}`,
        personId: world.personId,
        employerId: world.employerId,
        contract: 'PERMANENT',
        startedOn: '2025-04-01',
        countsTowardQuota: false,
      },
    }),
    expect: providerWrite,
  },
  // As recordPlacement row by row: the callers who cannot see the person get their row NOT_FOUND.
  recordPlacements: {
    document:
      'mutation ($rows: [RecordPlacementInput!]!) { recordPlacements(rows: $rows) { status placement { id } errors { code } } }',
    variables: (caller) => ({
      rows: [
        {
          idempotencyKey: `matrix-places-${caller}`,
          personId: world.personId,
          employerId: world.employerId,
          contract: 'PERMANENT',
          startedOn: '2025-04-01',
          countsTowardQuota: false,
        },
      ],
    }),
    read: (response) => {
      const row = response.data?.['recordPlacements']?.[0];
      return row?.status === 'REJECTED'
        ? row.errors[0].code
        : outcome(response, (d) => d['recordPlacements']?.[0]?.placement);
    },
    expect: providerWrite,
  },
  // The organisation that recorded the placement or a CPI of the person's province (canManagePlacement).
  endPlacement: {
    document: 'mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id } }',
    variables: async () => ({
      input: { placementId: await placement(), endedOn: '2025-09-30', reason: 'RESIGNATION' },
    }),
    expect: providerWrite,
  },
  recordFollowUp: {
    document: 'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }',
    variables: async () => ({
      input: {
        placementId: await placement(),
        milestoneMonths: 3,
        checkedOn: '2025-06-05',
        stillEmployed: true,
        sameEmployer: true,
      },
    }),
    expect: providerWrite,
  },

  // Only the CPI of the province of residence (canManageListsOf), which no row rule stands in front of.
  registerPerson: {
    document: 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    variables: () => {
      const birthDate = new Date(Date.UTC(1980, 0, 1 + next() * 43)).toISOString().slice(0, 10);
      return {
        input: {
          fiscalCode: encodePersonFiscalCode({
            givenName: 'Mario',
            familyName: 'Registro',
            birthDate,
            sex: 'M',
            birthPlaceCode: 'F205',
          }),
          givenName: 'Mario',
          familyName: 'Registro',
          birthDate,
          sex: 'M',
          residenceProvince: 'MI',
          residenceMunicipality: 'F205',
        },
      };
    },
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data' }),
  },
  // Bulk loading: a CPI (scope people:write) for people of its province; the call answers per row, so another
  // province's CPI gets the row refused inside data; every other kind is refused the whole call.
  importPeople: {
    document:
      'mutation ($rows: [PersonImportInput!]!) { importPeople(rows: $rows) { status person { id } errors { code } } }',
    variables: () => {
      const birthDate = new Date(Date.UTC(1981, 0, 1 + next() * 43)).toISOString().slice(0, 10);
      const person = { givenName: 'Maria', familyName: 'Caricata', birthDate, sex: 'F' as const };
      return {
        rows: [
          {
            person: {
              ...person,
              fiscalCode: encodePersonFiscalCode({ ...person, birthPlaceCode: 'F205' }),
              residenceProvince: 'MI',
              residenceMunicipality: 'F205',
            },
          },
        ],
      };
    },
    read: (response) => {
      const row = response.data?.['importPeople']?.[0];
      return row?.status === 'REJECTED' ? row.errors[0].code : outcome(response, (d) => d['importPeople']?.[0]?.person);
    },
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data' }),
  },
  submitEnrolment: {
    document: 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }',
    setup: async () => ({ personId: (await personInCharge()).id }),
    variables: (_, { personId }) => ({
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2025-05-01',
        category: 'CIVIL_INVALID',
        invalidityPercent: 70,
      },
    }),
    expect: cpiFileOnly,
  },
  changeEnrolmentStatus: {
    document: 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status } }',
    setup: async () => {
      const person = await personInCharge();
      return { personId: person.id, enrolmentId: await submitEnrolment(person.id) };
    },
    variables: (_, { enrolmentId }) => ({ input: { enrolmentId, to: 'ACCEPTED', on: '2025-05-10' } }),
    expect: cpiFileOnly,
  },
  recordEnrolmentObservation: {
    document: 'mutation ($input: RecordObservationInput!) { recordEnrolmentObservation(input: $input) { id } }',
    setup: async () => {
      const person = await personInCharge();
      const enrolmentId = await submitEnrolment(person.id);
      await must('mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
        input: { enrolmentId, to: 'PRE_REJECTED', on: '2025-05-05', reason: 'Documentazione sanitaria incompleta' },
      });
      return { personId: person.id, enrolmentId };
    },
    variables: (caller, { enrolmentId }) => ({
      input: { enrolmentId, receivedOn: '2025-05-08', text: `Osservazioni (${caller})` },
    }),
    expect: cpiFileOnly,
  },
  // An accredited body takes in charge, for itself, a person who proves presence with the fiscal code; a CPI does so
  // for people of its province (canTakeInCharge). Nobody else.
  takeInCharge: {
    document: 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }',
    setup: async () => {
      const person = await personInCharge();
      return { personId: person.id, fiscalCode: person.fiscalCode };
    },
    variables: (caller, { personId, fiscalCode }) => ({
      input: { personId, fiscalCode, programme: `GOL ${caller}`, startedOn: '2025-05-02' },
    }),
    expect: expectRow('FORBIDDEN', {
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'NOT_FOUND',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'data',
    }),
  },
  // The provider in charge or the CPI, of a person the caller sees.
  endTakeInCharge: {
    document: 'mutation ($input: EndTakeInChargeInput!) { endTakeInCharge(input: $input) { id } }',
    setup: async () => ({ personId: (await personInCharge()).id }),
    variables: async (caller, { personId }) => ({
      input: {
        takeInChargeId: await takeInCharge(personId!, `Fine ${caller}`),
        endedOn: '2025-06-01',
        reason: 'Percorso concluso',
      },
    }),
    expect: expectRow('NOT_FOUND', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'FORBIDDEN' }),
  },
  // Handed to the CPI office: handing to the other accredited body would put the person in its charge mid-matrix.
  handOverTakeInCharge: {
    document: 'mutation ($input: HandOverInput!) { handOverTakeInCharge(input: $input) { id } }',
    setup: async () => ({ personId: (await personInCharge()).id }),
    variables: async (caller, { personId }) => ({
      input: {
        takeInChargeId: await takeInCharge(personId!, `Passaggio ${caller}`),
        toProviderId: world.cpiId,
        on: '2025-06-01',
        reason: 'Rientro al CPI',
      },
    }),
    expect: expectRow('NOT_FOUND', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'FORBIDDEN' }),
  },
  // Clinical data: scope health:read before anything else (GDPR art. 9), then the person's CPI.
  recordDisabilityDetails: {
    document: 'mutation ($input: DisabilityDetailsInput!) { recordDisabilityDetails(input: $input) { id } }',
    variables: () => ({ input: { personId: world.personId, clinicalNotes: 'Esiti di intervento alla colonna' } }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', cpiOtherProvince: 'NOT_FOUND' }),
  },
  recordDisadvantageCertification: {
    document:
      'mutation ($input: DisadvantageCertificationInput!) { recordDisadvantageCertification(input: $input) { id } }',
    variables: () => ({
      input: { personId: world.personId, basis: 'L. 381/1991 art. 4', reference: 'CERT-1', validFrom: '2026-01-10' },
    }),
    expect: cpiFileOnly,
  },
  recordFunctionalProfile: {
    document: 'mutation ($input: FunctionalProfileInput!) { recordFunctionalProfile(input: $input) { version } }',
    variables: () => ({
      input: {
        personId: world.personId,
        residualCapacities: ['Lavoro sedentario'],
        tasksToAvoid: [],
        compatibleTasks: ['Data entry'],
        workplaceAdjustments: [],
      },
    }),
    expect: cpiFileOnly,
  },
  saveServicePact: {
    document: 'mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }',
    variables: () => ({ input: completePact(world.personId) }),
    expect: cpiFileOnly,
  },
  signServicePact: {
    document: 'mutation ($id: ID!) { signServicePact(pactId: $id, signedOn: "2025-05-03") { id } }',
    setup: async () => {
      const person = await personInCharge();
      return { personId: person.id, pactId: await savePact(person.id) };
    },
    variables: (_, { pactId }) => ({ id: pactId }),
    expect: cpiFileOnly,
  },
  recordPactCheck: {
    document: 'mutation ($input: PactCheckInput!) { recordPactCheck(input: $input) { id } }',
    setup: async () => {
      const person = await personInCharge();
      const pactId = await savePact(person.id);
      await must('mutation ($id: ID!) { signServicePact(pactId: $id, signedOn: "2025-05-03") { id } }', { id: pactId });
      return { personId: person.id, pactId };
    },
    variables: (caller, { pactId }) => ({
      input: { pactId, checkedOn: '2025-06-01', progress: `Colloquio svolto (${caller})` },
    }),
    expect: cpiFileOnly,
  },
  // As the pact mutations row by row for a CPI (another province's gets its row NOT_FOUND); every other kind is
  // refused the whole call, as importPeople refuses it.
  importServicePacts: {
    document:
      'mutation ($rows: [ServicePactImportInput!]!) { importServicePacts(rows: $rows) { status pact { id } errors { code } } }',
    variables: () => ({ rows: [{ pact: completePact(world.personId) }] }),
    read: (response) => {
      const row = response.data?.['importServicePacts']?.[0];
      return row?.status === 'REJECTED'
        ? row.errors[0].code
        : outcome(response, (d) => d['importServicePacts']?.[0]?.pact);
    },
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'data', cpiOtherProvince: 'NOT_FOUND' }),
  },
  saveActionPlan: {
    document: 'mutation ($input: ActionPlanInput!) { saveActionPlan(input: $input) { id } }',
    variables: () => ({
      input: {
        personId: world.personId,
        goals: ['Orientamento'],
        services: [{ serviceCode: '3A', providerId: world.accreditedId, plannedFrom: '2025-03-01' }],
      },
    }),
    expect: cpiFileOnly,
  },
  // The unemployment status (D.Lgs. 150/2015 arts. 19-21): recorded by the CPI of the person's province only.
  declareUnemployment: {
    document: 'mutation ($input: DeclareUnemploymentInput!) { declareUnemployment(input: $input) { id } }',
    setup: async () => ({ personId: (await personInCharge({ declared: false })).id }),
    variables: (_, { personId }) => ({ input: { personId, declaredOn: '2025-02-01', reference: 'DID-MATRICE' } }),
    expect: cpiFileOnly,
  },
  recordWorkContract: {
    document: 'mutation ($input: WorkContractInput!) { recordWorkContract(input: $input) { id } }',
    setup: async () => ({ personId: (await personInCharge()).id }),
    variables: (_, { personId }) => ({
      input: {
        personId,
        employment: 'EMPLOYEE',
        startedOn: '2025-03-01',
        endsOn: '2025-05-31',
        expectedAnnualIncome: 12000,
        reference: 'UNILAV-1',
      },
    }),
    expect: cpiFileOnly,
  },
  recordUnemploymentLoss: {
    document: 'mutation ($input: UnemploymentLossInput!) { recordUnemploymentLoss(input: $input) { id } }',
    setup: async () => ({ personId: (await personInCharge()).id }),
    variables: (_, { personId }) => ({
      input: { personId, on: '2025-06-01', reason: 'REFUSED_SUITABLE_OFFER', reference: 'VERB-RIFIUTO-1' },
    }),
    expect: cpiFileOnly,
  },
  // Moving an enrolment between provinces (L. 68/1999 art. 8 c.1): asked by a CPI of another province only (the
  // keeping one gets CONFLICT: it is its own list), every other kind refused before any lookup.
  requestEnrolmentTransfer: {
    document: 'mutation ($input: RequestEnrolmentTransferInput!) { requestEnrolmentTransfer(input: $input) { id } }',
    setup: async () => {
      const person = await acceptedPerson();
      return { personId: person.id, fiscalCode: person.fiscalCode };
    },
    variables: (_, { fiscalCode }) => ({ input: { fiscalCode, list: 'DISABILITY', requestedOn: '2025-06-01' } }),
    expect: expectRow('FORBIDDEN', { cpiOwnProvince: 'CONFLICT', cpiOtherProvince: 'data' }),
  },
  // Completed by the CPI that keeps the list; the receiving CPI may know the move but not complete it; nobody else
  // may know it exists.
  completeEnrolmentTransfer: {
    document: 'mutation ($input: CompleteEnrolmentTransferInput!) { completeEnrolmentTransfer(input: $input) { id } }',
    setup: async () => {
      const person = await acceptedPerson();
      const { requestEnrolmentTransfer } = await must(
        'mutation ($input: RequestEnrolmentTransferInput!) { requestEnrolmentTransfer(input: $input) { id } }',
        { input: { fiscalCode: person.fiscalCode, list: 'DISABILITY', requestedOn: '2025-06-01' } },
        tokens.cpiOtherProvince!,
      );
      return { personId: person.id, transferId: requestEnrolmentTransfer.id };
    },
    variables: (_, { transferId }) => ({ input: { transferId, on: '2025-06-02' } }),
    expect: expectRow('NOT_FOUND', { cpiOwnProvince: 'data', cpiOtherProvince: 'FORBIDDEN' }),
  },
  // A pending move ends without moving: refused by the receiving CPI (the one that asked), withdrawn by the CPI that
  // keeps the list; the other party may know the move but not close it that way; nobody else may know it exists.
  refuseEnrolmentTransfer: {
    document: 'mutation ($input: CloseEnrolmentTransferInput!) { refuseEnrolmentTransfer(input: $input) { id } }',
    setup: () => pendingTransfer(),
    variables: (_, { transferId }) => ({ input: { transferId, on: '2025-06-02', reason: 'Not resident in BG' } }),
    expect: expectRow('NOT_FOUND', { cpiOwnProvince: 'FORBIDDEN', cpiOtherProvince: 'data' }),
  },
  withdrawEnrolmentTransfer: {
    document: 'mutation ($input: CloseEnrolmentTransferInput!) { withdrawEnrolmentTransfer(input: $input) { id } }',
    setup: () => pendingTransfer(),
    variables: (_, { transferId }) => ({ input: { transferId, on: '2025-06-02', reason: 'The person stays in MI' } }),
    expect: expectRow('NOT_FOUND', { cpiOwnProvince: 'data', cpiOtherProvince: 'FORBIDDEN' }),
  },
  recordRankingFacts: {
    document: 'mutation ($input: RankingFactsInput!) { recordRankingFacts(input: $input) { id } }',
    variables: () => ({
      input: { personId: world.personId, declaredOn: '2025-01-10', annualIncome: 8200, dependants: 1 },
    }),
    expect: cpiFileOnly,
  },
  recordQuantitativeProfiling: {
    document:
      'mutation ($input: QuantitativeProfilingInput!) { recordQuantitativeProfiling(input: $input) { version } }',
    variables: () => ({
      input: {
        personId: world.personId,
        score: 0.6,
        computedOn: '2025-02-05',
        inputs: {
          age: 37,
          sex: 'F',
          citizenship: 'IT',
          educationLevel: 'Diploma',
          province: 'MI',
          monthsSearching: 14,
          monthsEmployedLastFiveYears: 20,
          householdSize: 2,
        },
      },
    }),
    expect: cpiFileOnly,
  },
  recordQualitativeProfiling: {
    document: 'mutation ($input: QualitativeProfilingInput!) { recordQualitativeProfiling(input: $input) { version } }',
    variables: () => ({
      input: { personId: world.personId, assessedOn: '2025-02-06', needs: ['Riqualificazione digitale'] },
    }),
    expect: cpiFileOnly,
  },
  saveProfessionalRecord: {
    document: 'mutation ($input: ProfessionalRecordInput!) { saveProfessionalRecord(input: $input) { version } }',
    variables: () => ({
      input: {
        personId: world.personId,
        skills: [{ codeSystem: 'ESCO', code: 'S1.0.1', label: 'contabilità' }],
        availability: { weeklyHours: 30 },
      },
    }),
    expect: cpiFileOnly,
  },
};

/**
 * Root fields another suite covers for every caller kind. Each named file must exist and name the field (the
 * completeness test below reads it).
 */
const coveredElsewhere: Record<string, string> = {
  deliveriesExport: 'test/placements.e2e.ts',
  // Not in the public graph (@inaccessible): only the employers subgraph asks it, on the caller's behalf.
  quotaHires: 'test/attacks/quota-hires.e2e.ts',
  confirmQuotaPlacement: 'test/attacks/quota-hires.e2e.ts',
  indicators: 'test/indicators.e2e.ts',
  shortlist: 'test/matching.e2e.ts',
  matchingPool: 'test/matching.e2e.ts',
  buildShortlist: 'test/matching.e2e.ts',
  sendShortlist: 'test/matching.e2e.ts',
  recordShortlistFeedback: 'test/matching.e2e.ts',
  referralRequest: 'test/referrals.e2e.ts',
  referralRequests: 'test/referrals.e2e.ts',
  fileReferralRequest: 'test/referrals.e2e.ts',
  referFromRankingList: 'test/referrals.e2e.ts',
  recordReferralOutcome: 'test/referrals.e2e.ts',
};

/**
 * Root fields in the schema without a resolver on this branch: answered with an error whoever asks. The test below
 * fails as soon as one gets a resolver, so its row has to be written then.
 */
const withoutResolver: Record<string, string> = {};

/**
 * Runs one operation as each caller: reads all at once (they change nothing), writes one caller after the other so
 * that what each caller gets never depends on how the others' requests interleave.
 */
async function run(field: string, operation: Operation, { concurrent = false } = {}): Promise<Expected> {
  const fixture: Fixture = (await operation.setup?.()) ?? {};
  const callerTokens = { ...tokens, citizenSelf: await callers.citizen(fixture.personId ?? world.personId) };
  const attempt = async (caller: Caller): Promise<[Caller, Outcome]> => {
    const variables = (await operation.variables?.(caller, fixture)) ?? {};
    const response = await gql(graph.gatewayUrl, callerTokens[caller], operation.document, variables);
    return [caller, operation.read ? operation.read(response) : outcome(response, operation.pick ?? ((d) => d[field]))];
  };
  if (concurrent) return Object.fromEntries(await Promise.all(everyone.map(attempt))) as Expected;
  const result = {} as Expected;
  for (const caller of everyone) {
    const [, got] = await attempt(caller);
    result[caller] = got;
  }
  return result;
}

describe('every query as every kind of caller, through the gateway', () => {
  it.each(Object.keys(queries))('%s', async (field) => {
    expect(await run(field, queries[field]!, { concurrent: true })).toEqual(queries[field]!.expect);
  });
});

describe('every mutation as every kind of caller, through the gateway', () => {
  it.each(Object.keys(mutations))('%s', async (field) => {
    expect(await run(field, mutations[field]!)).toEqual(mutations[field]!.expect);
  });
});

describe('the matrix covers the whole graph', () => {
  const schema = buildASTSchema(
    parse(readFileSync(join(import.meta.dirname, '../schema/supergraph.graphql'), 'utf8')),
    { assumeValidSDL: true },
  );
  const rootFields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});

  it('each Query and Mutation root field of the supergraph is in the matrix or in a suite that names it', () => {
    const tabled = new Set([...Object.keys(queries), ...Object.keys(mutations), ...Object.keys(withoutResolver)]);
    const missing = [...rootFields(schema.getQueryType()), ...rootFields(schema.getMutationType())].filter((field) => {
      if (tabled.has(field)) return false;
      const file = coveredElsewhere[field];
      return !file || !readFileSync(join(import.meta.dirname, '..', file), 'utf8').includes(field);
    });
    expect(missing).toEqual([]);
    // Nothing tabled that the schema no longer has (a renamed field would otherwise pass unnoticed).
    const all = new Set([...rootFields(schema.getQueryType()), ...rootFields(schema.getMutationType())]);
    expect([...tabled, ...Object.keys(coveredElsewhere)].filter((field) => !all.has(field))).toEqual([]);
    expect(Object.keys(queries).every((field) => schema.getQueryType()!.getFields()[field])).toBe(true);
    expect(Object.keys(mutations).every((field) => schema.getMutationType()!.getFields()[field])).toBe(true);
  });

  it.each(Object.keys(withoutResolver))(
    '%s has no resolver yet: an error for every caller, so nothing leaks before its rules exist',
    async (field) => {
      const result = await run(field, {
        document: withoutResolver[field]!,
        variables: () => ({ id: world.accreditedId }),
        expect: expectRow('null'),
      });
      for (const caller of everyone) expect(result[caller], caller).not.toMatch(/^(data|null)$/);
    },
  );
});

describe('field level: health data only with health:read, the functional profile for whoever sees the person (GDPR art. 9)', () => {
  // Refused at the gateway (@requiresScopes) before a subgraph is asked, whoever the person is; with the scope, the
  // row rule still applies (the other province's CPI gets no person).
  const healthRow = expectRow('FORBIDDEN', { cpiOwnProvince: 'data', cpiOtherProvince: 'null' });
  const fields: Record<string, { document: string; pick: (d: Record<string, any>) => unknown; expect: Expected }> = {
    'Person.disability': {
      document: 'query ($id: ID!) { person(id: $id) { disability { invalidityPercent } } }',
      pick: (d) => d['person']?.disability,
      expect: healthRow,
    },
    'Enrolment.eligibility': {
      document: 'query ($id: ID!) { person(id: $id) { enrolments { eligibility { eligible } } } }',
      pick: (d) => d['person']?.enrolments?.[0]?.eligibility,
      expect: healthRow,
    },
    'Person.functionalProfile': {
      document: 'query ($id: ID!) { person(id: $id) { functionalProfile { compatibleTasks } } }',
      pick: (d) => d['person']?.functionalProfile,
      expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' }),
    },
    // The monitoring's target groups (on the L. 68/1999 art. 1 list included): the person's CPI, and outcomes acting
    // for a reporter (test/indicators-target-groups.e2e.ts); whoever else sees the person is refused by rule.
    'Person.targetGroupsOn': {
      document: 'query ($id: ID!) { person(id: $id) { targetGroupsOn(days: ["2025-06-01"]) { ageBand disabled } } }',
      pick: (d) => d['person']?.targetGroupsOn,
      expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'FORBIDDEN', citizenSelf: 'FORBIDDEN' }),
    },
  };

  it.each(Object.keys(fields))('%s', async (name) => {
    const field = fields[name]!;
    expect(
      await run(
        'person',
        { document: field.document, variables: () => ({ id: world.personId }), pick: field.pick, expect: field.expect },
        { concurrent: true },
      ),
    ).toEqual(field.expect);
  });

  it('each health read that returned data is in the audit log, with the reader; refused callers left no read', async () => {
    const read = 'query ($id: ID!) { person(id: $id) { disability { invalidityPercent } } }';
    const got = {} as Expected;
    const from = new Date(Date.now() - 1000).toISOString();
    for (const caller of everyone) {
      // The operation name tells this request's audit rows apart from every other read of the same person.
      got[caller] = outcome(
        await gql(graph.gatewayUrl, tokens[caller], read.replace('query', `query AuditProbe_${caller}`), {
          id: world.personId,
        }),
        (d) => d['person']?.disability,
      );
    }
    const { data, errors } = await gql(
      graph.gatewayUrl,
      await callers.dpo(),
      'query ($id: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $id, from: $from, to: $to) { action entity fields operationName subject } }',
      { id: world.personId, from, to: new Date(Date.now() + 60_000).toISOString() },
    );
    expect(errors).toBeUndefined();
    const readers = (
      data!['auditEvents'] as Array<{ action: string; entity: string; fields: string[]; operationName: string | null }>
    )
      .filter(
        (e) =>
          e.action === 'READ' &&
          e.entity === 'Person' &&
          e.fields.includes('invalidityPercent') &&
          e.operationName?.startsWith('AuditProbe_'),
      )
      .map((e) => e.operationName!.slice('AuditProbe_'.length));
    expect(readers.sort()).toEqual(everyone.filter((caller) => got[caller] === 'data').sort());
    expect(readers).toEqual(['cpiOwnProvince']);
  });

  it('through the people subgraph directly, the subgraph itself refuses health fields without the scope', async () => {
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { disability { invalidityPercent } } } }';
    const result = {} as Expected;
    for (const caller of everyone) {
      result[caller] = outcome(
        await gql(graph.subgraphUrls.people, tokens[caller], query, {
          r: [{ __typename: 'Person', id: world.personId }],
        }),
        (d) => d['_entities']?.[0]?.disability,
      );
    }
    // Only callers who see the person reach the field: the ones without the scope are refused there.
    expect(result).toEqual(
      expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'FORBIDDEN', citizenSelf: 'FORBIDDEN' }),
    );
  });
});

describe("entities through direct _entities calls to the owning subgraph, with the caller's own token", () => {
  const entities = (typename: string, key: Record<string, string>, selection: string) =>
    [
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: [{ __typename: typename, ...key }] },
    ] as const;

  interface EntityCase {
    subgraph: keyof TestGraph['subgraphUrls'];
    typename: string;
    key: () => Record<string, string>;
    selection: string;
    pick?: (entity: any) => unknown;
    expect: Expected;
  }

  const personRow = expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' });
  const cases: Record<string, EntityCase> = {
    'people Person': {
      subgraph: 'people',
      typename: 'Person',
      key: () => ({ id: world.personId }),
      selection: 'id familyName',
      expect: personRow,
    },
    'people Enrolment': {
      subgraph: 'people',
      typename: 'Enrolment',
      key: () => ({ id: ids.enrolment }),
      selection: 'id status',
      expect: personRow,
    },
    'people TakeInCharge': {
      subgraph: 'people',
      typename: 'TakeInCharge',
      key: () => ({ id: ids.takeInCharge }),
      selection: 'id programme',
      expect: personRow,
    },
    'people ServicePact': {
      subgraph: 'people',
      typename: 'ServicePact',
      key: () => ({ id: ids.pact }),
      selection: 'id version',
      expect: personRow,
    },
    'people ActionPlan': {
      subgraph: 'people',
      typename: 'ActionPlan',
      key: () => ({ id: ids.plan }),
      selection: 'id version',
      expect: personRow,
    },
    // Who a provider has in charge: the provider itself, and a CPI for the people of its province.
    'people Provider.peopleInCharge': {
      subgraph: 'people',
      typename: 'Provider',
      key: () => ({ id: world.accreditedId }),
      selection: 'peopleInCharge { id }',
      pick: (p) => p?.peopleInCharge,
      expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data' }),
    },
    'outcomes ServiceDelivery': {
      subgraph: 'outcomes',
      typename: 'ServiceDelivery',
      key: () => ({ id: ids.delivery }),
      selection: 'id minutes',
      expect: personRow,
    },
    'outcomes ServicePath': {
      subgraph: 'outcomes',
      typename: 'ServicePath',
      key: () => ({ id: ids.path }),
      selection: 'id totalMinutes',
      expect: personRow,
    },
    'outcomes Placement': {
      subgraph: 'outcomes',
      typename: 'Placement',
      key: () => ({ id: ids.placement }),
      selection: 'id startedOn',
      expect: expectRow('null', {
        cpiOwnProvince: 'data',
        accreditedInCharge: 'data',
        employer: 'data',
        citizenSelf: 'data',
      }),
    },
    'outcomes Internship': {
      subgraph: 'outcomes',
      typename: 'Internship',
      key: () => ({ id: ids.internship }),
      selection: 'id status',
      expect: expectRow('null', { cpiOwnProvince: 'data', employer: 'data', citizenSelf: 'data' }),
    },
    'outcomes FollowUp': {
      subgraph: 'outcomes',
      typename: 'FollowUp',
      key: () => ({ id: ids.followUp }),
      selection: 'id checkedOn',
      expect: expectRow('null', {
        cpiOwnProvince: 'data',
        accreditedInCharge: 'data',
        employer: 'data',
        citizenSelf: 'data',
      }),
    },
    'outcomes Person.deliveries': {
      subgraph: 'outcomes',
      typename: 'Person',
      key: () => ({ id: world.personId }),
      selection: 'deliveries { id }',
      pick: (p) => p?.deliveries,
      expect: personRow,
    },
    'outcomes Person.servicePaths': {
      subgraph: 'outcomes',
      typename: 'Person',
      key: () => ({ id: world.personId }),
      selection: 'servicePaths { id }',
      pick: (p) => p?.servicePaths,
      expect: personRow,
    },
    'outcomes Person.placements': {
      subgraph: 'outcomes',
      typename: 'Person',
      key: () => ({ id: world.personId }),
      selection: 'placements { id }',
      pick: (p) => p?.placements,
      expect: expectRow('null', {
        cpiOwnProvince: 'data',
        accreditedInCharge: 'data',
        employer: 'data',
        citizenSelf: 'data',
      }),
    },
    'outcomes Provider.deliveries': {
      subgraph: 'outcomes',
      typename: 'Provider',
      key: () => ({ id: world.accreditedId }),
      selection: 'deliveries { id }',
      pick: (p) => p?.deliveries,
      expect: expectRow('null', { cpiOwnProvince: 'data', accreditedInCharge: 'data', citizenSelf: 'data' }),
    },
    'outcomes Employer.placements': {
      subgraph: 'outcomes',
      typename: 'Employer',
      key: () => ({ id: world.employerId }),
      selection: 'placements { id }',
      pick: (e) => e?.placements,
      expect: expectRow('null', {
        cpiOwnProvince: 'data',
        accreditedInCharge: 'data',
        employer: 'data',
        citizenSelf: 'data',
      }),
    },
    'outcomes EmployerServiceDelivery': {
      subgraph: 'outcomes',
      typename: 'EmployerServiceDelivery',
      key: () => ({ id: ids.employerService }),
      selection: 'id minutes',
      expect: expectRow('null', { cpiOwnProvince: 'data', employer: 'data' }),
    },
    'outcomes Employer.serviceDeliveries': {
      subgraph: 'outcomes',
      typename: 'Employer',
      key: () => ({ id: world.employerId }),
      selection: 'serviceDeliveries { id }',
      pick: (e) => e?.serviceDeliveries,
      expect: expectRow('null', { cpiOwnProvince: 'data', employer: 'data' }),
    },
    'outcomes Vacancy.placements': {
      subgraph: 'outcomes',
      typename: 'Vacancy',
      key: () => ({ id: ids.vacancy }),
      selection: 'placements { id }',
      pick: (v) => v?.placements,
      expect: expectRow('null', {
        cpiOwnProvince: 'data',
        accreditedInCharge: 'data',
        employer: 'data',
        citizenSelf: 'data',
      }),
    },
    'employers Employer': {
      subgraph: 'employers',
      typename: 'Employer',
      key: () => ({ id: world.employerId }),
      selection: 'id name',
      expect: expectRow('data', { otherEmployer: 'null', citizenSelf: 'null', citizenOther: 'null' }),
    },
    // Reports list protected workers: the employer and a CPI where it is present, not the Region (canReadObligationRecords);
    // a caller who may read the employer but not its records is told so, one who may not read the employer gets null.
    'employers Employer.workforceReports': {
      subgraph: 'employers',
      typename: 'Employer',
      key: () => ({ id: world.employerId }),
      selection: 'workforceReports { year }',
      pick: (e) => e?.workforceReports,
      expect: expectRow('FORBIDDEN', {
        cpiOwnProvince: 'data',
        employer: 'data',
        otherEmployer: 'null',
        citizenSelf: 'null',
        citizenOther: 'null',
      }),
    },
    'employers Vacancy': {
      subgraph: 'employers',
      typename: 'Vacancy',
      key: () => ({ id: ids.vacancy }),
      selection: 'id title',
      expect: expectRow('data', { otherEmployer: 'null' }),
    },
  };

  it.each(Object.keys(cases))('%s', async (name) => {
    const entity = cases[name]!;
    const [query, variables] = entities(entity.typename, entity.key(), entity.selection);
    const result = Object.fromEntries(
      await Promise.all(
        everyone.map(async (caller) => {
          const response = await gql(graph.subgraphUrls[entity.subgraph], tokens[caller], query, variables);
          return [caller, outcome(response, (d) => (entity.pick ?? ((e) => e))(d['_entities']?.[0]))];
        }),
      ),
    );
    expect(result).toEqual(entity.expect);
  });
});

describe('token attacks', () => {
  const personQuery = 'query ($id: ID!) { person(id: $id) { id } }';
  const refusedEverywhere = async (token: string) => {
    expect((await gql(graph.gatewayUrl, token, personQuery, { id: world.personId })).status).toBe(401);
    for (const url of Object.values(graph.subgraphUrls))
      expect((await gql(url, token, '{ _service { sdl } }')).status, url).toBe(401);
  };

  it('a token signed with another secret is refused at the gateway and at each subgraph', async () => {
    const { SignJWT } = await import('jose');
    const { authConfigFromEnv } = await import('@reg/auth');
    const config = authConfigFromEnv() as { issuer: string; audience: string };
    const forged = await new SignJWT({
      org: world.cpiId,
      org_kind: 'cpi',
      province: 'MI',
      scope: 'people:read health:read',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('intruder')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-of-this-network-at-all'));
    await refusedEverywhere(forged);
  });

  it('a validly signed token with an organisation kind the model does not know is refused, not treated as some default', async () => {
    await refusedEverywhere(
      await tokenFor({
        sub: 'root@x',
        org: 'x',
        org_kind: 'admin' as never,
        province: 'MI',
        scope: 'health:read audit:read',
      }),
    );
  });

  it('a CPI token without a province claim sees no person: a missing claim never widens access', async () => {
    const token = await tokenFor({
      sub: 'op@cpi',
      org: world.cpiId,
      org_kind: 'cpi',
      scope: 'people:read health:read',
    });
    expect(outcome(await gql(graph.gatewayUrl, token, personQuery, { id: world.personId }), (d) => d['person'])).toBe(
      'null',
    );
    // The list would otherwise be unfiltered: every province's people.
    expect(
      outcome(await gql(graph.gatewayUrl, token, '{ people(first: 100) { items { id } } }'), (d) => d['people']?.items),
    ).toBe('FORBIDDEN');
    expect(outcome(await gql(graph.gatewayUrl, token, '{ lateEnrolments { id } }'), (d) => d['lateEnrolments'])).toBe(
      'FORBIDDEN',
    );
  });

  it("a token of the service kind is no caller's: refused (401) at the gateway and at the subgraphs, whatever it claims", async () => {
    const token = await tokenFor({
      sub: 'svc@outcomes',
      org: 'outcomes',
      org_kind: 'service',
      province: 'MI',
      scope: 'people:read health:read',
    });
    for (const url of [graph.gatewayUrl, graph.subgraphUrls.people]) {
      expect(outcome(await gql(url, token, personQuery, { id: world.personId }), (d) => d['person'])).toBe(
        'UNAUTHENTICATED',
      );
      expect(outcome(await gql(url, token, '{ people(first: 100) { items { id } } }'), (d) => d['people']?.items)).toBe(
        'UNAUTHENTICATED',
      );
    }
    for (const [url, query, variables] of [
      [graph.gatewayUrl, 'query ($id: ID!) { serviceDelivery(id: $id) { id } }', { id: ids.delivery }],
      [graph.subgraphUrls.outcomes, 'query ($id: ID!) { serviceDelivery(id: $id) { id } }', { id: ids.delivery }],
      [graph.gatewayUrl, 'query ($id: ID!) { employer(id: $id) { id } }', { id: world.employerId }],
      [graph.subgraphUrls.employers, 'query ($id: ID!) { employer(id: $id) { id } }', { id: world.employerId }],
    ] as const) {
      expect(outcome(await gql(url, token, query, variables), () => null)).toBe('UNAUTHENTICATED');
    }
  });

  it('an accredited token that carries health:read still gets no clinical data, at the gateway or the subgraph; the functional profile it does', async () => {
    const token = await tokenFor({
      sub: `operator@${world.accreditedId}`,
      org: world.accreditedId,
      org_kind: 'accredited',
      scope: 'people:read deliveries:write health:read',
    });
    const clinical = 'query ($id: ID!) { person(id: $id) { disability { invalidityPercent } } }';
    expect(
      outcome(await gql(graph.gatewayUrl, token, clinical, { id: world.personId }), (d) => d['person']?.disability),
    ).toBe('FORBIDDEN');
    expect(
      outcome(
        await gql(
          graph.gatewayUrl,
          token,
          'query ($id: ID!) { person(id: $id) { enrolments { eligibility { eligible } } } }',
          { id: world.personId },
        ),
        (d) => d['person']?.enrolments?.[0]?.eligibility,
      ),
    ).toBe('FORBIDDEN');
    const direct = await gql(
      graph.subgraphUrls.people,
      token,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { disability { invalidityPercent } } } }',
      { r: [{ __typename: 'Person', id: world.personId }] },
    );
    expect(outcome(direct, (d) => d['_entities']?.[0]?.disability)).toBe('FORBIDDEN');
    expect(
      outcome(
        await gql(
          graph.gatewayUrl,
          token,
          'query ($id: ID!) { person(id: $id) { functionalProfile { compatibleTasks } } }',
          { id: world.personId },
        ),
        (d) => d['person']?.functionalProfile,
      ),
    ).toBe('data');
  });
});
