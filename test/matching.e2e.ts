import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, errorCode, gql, tokenFor } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { declareUnemployment, seedJourney } from './support/fixtures.ts';

/**
 * Matching through the gateway: a vacancy with a job profile, a shortlist built by the CPI from
 * the ranking list (people subgraph, one call with the CPI's token), sent to the employer, the employer's feedback,
 * and a placement for the vacancy covering the quota (outcomes -> employers through the federated graph).
 */
let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let vacancyId: string;
let shortlistId: string;
const people: Record<string, string> = {};

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  const { cpi, must, personId, employerId } = world;

  const enrol = async (key: string, givenName: string, birthDate: string, municipality: string, acceptedOn: string) => {
    const fiscalCode = encodePersonFiscalCode({
      givenName,
      familyName: 'Rossi',
      birthDate,
      sex: 'M',
      birthPlaceCode: 'F205',
    });
    const id = (
      await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
        input: {
          fiscalCode,
          givenName,
          familyName: 'Rossi',
          birthDate,
          sex: 'M',
          residenceProvince: 'MI',
          residenceMunicipality: municipality,
          email: `${key}@example.org`,
        },
      })
    )['registerPerson'].id as string;
    await declareUnemployment(must, cpi, id, '2024-01-02');
    const enrolmentId = (
      await must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
        input: {
          personId: id,
          list: 'DISABILITY',
          submittedOn: '2024-01-10',
          category: 'CIVIL_INVALID',
          invalidityPercent: 70,
        },
      })
    )['submitEnrolment'].id;
    await must(cpi, 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
      input: { enrolmentId, to: 'ACCEPTED', on: acceptedOn },
    });
    people[key] = id;
    return id;
  };
  const profile = (id: string, tasksToAvoid: string[], workplaceAdjustments: string[] = []) =>
    must(cpi, 'mutation ($input: FunctionalProfileInput!) { recordFunctionalProfile(input: $input) { version } }', {
      input: { personId: id, residualCapacities: ['d440'], tasksToAvoid, compatibleTasks: [], workplaceAdjustments },
    });
  const record = (id: string, occupation: string | null, availability: Record<string, unknown>) =>
    must(cpi, 'mutation ($input: ProfessionalRecordInput!) { saveProfessionalRecord(input: $input) { version } }', {
      input: {
        personId: id,
        experiences: occupation
          ? [
              {
                employer: 'Prima S.r.l.',
                occupationCode: occupation,
                occupationCodeSystem: 'ISTAT_CP2011',
                from: '2015-01-01',
                to: '2019-12-31',
              },
            ]
          : [],
        skills: [{ codeSystem: 'ESCO', code: 'http://data.europa.eu/esco/skill/data-entry', label: 'Data entry' }],
        availability,
      },
    });

  // Marta (the fixture's person, Milano): the right occupation, 30 h, day shifts, within 20 km.
  people['marta'] = personId;
  await profile(personId, ['d4154'], ['e1351']);
  await record(personId, '4.1.1.2.0', { weeklyHours: 30, maxDistanceKm: 20, shifts: ['DAY'] });
  // Luca (Sesto San Giovanni, about 8 km): same CP2011 group only, no statement of hours or shifts.
  await enrol('luca', 'Luca', '1990-03-03', 'I690', '2025-03-01');
  await profile(people['luca']!, []);
  await record(people['luca']!, '4.1.1.4.0', { shifts: [] });
  // Piero must avoid lifting: the job demands it, so he is never shortlisted.
  await enrol('piero', 'Piero', '1980-04-04', 'F205', '2024-05-01');
  await profile(people['piero']!, ['d430']);
  await record(people['piero']!, '4.1.1.2.0', { weeklyHours: 40, maxDistanceKm: 50, shifts: ['DAY'] });
  // Gino has no functional profile: compatibility cannot be established.
  await enrol('gino', 'Gino', '1975-05-05', 'F205', '2024-06-01');
  await record(people['gino']!, '4.1.1.2.0', { weeklyHours: 40, maxDistanceKm: 50, shifts: ['DAY'] });
  // Aldo lives in Abbiategrasso (about 22 km) and stated 10 km at most.
  await enrol('aldo', 'Aldo', '1985-06-06', 'A010', '2024-07-01');
  await profile(people['aldo']!, []);
  await record(people['aldo']!, '4.1.1.2.0', { weeklyHours: 40, maxDistanceKm: 10, shifts: ['DAY'] });
  // Rino lives in Rho, not in the reference table of coordinates: kept, distance scored as unknown.
  await enrol('rino', 'Rino', '1992-07-07', 'H264', '2025-04-01');
  await profile(people['rino']!, []);
  await record(people['rino']!, '4.1.1.2.0', { weeklyHours: 40, maxDistanceKm: 30, shifts: ['DAY'] });

  const siteId = (await must(cpi, 'query ($id: ID!) { employer(id: $id) { sites { id } } }', { id: employerId }))[
    'employer'
  ].sites[0].id as string;
  vacancyId = (
    await must(cpi, 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }', {
      input: {
        employerId,
        title: 'Impiegato/a amministrativo/a',
        occupationCode: '4.1.1.2.0',
        occupationCodeSystem: 'ISTAT_CP2011',
        province: 'MI',
        positions: 1,
        reservedFor: 'DISABLED',
        openedOn: '2026-10-01',
        jobProfile: {
          tasks: [
            { description: 'Inserimento dati', demands: ['d4153', 'd440'] },
            { description: 'Archivio', demands: ['d4300'] },
          ],
          adjustmentsAvailable: ['e150'],
          requiredSkills: ['data-entry'],
          weeklyHours: 30,
          shifts: ['DAY'],
          contract: 'PERMANENT',
          siteId,
        },
      },
    })
  )['openVacancy'].id as string;
});

