import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode, vatCheckDigit } from '@reg/identifiers';
import { todayInRome } from '@reg/subgraph-kit';
import { callers, errorCode, gql, type GraphQLResponse } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { declareUnemployment, seedJourney } from './support/fixtures.ts';

/**
 * Referrals (avviamento, L. 68/1999 arts. 7 and 9) through the gateway: an employer's request, the CPI's referral
 * act from the ranking list (people, read with the CPI's token), the employer's outcomes (a hire naming the
 * placement recorded in outcomes, which changes the quota status; a refusal, which reopens the position), the CPI's
 * own numeric request after the 60-day term and not before it, and every other caller refused.
 */
let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
const today = todayInRome();
/** Calendar days from an ISO date (UTC midnight arithmetic, no time zone involved). */
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The same day some months later, clamped to the month's last day (as @reg/calendar's addMonths). */
const addMonths = (date: string, months: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + m - 1 + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, Math.min(d, last))).toISOString().slice(0, 10);
};
const people: Record<string, { id: string; fiscalCode: string }> = {};
let vacancyId: string;
let withinTermEmployerId: string;
let publicEmployerId: string;
let requestId: string;
let referralIds: string[] = [];
let cpiRequestId: string;
let numericAfterRefusalsId: string;

const vat = (n: number) => {
  const first10 = `${String(5100000 + n).padStart(7, '0')}015`;
  return first10 + vatCheckDigit(first10);
};

const requestFields = /* GraphQL */ `
  id kind origin province category qualification positions nominees filedOn obligationArisenOn termEndsOn withinTerm
  nominativeRule hired awaitingOutcome openPositions status vacancy { id }
  referrals { id givenName familyName rankingPosition referenceDate outcome notHiredReason placementId
    unjustifiedRefusalByPerson unjustifiedRefusalByEmployer }
`;
const file = (token: string, input: Record<string, unknown>) =>
  gql(
    graph.gatewayUrl,
    token,
    `mutation ($input: FileReferralRequestInput!) { fileReferralRequest(input: $input) { ${requestFields} } }`,
    { input },
  );
const refer = (token: string, input: Record<string, unknown>) =>
  gql(
    graph.gatewayUrl,
    token,
    `mutation ($input: ReferFromRankingListInput!) { referFromRankingList(input: $input) { ${requestFields} } }`,
    { input },
  );
const outcome = (token: string, input: Record<string, unknown>) =>
  gql(
    graph.gatewayUrl,
    token,
    'mutation ($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id outcome notHiredReason placementId outcomeOn unjustifiedRefusalByPerson unjustifiedRefusalByEmployer } }',
    { input },
  );
const rule = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['rule'];
const rankingEntries = async () =>
  (
    await world.must(
      world.cpi,
      'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { entries { position person { id fiscalCode } } } }',
      { on: today },
    )
  )['rankingList'].entries as Array<{ position: number; person: { id: string; fiscalCode: string } }>;
const status = async (employerId: string) =>
  (
    await world.must(
      world.cpi,
      'query ($id: ID!, $on: Date!) { obligationStatus(employerId: $id, province: "MI", on: $on) { quota covered uncovered uncoveredSince hiringDeadline } }',
      { id: employerId, on: today },
    )
  )['obligationStatus'];