afterAll(() => graph?.[Symbol.asyncDispose]());

const shortlistFields = /* GraphQL */ `
  id weightsVersion referenceDate sentAt sentBy
  candidates { rank person { id } givenName familyName email score adjustmentsToArrange components { criterion weight fit points explanation } feedback { outcome reason recordedBy } }
`;
const build = (token: string, input: Record<string, unknown>) =>
  gql(
    graph.gatewayUrl,
    token,
    `mutation ($input: BuildShortlistInput!) { buildShortlist(input: $input) { ${shortlistFields} } }`,
    { input },
  );

interface Candidate {
  rank: number;
  person: { id: string };
  score: number;
  components: Array<{ criterion: string; weight: number; points: number; explanation: string }>;
  adjustmentsToArrange: string[];
}

describe('matching through the gateway', () => {
  it('the vacancy keeps its job profile, with demands from the ICF vocabulary and its site', async () => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { vacancy(id: $id) { jobProfile { demands weeklyHours shifts contract site { municipality province } } } }',
      { id: vacancyId },
    );
    expect(errors).toBeUndefined();
    expect(data!['vacancy'].jobProfile).toEqual({
      demands: ['d4153', 'd440', 'd4300'],
      weeklyHours: 30,
      shifts: ['DAY'],
      contract: 'PERMANENT',
      site: { municipality: 'F205', province: 'MI' },
    });
  });

  it('the CPI of the province builds a shortlist: no incompatible person, ranked by score, every score explained', async () => {
    const response = await build(world.cpi, { vacancyId, referenceDate: '2026-11-01', idempotencyKey: 'match-1' });
    expect(response.errors).toBeUndefined();
    const shortlist = response.data!['buildShortlist'];
    shortlistId = shortlist.id;
    expect(shortlist).toMatchObject({ weightsVersion: 'MATCHING-2026-11', sentAt: null });
    const candidates = shortlist.candidates as Candidate[];
    const ids = candidates.map((c) => c.person.id);
    // Piero avoids d430 (the job demands d4300), Gino has no profile, Aldo is beyond his stated 10 km.
    for (const excluded of ['piero', 'gino', 'aldo']) expect(ids).not.toContain(people[excluded]);
    expect(new Set(ids)).toEqual(new Set([people['marta'], people['luca'], people['rino']]));
    // Ranked as documented: score descending, ranks 1..n, each score the sum of weight x fit over four criteria.
    expect(candidates.map((c) => c.rank)).toEqual([1, 2, 3]);
    for (let i = 1; i < candidates.length; i++)
      expect(candidates[i - 1]!.score).toBeGreaterThanOrEqual(candidates[i]!.score);
    for (const c of candidates) {
      expect(c.components.map((k) => k.criterion)).toEqual(['SKILLS', 'DISTANCE', 'HOURS_AND_SHIFTS', 'RANKING']);
      expect(c.score).toBeCloseTo(
        c.components.reduce((sum, k) => sum + k.points, 0),
        1,
      );
      for (const k of c.components) expect(k.explanation.length).toBeGreaterThan(0);
    }
    const marta = candidates.find((c) => c.person.id === people['marta'])!;
    expect(marta.rank).toBe(1);
    expect(marta.adjustmentsToArrange).toEqual(['e1351']);
    expect(marta.components.find((k) => k.criterion === 'SKILLS')).toMatchObject({
      points: 35,
      explanation: expect.stringContaining('1 of 1 required ESCO skills'),
    });
    const rino = candidates.find((c) => c.person.id === people['rino'])!;
    expect(rino.components.find((k) => k.criterion === 'DISTANCE')).toMatchObject({
      points: 0,
      explanation: expect.stringContaining('H264 not in the reference table'),
    });
  });

  it('the CPI sees who was excluded and why; the build is idempotent per key', async () => {
    const { data, errors } = await gql(
      graph.gatewayUrl,
      world.cpi,
      'query ($id: ID!) { shortlist(id: $id) { consideredCount exclusions { person { id } reasons } } }',
      { id: shortlistId },
    );
    expect(errors).toBeUndefined();
    expect(data!['shortlist'].consideredCount).toBe(6);
    const reasons = Object.fromEntries(
      (data!['shortlist'].exclusions as Array<{ person: { id: string }; reasons: string[] }>).map((e) => [
        e.person.id,
        e.reasons,
      ]),
    );
    expect(reasons).toEqual({
      [people['piero']!]: ['INCOMPATIBLE_DEMAND'],
      [people['gino']!]: ['NO_FUNCTIONAL_PROFILE'],
      [people['aldo']!]: ['BEYOND_STATED_DISTANCE'],
    });
    const again = await build(world.cpi, { vacancyId, referenceDate: '2026-11-01', idempotencyKey: 'match-1' });
    expect(again.data!['buildShortlist'].id).toBe(shortlistId);
    const misuse = await build(world.cpi, { vacancyId, referenceDate: '2026-10-15', idempotencyKey: 'match-1' });
    expect(errorCode(misuse)).toBe('CONFLICT');
  });

  it('bad input and refused builds answer with their codes', async () => {
    expect(errorCode(await build(world.cpi, { vacancyId, referenceDate: '2026-11-01', idempotencyKey: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await build(world.cpi, { vacancyId, referenceDate: '2026-11-01', idempotencyKey: 'k-size', size: 51 })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await build(world.cpi, { vacancyId, referenceDate: '2999-01-01', idempotencyKey: 'k-future' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await build(world.cpi, { vacancyId: 'no-such-vacancy', referenceDate: '2026-11-01', idempotencyKey: 'k-none' }),
      ),
    ).toBe('NOT_FOUND');
    const plain = (
      await world.must(world.cpi, 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }', {
        input: {
          employerId: world.employerId,
          title: 'Magazziniere',
          province: 'MI',
          positions: 1,
          openedOn: '2026-10-01',
        },
      })
    )['openVacancy'].id;
    const refused = await build(world.cpi, {
      vacancyId: plain,
      referenceDate: '2026-11-01',
      idempotencyKey: 'k-plain',
    });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'MATCHING_VACANCY_NOT_PROTECTED',
    });
    await world.must(world.cpi, 'mutation ($id: ID!) { closeVacancy(id: $id, on: "2026-10-20") { status } }', {
      id: plain,
    });
    expect(
      (await build(world.cpi, { vacancyId: plain, referenceDate: '2026-11-01', idempotencyKey: 'k-closed' }))
        .errors![0]!.extensions,
    ).toMatchObject({ rule: 'MATCHING_VACANCY_NOT_OPEN' });
    // A second shortlist, kept unsent: the CPI cannot record an answer on it yet.
    const draft = (await build(world.cpi, { vacancyId, referenceDate: '2026-10-15', idempotencyKey: 'match-draft' }))
      .data!['buildShortlist'];
    const early = await gql(
      graph.gatewayUrl,
      world.cpi,
      'mutation ($input: ShortlistFeedbackInput!) { recordShortlistFeedback(input: $input) { rank } }',
      {
        input: {
          shortlistId: draft.id,
          personId: draft.candidates[0].person.id,
          outcome: 'SELECTED',
          idempotencyKey: 'fb-draft',
        },
      },
    );
    expect(early.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'MATCHING_FEEDBACK_BEFORE_SENDING',
    });
    const badProfile = await gql(
      graph.gatewayUrl,
      world.cpi,
      'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }',
      {
        input: {
          employerId: world.employerId,
          title: 'X',
          province: 'MI',
          positions: 1,
          openedOn: '2026-10-01',
          reservedFor: 'DISABLED',
          jobProfile: {
            tasks: [{ description: 'x', demands: ['heavy lifting'] }],
            weeklyHours: 30,
            contract: 'PERMANENT',
            siteId: 'nope',
          },
        },
      },
    );
    expect(errorCode(badProfile)).toBe('BAD_USER_INPUT');
    expect(badProfile.errors![0]!.extensions!['field']).toBe('input.jobProfile.tasks.0.demands');
  });

  it('nobody but the CPI of the province builds or sends; the employer does not see an unsent shortlist', async () => {
    const { region, accredited } = world;
    const others = [
      await callers.cpi('BG'),
      accredited,
      await callers.accredited('ente-senza-persona'),
      region,
      await callers.employer(world.employerId),
      await callers.employer('altro-datore'),
      await callers.citizen(world.personId),
    ];
    for (const token of others) {
      expect(
        errorCode(await build(token, { vacancyId, referenceDate: '2026-11-01', idempotencyKey: 'k-other' })),
      ).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(
        errorCode(
          await gql(graph.gatewayUrl, token, 'mutation ($id: ID!) { sendShortlist(id: $id) { id } }', {
            id: shortlistId,
          }),
        ),
      ).toMatch(/FORBIDDEN|NOT_FOUND/);
      const read = await gql(graph.gatewayUrl, token, 'query ($id: ID!) { shortlist(id: $id) { id } }', {
        id: shortlistId,
      });
      expect(read.data?.['shortlist'] ?? null).toBeNull();
    }
    const early = await gql(
      graph.gatewayUrl,
      await callers.employer(world.employerId),
      'mutation ($input: ShortlistFeedbackInput!) { recordShortlistFeedback(input: $input) { rank } }',
      {
        input: { shortlistId, personId: people['marta'], outcome: 'SELECTED', idempotencyKey: 'fb-early' },
      },
    );
    expect(errorCode(early)).toBe('NOT_FOUND');
  });

  it('people answers its matching pool only to the CPI of the province with health:read, and audits the read', async () => {
    const pool =
      'query { matchingPool(list: DISABILITY, referenceDate: "2026-11-01") { rankingPosition rankingSize person { id } } }';
    const own = await gql(graph.gatewayUrl, world.cpi, pool);
    expect(own.errors).toBeUndefined();
    expect(own.data!['matchingPool']).toHaveLength(6);
    expect(own.data!['matchingPool'].map((m: { rankingPosition: number }) => m.rankingPosition)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    const noHealth = await tokenFor({
      sub: 'desk@cpi-mi',
      org: world.cpiId,
      org_kind: 'cpi',
      province: 'MI',
      scope: 'people:read people:write',
    });
    for (const token of [
      noHealth,
      world.accredited,
      world.region,
      await callers.employer(world.employerId),
      await callers.citizen(world.personId),
    ]) {
      expect(errorCode(await gql(graph.gatewayUrl, token, pool))).toBe('FORBIDDEN');
    }
    // Another province's CPI reads its own (empty) list, never Milan's.
    expect((await gql(graph.gatewayUrl, await callers.cpi('BG'), pool)).data!['matchingPool']).toEqual([]);
    const audit = await gql(
      graph.gatewayUrl,
      await callers.dpo(),
      'query ($p: ID!) { auditEvents(personId: $p, from: "2026-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { entity action } }',
      { p: people['piero'] },
    );
    expect(audit.data!['auditEvents']).toContainEqual({ entity: 'RankingList', action: 'READ' });
  });

  it('the CPI sends it once; then the employer sees it, without exclusions or health data', async () => {
    const sent = await gql(
      graph.gatewayUrl,
      world.cpi,
      'mutation ($id: ID!) { sendShortlist(id: $id) { sentAt sentBy } }',
      { id: shortlistId },
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!['sendShortlist']).toMatchObject({
      sentAt: expect.any(String),
      sentBy: `operator@${world.cpiId}`,
    });
    expect(
      errorCode(
        await gql(graph.gatewayUrl, world.cpi, 'mutation ($id: ID!) { sendShortlist(id: $id) { id } }', {
          id: shortlistId,
        }),
      ),
    ).toBe('CONFLICT');

    const employer = await callers.employer(world.employerId);
    const seen = await gql(
      graph.gatewayUrl,
      employer,
      `query ($id: ID!) { vacancy(id: $id) { shortlists { ${shortlistFields} } } }`,
      { id: vacancyId },
    );
    expect(seen.errors).toBeUndefined();
    const [shortlist] = seen.data!['vacancy'].shortlists;
    expect(shortlist.id).toBe(shortlistId);
    expect(shortlist.candidates[0]).toMatchObject({ givenName: 'Marta', familyName: 'Colombo' });
    expect(JSON.stringify(shortlist)).not.toMatch(/invalidity|d430|NO_FUNCTIONAL_PROFILE/i);
    for (const field of ['exclusions { reasons }', 'consideredCount']) {
      expect(
        errorCode(
          await gql(graph.gatewayUrl, employer, `query ($id: ID!) { shortlist(id: $id) { ${field} } }`, {
            id: shortlistId,
          }),
        ),
      ).toBe('FORBIDDEN');
      // The refused field is null with its rule; the shortlist itself is still answered (README, "Refusal model").
      const partial = await gql(graph.gatewayUrl, employer, `query ($id: ID!) { shortlist(id: $id) { id ${field} } }`, {
        id: shortlistId,
      });
      expect(partial.data!['shortlist']).toMatchObject({ id: shortlistId });
      expect(partial.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'SHORTLIST_CPI_ONLY' });
    }
    // Another employer sees neither the vacancy's shortlists nor the shortlist.
    const other = await callers.employer('altro-datore');
    expect(
      (await gql(graph.gatewayUrl, other, 'query ($id: ID!) { shortlist(id: $id) { id } }', { id: shortlistId })).data![
        'shortlist'
      ],
    ).toBeNull();
    expect(
      (await gql(graph.gatewayUrl, other, 'query ($id: ID!) { vacancy(id: $id) { id } }', { id: vacancyId })).data![
        'vacancy'
      ],
    ).toBeNull();
    // Region and accredited bodies are refused the vacancy's shortlists.
    for (const token of [world.region, world.accredited]) {
      expect(
        errorCode(
          await gql(graph.gatewayUrl, token, 'query ($id: ID!) { vacancy(id: $id) { shortlists { id } } }', {
            id: vacancyId,
          }),
        ),
      ).toBe('FORBIDDEN');
    }
  });

  it('the employer answers about candidates: a rejection needs a reason, answers are kept with who and when', async () => {
    const employer = await callers.employer(world.employerId);
    const answer = (input: Record<string, unknown>, token = employer) =>
      gql(
        graph.gatewayUrl,
        token,
        'mutation ($input: ShortlistFeedbackInput!) { recordShortlistFeedback(input: $input) { person { id } feedback { outcome reason recordedBy } feedbackHistory { outcome } } }',
        { input: { shortlistId, ...input } },
      );
    expect(errorCode(await answer({ personId: people['luca'], outcome: 'REJECTED', idempotencyKey: 'fb-0' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await answer({ personId: people['piero'], outcome: 'SELECTED', idempotencyKey: 'fb-x' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await answer(
          { personId: people['marta'], outcome: 'SELECTED', idempotencyKey: 'fb-y' },
          await callers.cpi('BG'),
        ),
      ),
    ).toBe('NOT_FOUND');
    const rejected = await answer({
      personId: people['luca'],
      outcome: 'REJECTED',
      reason: 'Cerca esperienza nel ruolo',
      idempotencyKey: 'fb-1',
    });
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!['recordShortlistFeedback'].feedback).toEqual({
      outcome: 'REJECTED',
      reason: 'Cerca esperienza nel ruolo',
      recordedBy: `hr@${world.employerId}`,
    });
    const selected = await answer({ personId: people['marta'], outcome: 'SELECTED', idempotencyKey: 'fb-2' });
    expect(selected.data!['recordShortlistFeedback'].feedback.outcome).toBe('SELECTED');
    // A retry is harmless; the same key for another answer is a conflict.
    expect(
      (await answer({ personId: people['marta'], outcome: 'SELECTED', idempotencyKey: 'fb-2' })).data![
        'recordShortlistFeedback'
      ].feedbackHistory,
    ).toHaveLength(1);
    expect(
      errorCode(await answer({ personId: people['marta'], outcome: 'REJECTED', reason: 'x', idempotencyKey: 'fb-2' })),
    ).toBe('CONFLICT');
    // The CPI may record an answer on the employer's behalf; the later answer supersedes, both are kept.
    const changed = await answer({ personId: people['luca'], outcome: 'SELECTED', idempotencyKey: 'fb-3' }, world.cpi);
    expect(changed.data!['recordShortlistFeedback'].feedbackHistory).toEqual([
      { outcome: 'REJECTED' },
      { outcome: 'SELECTED' },
    ]);
  });

  it('Person.candidacies: the CPI of the province sees where the person stands; an accredited body in charge sees none', async () => {
    const query =
      'query ($id: ID!) { person(id: $id) { givenName candidacies { rank score vacancy { id } feedback { outcome } } } }';
    const cpi = await gql(graph.gatewayUrl, world.cpi, query, { id: people['luca'] });
    expect(cpi.errors).toBeUndefined();
    // Newest first: the unsent shortlist of 15 October (no answer yet), then the sent one with the CPI's later answer.
    expect(cpi.data!['person'].candidacies).toEqual([
      { rank: expect.any(Number), score: expect.any(Number), vacancy: { id: vacancyId }, feedback: null },
      {
        rank: expect.any(Number),
        score: expect.any(Number),
        vacancy: { id: vacancyId },
        feedback: { outcome: 'SELECTED' },
      },
    ]);
    // Piero was excluded: he is on no shortlist.
    expect(
      (await gql(graph.gatewayUrl, world.cpi, query, { id: people['piero'] })).data!['person'].candidacies,
    ).toEqual([]);
    const accredited = await gql(graph.gatewayUrl, world.accredited, query, { id: world.personId });
    expect(accredited.errors).toBeUndefined();
    expect(accredited.data!['person']).toEqual({ givenName: 'Marta', candidacies: [] });
  });

  it('direct _entities calls to employers apply the same rules: the employer sees its sent shortlist, no one else', async () => {
    const entities =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { candidacies { rank vacancy { id } } } } }';
    const ask = async (token: string) => {
      const { data, errors } = await gql(graph.subgraphUrls.employers, token, entities, {
        r: [{ __typename: 'Person', id: people['marta'] }],
      });
      expect(errors).toBeUndefined();
      return data!['_entities'][0].candidacies;
    };
    expect(await ask(await callers.employer(world.employerId))).toEqual([{ rank: 1, vacancy: { id: vacancyId } }]);
    for (const token of [
      await callers.employer('altro-datore'),
      await callers.cpi('BG'),
      world.region,
      world.accredited,
      await callers.citizen(world.personId),
    ]) {
      expect(await ask(token)).toEqual([]);
    }
  });

  it('a placement recorded in outcomes for the vacancy covers the quota here, through the federated graph', async () => {
    const { cpi, must, employerId } = world;
    // 20 full-time workers: disability quota 1 (L. 68/1999 art. 3 c.1, 15-35 employees).
    await must(
      cpi,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
      {
        input: {
          employerId,
          year: 2025,
          submittedOn: '2026-01-20',
          workforce: { workers: [{ count: 20, contract: 'PERMANENT' }] },
        },
      },
    );
    const status = async () =>
      (
        await must(
          cpi,
          'query ($id: ID!) { obligationStatus(employerId: $id, province: "MI", on: "2026-11-20") { quota covered uncovered hiredSinceReport } }',
          { id: employerId },
        )
      )['obligationStatus'];
    expect(await status()).toMatchObject({ quota: 1, uncovered: 1, hiredSinceReport: 0 });
    await must(
      cpi,
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id vacancy { id title } } }',
      {
        input: {
          idempotencyKey: 'match-placement',
          personId: people['marta'],
          employerId,
          vacancyId,
          contract: 'PERMANENT',
          weeklyHours: 30,
          fullTimeWeeklyHours: 40,
          startedOn: '2026-11-16',
          countsTowardQuota: true,
        },
      },
    );
    expect(await status()).toMatchObject({ quota: 1, covered: 1, uncovered: 0, hiredSinceReport: 1 });
    // Once filled the vacancy closes; a late retry of the first build still answers the shortlist kept then.
    await must(cpi, 'mutation ($id: ID!) { closeVacancy(id: $id, on: "2026-11-16") { status } }', { id: vacancyId });
    expect(
      (await build(cpi, { vacancyId, referenceDate: '2026-11-01', idempotencyKey: 'match-1' })).data!['buildShortlist']
        .id,
    ).toBe(shortlistId);
  });
  it('a reserved vacancy opened without a job profile gets one later (setVacancyJobProfile) and can then be matched', async () => {
    const siteId = (
      await world.must(world.cpi, 'query ($id: ID!) { employer(id: $id) { sites { id } } }', { id: world.employerId })
    )['employer'].sites[0].id as string;
    const id = (
      await world.must(world.cpi, 'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { id } }', {
        input: {
          employerId: world.employerId,
          title: 'Addetto/a archivio',
          province: 'MI',
          positions: 1,
          openedOn: '2026-10-05',
          reservedFor: 'DISABLED',
        },
      })
    )['openVacancy'].id as string;
    expect(
      (await build(world.cpi, { vacancyId: id, referenceDate: '2026-11-01', idempotencyKey: 'k-late-1' })).errors![0]!
        .extensions,
    ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'MATCHING_NO_JOB_PROFILE' });
    const set = (token: string, jobProfile: Record<string, unknown>, vacancyId = id) =>
      gql(
        graph.gatewayUrl,
        token,
        'mutation ($id: ID!, $p: JobProfileInput!) { setVacancyJobProfile(vacancyId: $id, jobProfile: $p) { id jobProfile { demands weeklyHours site { municipality } } } }',
        { id: vacancyId, p: jobProfile },
      );
    const profile = {
      tasks: [{ description: 'Archivio', demands: ['d4300'] }],
      weeklyHours: 30,
      shifts: ['DAY'],
      contract: 'PERMANENT',
      siteId,
    };
    const bad = await set(world.cpi, { ...profile, siteId: 'not-a-site' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobProfile.siteId' });
    expect(errorCode(await set(await callers.employer('altro-datore'), profile))).toBe('NOT_FOUND');
    expect(errorCode(await set(world.accredited, profile))).toBe('FORBIDDEN');
    const done = await set(await callers.employer(world.employerId), profile);
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    expect(done.data!['setVacancyJobProfile'].jobProfile).toEqual({
      demands: ['d4300'],
      weeklyHours: 30,
      site: { municipality: 'F205' },
    });
    const built = await build(world.cpi, { vacancyId: id, referenceDate: '2026-11-01', idempotencyKey: 'k-late-2' });
    expect(built.errors, JSON.stringify(built.errors)).toBeUndefined();
    await world.must(world.cpi, 'mutation ($id: ID!) { closeVacancy(id: $id, on: "2026-11-02") { status } }', { id });
    expect(errorCode(await set(world.cpi, profile))).toBe('CONFLICT');
  });
});