/** Registers a person of Milan, declares the DID and enrols them in the disability list, accepted on the day. */
const enrol = async (key: string, givenName: string, birthDate: string, acceptedOn: string, psychic = false) => {
  const { cpi, must } = world;
  const fiscalCode = encodePersonFiscalCode({
    givenName,
    familyName: 'Bianchi',
    birthDate,
    sex: 'M',
    birthPlaceCode: 'F205',
  });
  const id = (
    await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: {
        fiscalCode,
        givenName,
        familyName: 'Bianchi',
        birthDate,
        sex: 'M',
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      },
    })
  )['registerPerson'].id as string;
  // L. 68/1999 art. 8 c.1: enrolment reads the unemployment status on the day of the application.
  await declareUnemployment(must, cpi, id, '2024-01-02');
  const enrolmentId = (
    await must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
      input: {
        personId: id,
        list: 'DISABILITY',
        submittedOn: '2024-01-10',
        category: 'CIVIL_INVALID',
        invalidityPercent: 70,
        psychicOrIntellectual: psychic,
      },
    })
  )['submitEnrolment'].id;
  await must(cpi, 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
    input: { enrolmentId, to: 'ACCEPTED', on: acceptedOn },
  });
  people[key] = { id, fiscalCode };
};

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  const { cpi, must, employerId } = world;
  people['marta'] = { id: world.personId, fiscalCode: world.personInput.fiscalCode };
  await enrol('luca', 'Luca', '1990-03-03', '2024-03-01');
  await enrol('piero', 'Piero', '1980-04-04', '2024-05-01');
  await enrol('gino', 'Gino', '1975-05-05', '2024-06-01');

  const report = (id: string, count: number) =>
    must(cpi, 'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }', {
      input: {
        employerId: id,
        year: 2025,
        submittedOn: '2026-01-20',
        workforce: { workers: [{ count, contract: 'PERMANENT' }] },
      },
    });
  // 60 full-time workers: quota 4 (L. 68/1999 art. 3 c.1), uncovered since 31 Dec 2025, term ended 1 Mar 2026.
  await report(employerId, 60);
  vacancyId = (
    await must(cpi, 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }', {
      input: {
        employerId,
        title: 'Addetto/a al montaggio',
        province: 'MI',
        positions: 2,
        reservedFor: 'DISABLED',
        openedOn: '2026-10-01',
      },
    })
  )['openVacancy'].id as string;

  const register = async (n: number, kind: string, name: string) =>
    (
      await must(cpi, 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
        input: {
          name,
          fiscalCode: vat(n),
          kind,
          atecoCode: '25.62',
          province: 'MI',
          sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
        },
      })
    )['registerEmployer'].id as string;
  // 20 workers: quota 1, covered from January by a quota hire whose contract ended ten days ago: the obligation
  // arose again nine days ago and its 60-day term runs.
  withinTermEmployerId = await register(1, 'PRIVATE', 'Carpenteria Brianza S.r.l.');
  await report(withinTermEmployerId, 20);
  const placementId = (
    await must(cpi, 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }', {
      input: {
        idempotencyKey: 'referrals-earlier-hire',
        personId: people['gino']!.id,
        employerId: withinTermEmployerId,
        contract: 'PERMANENT',
        startedOn: '2026-01-05',
        countsTowardQuota: true,
      },
    })
  )['recordPlacement'].id;
  await must(cpi, 'mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id } }', {
    input: { placementId, endedOn: addDays(today, -10), reason: 'RESIGNATION' },
  });
  publicEmployerId = await register(2, 'PUBLIC', 'Comune di Esempio');
});

afterAll(() => graph?.[Symbol.asyncDispose]());

describe('referrals through the gateway (L. 68/1999 arts. 7, 9)', () => {
  it('the employer files a numeric request for its vacancy; the term and the rule of art. 7 in force are kept', async () => {
    const employer = await callers.employer(world.employerId);
    const response = await file(employer, {
      employerId: world.employerId,
      vacancyId,
      kind: 'NUMERIC',
      positions: 2,
      idempotencyKey: 'req-1',
    });
    expect(response.errors).toBeUndefined();
    const request = response.data!['fileReferralRequest'];
    requestId = request.id;
    expect(request).toMatchObject({
      kind: 'NUMERIC',
      origin: 'EMPLOYER',
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Addetto/a al montaggio',
      positions: 2,
      nominees: [],
      filedOn: today,
      obligationArisenOn: '2025-12-31',
      termEndsOn: '2026-03-01',
      withinTerm: false,
      hired: 0,
      awaitingOutcome: 0,
      openPositions: 2,
      status: 'OPEN',
      vacancy: { id: vacancyId },
      referrals: [],
    });
    expect(request.nominativeRule).toContain('D.Lgs. 151/2015');
    // A retry answers the same request; the key used for another one is a conflict.
    const again = await file(employer, {
      employerId: world.employerId,
      vacancyId,
      kind: 'NUMERIC',
      positions: 2,
      idempotencyKey: 'req-1',
    });
    expect(again.data!['fileReferralRequest'].id).toBe(requestId);
    expect(
      errorCode(
        await file(employer, {
          employerId: world.employerId,
          vacancyId,
          kind: 'NUMERIC',
          positions: 1,
          idempotencyKey: 'req-1',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('the CPI refers the first two of the ranking list, in ranking order', async () => {
    const ranking = (
      await world.must(
        world.cpi,
        'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { entries { position person { id } } } }',
        { on: today },
      )
    )['rankingList'].entries as Array<{ position: number; person: { id: string } }>;
    expect(ranking).toHaveLength(4);
    const response = await refer(world.cpi, { requestId, referenceDate: today, idempotencyKey: 'act-1' });
    expect(response.errors).toBeUndefined();
    const request = response.data!['referFromRankingList'];
    expect(request).toMatchObject({ awaitingOutcome: 2, openPositions: 0, hired: 0, status: 'OPEN' });
    const referred = request.referrals as Array<{ id: string; rankingPosition: number; givenName: string }>;
    expect(referred.map((r) => r.rankingPosition)).toEqual([1, 2]);
    referralIds = referred.map((r) => r.id);
    // A retry of the act refers nobody else; no open position is left for another act.
    const again = await refer(world.cpi, { requestId, referenceDate: today, idempotencyKey: 'act-1' });
    expect(again.data!['referFromRankingList'].referrals).toHaveLength(2);
    expect(rule(await refer(world.cpi, { requestId, referenceDate: today, idempotencyKey: 'act-2' }))).toBe(
      'REFERRAL_NO_OPEN_POSITION',
    );
    expect(errorCode(await refer(world.cpi, { requestId, referenceDate: '2999-01-01', idempotencyKey: 'x' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a hire names the placement recorded in outcomes; the quota status counts it', async () => {
    const employer = await callers.employer(world.employerId);
    const referral = (
      await world.must(employer, `query ($id: ID!) { referralRequest(id: $id) { ${requestFields} } }`, {
        id: requestId,
      })
    )['referralRequest'].referrals[0];
    const ranked = (
      await world.must(
        world.cpi,
        'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { entries { position person { id } } } }',
        { on: today },
      )
    )['rankingList'].entries as Array<{ position: number; person: { id: string } }>;
    const personId = ranked.find((e) => e.position === referral.rankingPosition)!.person.id;
    expect(await status(world.employerId)).toMatchObject({ quota: 4, uncovered: 4 });
    const placementId = (
      await world.must(
        world.cpi,
        'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
        {
          input: {
            idempotencyKey: 'referral-hire-1',
            personId,
            employerId: world.employerId,
            vacancyId,
            contract: 'PERMANENT',
            startedOn: today,
            countsTowardQuota: true,
          },
        },
      )
    )['recordPlacement'].id as string;
    // A placement of someone else is not this referral's hire.
    const otherId = (
      await world.must(
        world.cpi,
        'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
        {
          input: {
            idempotencyKey: 'referral-hire-other',
            personId: people['gino']!.id === personId ? people['luca']!.id : people['gino']!.id,
            employerId: world.employerId,
            contract: 'PERMANENT',
            startedOn: today,
            countsTowardQuota: false,
          },
        },
      )
    )['recordPlacement'].id as string;
    expect(
      errorCode(await outcome(employer, { referralId: referralIds[0], outcome: 'HIRED', placementId: otherId })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await outcome(employer, { referralId: referralIds[0], outcome: 'HIRED' }))).toBe('BAD_USER_INPUT');
    const hired = await outcome(employer, { referralId: referralIds[0], outcome: 'HIRED', placementId });
    expect(hired.errors).toBeUndefined();
    expect(hired.data!['recordReferralOutcome']).toMatchObject({
      outcome: 'HIRED',
      placementId,
      outcomeOn: today,
      unjustifiedRefusalByPerson: false,
    });
    expect(await status(world.employerId)).toMatchObject({ quota: 4, uncovered: 3, covered: 1 });
    // The same outcome again answers it; a different one is a conflict.
    expect(
      (await outcome(employer, { referralId: referralIds[0], outcome: 'HIRED', placementId })).errors,
    ).toBeUndefined();
    expect(
      errorCode(
        await outcome(employer, { referralId: referralIds[0], outcome: 'NOT_HIRED', reason: 'EMPLOYER_REFUSED' }),
      ),
    ).toBe('CONFLICT');
  });

  it('a refusal without a justified reason is recorded; the position reopens and the CPI refers the next in order', async () => {
    const employer = await callers.employer(world.employerId);
    expect(errorCode(await outcome(employer, { referralId: referralIds[1], outcome: 'NOT_HIRED' }))).toBe(
      'BAD_USER_INPUT',
    );
    const refused = await outcome(employer, {
      referralId: referralIds[1],
      outcome: 'NOT_HIRED',
      reason: 'PERSON_DECLINED_WITHOUT_REASON',
    });
    expect(refused.data!['recordReferralOutcome']).toMatchObject({
      outcome: 'NOT_HIRED',
      notHiredReason: 'PERSON_DECLINED_WITHOUT_REASON',
      unjustifiedRefusalByPerson: true,
      unjustifiedRefusalByEmployer: false,
    });
    const next = await refer(world.cpi, { requestId, referenceDate: today, idempotencyKey: 'act-3' });
    expect(next.errors).toBeUndefined();
    const request = next.data!['referFromRankingList'];
    expect(request).toMatchObject({ hired: 1, awaitingOutcome: 1, openPositions: 0, status: 'OPEN' });
    expect(request.referrals.map((r: { rankingPosition: number }) => r.rankingPosition)).toEqual([1, 2, 3]);
    // The CPI sees the refusal on the person it referred.
    const refusedPerson = (
      await world.must(
        world.cpi,
        'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { entries { position person { id } } } }',
        { on: today },
      )
    )['rankingList'].entries.find((e: { position: number }) => e.position === 2).person.id;
    const seen = await world.must(
      world.cpi,
      'query ($id: ID!) { person(id: $id) { referrals { id unjustifiedRefusalByPerson } } }',
      {
        id: refusedPerson,
      },
    );
    expect(seen['person'].referrals).toEqual([{ id: referralIds[1], unjustifiedRefusalByPerson: true }]);
  });

  it('a nominative request names people of the list; one not on it is refused at the referral', async () => {
    const employer = await callers.employer(world.employerId);
    const stranger = encodePersonFiscalCode({
      givenName: 'Ugo',
      familyName: 'Estraneo',
      birthDate: '1970-01-01',
      sex: 'M',
      birthPlaceCode: 'F205',
    });
    const wrong = await file(employer, {
      employerId: world.employerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Magazziniere',
      kind: 'NOMINATIVE',
      positions: 1,
      nominees: [stranger],
      idempotencyKey: 'nom-stranger',
    });
    expect(wrong.errors).toBeUndefined();
    expect(
      rule(
        await refer(world.cpi, {
          requestId: wrong.data!['fileReferralRequest'].id,
          referenceDate: today,
          idempotencyKey: 'act-nom-1',
        }),
      ),
    ).toBe('REFERRAL_NOMINEE_NOT_ON_LIST');
    // Whoever is fourth on the list, named by the employer, is referred whatever the position.
    const fourth = (
      await world.must(
        world.cpi,
        'query ($on: Date!) { rankingList(list: DISABILITY, referenceDate: $on) { entries { position person { id fiscalCode } } } }',
        { on: today },
      )
    )['rankingList'].entries.find((e: { position: number }) => e.position === 4).person.fiscalCode;
    const named = await file(employer, {
      employerId: world.employerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Magazziniere',
      kind: 'NOMINATIVE',
      positions: 1,
      nominees: [fourth.toLowerCase()],
      idempotencyKey: 'nom-fourth',
    });
    expect(named.data!['fileReferralRequest']).toMatchObject({ kind: 'NOMINATIVE', nominees: [fourth] });
    const act = await refer(world.cpi, {
      requestId: named.data!['fileReferralRequest'].id,
      referenceDate: today,
      idempotencyKey: 'act-nom-2',
    });
    expect(
      act.data!['referFromRankingList'].referrals.map((r: { rankingPosition: number }) => r.rankingPosition),
    ).toEqual([4]);
    expect(
      errorCode(
        await file(employer, {
          employerId: world.employerId,
          province: 'MI',
          category: 'DISABLED',
          qualification: 'Magazziniere',
          kind: 'NOMINATIVE',
          positions: 2,
          nominees: [fourth],
          idempotencyKey: 'nom-bad',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('L. 68/1999 art. 7 c.2: a public administration asks numerically, never by name', async () => {
    const response = await file(await callers.employer(publicEmployerId), {
      employerId: publicEmployerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Operatore',
      kind: 'NOMINATIVE',
      positions: 1,
      nominees: [people['luca']!.fiscalCode],
      idempotencyKey: 'pub-nom',
    });
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'REFERRAL_NOMINATIVE_NOT_ALLOWED',
    });
  });

  it('L. 68/1999 art. 9 c.1, art. 7 c.1-bis: the CPI opens a numeric request itself after the 60 days, not within them', async () => {
    const input = (employerId: string, key: string, kind = 'NUMERIC') => ({
      employerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Operaio generico',
      kind,
      positions: 1,
      nominees: kind === 'NOMINATIVE' ? [people['luca']!.fiscalCode] : [],
      idempotencyKey: key,
    });
    const after = await file(world.cpi, input(world.employerId, 'cpi-after'));
    expect(after.errors).toBeUndefined();
    expect(after.data!['fileReferralRequest']).toMatchObject({
      origin: 'CPI_AFTER_TERM',
      kind: 'NUMERIC',
      termEndsOn: '2026-03-01',
    });
    cpiRequestId = after.data!['fileReferralRequest'].id;
    const arisen = addDays(today, -9);
    expect(await status(withinTermEmployerId)).toMatchObject({ uncovered: 1, uncoveredSince: arisen });
    const within = await file(world.cpi, input(withinTermEmployerId, 'cpi-within'));
    expect(within.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'REFERRAL_TERM_NOT_EXPIRED',
      termEndsOn: addDays(arisen, 60),
    });
    // The employer itself may ask within its term.
    const own = await file(await callers.employer(withinTermEmployerId), input(withinTermEmployerId, 'own-within'));
    expect(own.data!['fileReferralRequest']).toMatchObject({ origin: 'EMPLOYER', withinTerm: true });
    expect(rule(await file(world.cpi, input(world.employerId, 'cpi-nom', 'NOMINATIVE')))).toBe(
      'REFERRAL_CPI_NUMERIC_ONLY',
    );
  });

  it('two referral acts on one request at once: the request is locked, one refers, the other finds no open position', async () => {
    const acts = await Promise.all(
      ['race-a', 'race-b'].map((key) =>
        refer(world.cpi, { requestId: cpiRequestId, referenceDate: today, idempotencyKey: key }),
      ),
    );
    const referred = acts.filter((a) => a.errors === undefined);
    expect(referred).toHaveLength(1);
    expect(referred[0]!.data!['referFromRankingList'].referrals).toHaveLength(1);
    expect(acts.map(rule).filter(Boolean)).toEqual(['REFERRAL_NO_OPEN_POSITION']);
  });

  it('L. 68/1999 art. 8 c.1, art. 9: a person hired through a referral and still employed is not referred again', async () => {
    const entries = await rankingEntries();
    const employer = await callers.employer(world.employerId);
    const request = await file(employer, {
      employerId: world.employerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Magazziniere',
      kind: 'NOMINATIVE',
      positions: 1,
      nominees: [entries.find((e) => e.position === 1)!.person.fiscalCode],
      idempotencyKey: 'nom-employed',
    });
    const act = await refer(world.cpi, {
      requestId: request.data!['fileReferralRequest'].id,
      referenceDate: today,
      idempotencyKey: 'act-employed',
    });
    expect(act.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL',
    });
    expect(act.errors![0]!.message).not.toContain('\n');
  });

  it('L. 68/1999 art. 10 c.6 (dated configuration): a second unjustified refusal in a row keeps the person off the referrals for six months', async () => {
    // The race referred the second of the list, who had refused once without a reason; now they do not appear.
    const raced = (
      await world.must(world.cpi, `query ($id: ID!) { referralRequest(id: $id) { ${requestFields} } }`, {
        id: cpiRequestId,
      })
    )['referralRequest'].referrals[0];
    expect(raced.rankingPosition).toBe(2);
    const noShow = await outcome(world.cpi, {
      referralId: raced.id,
      outcome: 'NOT_HIRED',
      reason: 'PERSON_DID_NOT_APPEAR',
    });
    expect(noShow.data!['recordReferralOutcome'].unjustifiedRefusalByPerson).toBe(true);
    const entries = await rankingEntries();
    const employer = await callers.employer(world.employerId);
    const named = await file(employer, {
      employerId: world.employerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Magazziniere',
      kind: 'NOMINATIVE',
      positions: 1,
      nominees: [entries.find((e) => e.position === 2)!.person.fiscalCode],
      idempotencyKey: 'nom-refused-twice',
    });
    const act = await refer(world.cpi, {
      requestId: named.data!['fileReferralRequest'].id,
      referenceDate: today,
      idempotencyKey: 'act-refused-twice',
    });
    expect(act.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'REFERRAL_PERSON_SUSPENDED_AFTER_REFUSALS',
      until: addDays(addMonths(today, 6), -1),
    });
    // A numeric request passes over them: the first is employed, the second off, the third and fourth awaiting.
    const numeric = await file(employer, {
      employerId: world.employerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Magazziniere',
      kind: 'NUMERIC',
      positions: 1,
      idempotencyKey: 'num-after-refusals',
    });
    numericAfterRefusalsId = numeric.data!['fileReferralRequest'].id;
    expect(
      rule(
        await refer(world.cpi, {
          requestId: numericAfterRefusalsId,
          referenceDate: today,
          idempotencyKey: 'act-num-ar',
        }),
      ),
    ).toBe('REFERRAL_LIST_EXHAUSTED');
  });

  it('L. 68/1999 art. 9 c.4: a person with a psychic disability is referred only by name within an art. 11 agreement', async () => {
    await enrol('psychic', 'Sandro', '1985-02-02', '2024-07-01', true);
    // Numeric: passed over, though nobody else is left.
    expect(
      rule(
        await refer(world.cpi, {
          requestId: numericAfterRefusalsId,
          referenceDate: today,
          idempotencyKey: 'act-num-ps',
        }),
      ),
    ).toBe('REFERRAL_LIST_EXHAUSTED');
    const employer = await callers.employer(withinTermEmployerId);
    const named = await file(employer, {
      employerId: withinTermEmployerId,
      province: 'MI',
      category: 'DISABLED',
      qualification: 'Archivista',
      kind: 'NOMINATIVE',
      positions: 1,
      nominees: [people['psychic']!.fiscalCode],
      idempotencyKey: 'nom-psychic',
    });
    const requestOfPsychic = named.data!['fileReferralRequest'].id;
    expect(
      rule(await refer(world.cpi, { requestId: requestOfPsychic, referenceDate: today, idempotencyKey: 'act-ps-1' })),
    ).toBe('REFERRAL_PSYCHIC_ONLY_BY_AGREEMENT');
    await world.must(world.cpi, 'mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id } }', {
      input: {
        employerId: withinTermEmployerId,
        province: 'MI',
        startsOn: today,
        schedule: [{ dueOn: addDays(today, 90), hires: 1 }],
      },
    });
    const act = await refer(world.cpi, {
      requestId: requestOfPsychic,
      referenceDate: today,
      idempotencyKey: 'act-ps-2',
    });
    expect(act.errors).toBeUndefined();
    expect(act.data!['referFromRankingList'].referrals).toHaveLength(1);
  });

  it('wrong callers are refused: only the employer files, only the CPI of the province refers, nobody else reads', async () => {
    const filing = {
      employerId: world.employerId,
      vacancyId,
      kind: 'NUMERIC',
      positions: 1,
      idempotencyKey: 'k-other',
    };
    const others = {
      cpiOtherProvince: await callers.cpi('BG'),
      accredited: world.accredited,
      region: world.region,
      otherEmployer: await callers.employer('altro-datore'),
      citizen: await callers.citizen(world.personId),
    };
    for (const [who, token] of Object.entries(others)) {
      expect([who, errorCode(await file(token, filing))]).toEqual([
        who,
        who === 'cpiOtherProvince' || who === 'accredited' || who === 'region' ? 'FORBIDDEN' : 'NOT_FOUND',
      ]);
      expect([who, errorCode(await refer(token, { requestId, referenceDate: today, idempotencyKey: 'k' }))]).toEqual([
        who,
        'NOT_FOUND',
      ]);
      expect([
        who,
        errorCode(
          await outcome(token, { referralId: referralIds[0], outcome: 'NOT_HIRED', reason: 'EMPLOYER_REFUSED' }),
        ),
      ]).toEqual([who, 'NOT_FOUND']);
      const read = await gql(graph.gatewayUrl, token, 'query ($id: ID!) { referralRequest(id: $id) { id } }', {
        id: requestId,
      });
      expect([who, read.data?.['referralRequest'] ?? null]).toEqual([who, null]);
      const list = await gql(graph.gatewayUrl, token, 'query { referralRequests { id } }');
      if (who === 'cpiOtherProvince' || who === 'otherEmployer') expect(list.data!['referralRequests']).toEqual([]);
      else expect([who, errorCode(list)]).toEqual([who, 'FORBIDDEN']);
    }
    // The employer files and answers but never refers.
    expect(
      errorCode(
        await refer(await callers.employer(world.employerId), { requestId, referenceDate: today, idempotencyKey: 'k' }),
      ),
    ).toBe('FORBIDDEN');
    expect((await gql(graph.gatewayUrl, null, 'query { referralRequests { id } }')).status).toBe(401);
    // The employer and the CPI of the province list the request.
    for (const token of [world.cpi, await callers.employer(world.employerId)]) {
      const listed = await world.must(token, 'query { referralRequests(status: OPEN) { id } }');
      expect(listed['referralRequests'].map((r: { id: string }) => r.id)).toContain(requestId);
    }
  });

  it('every act is in the audit log', async () => {
    const events = (
      await world.must(
        await callers.dpo(),
        'query { employersAuditEvents(from: "2026-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", first: 1000) { entity action } }',
      )
    )['employersAuditEvents'] as Array<{ entity: string; action: string }>;
    for (const field of ['fileReferralRequest', 'referFromRankingList', 'recordReferralOutcome'])
      expect(events.some((e) => e.entity === field && e.action === 'WRITE')).toBe(true);
  });
});
