import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, errorCode, gql, mustAt, tokenFor, type GraphQLResponse } from '@reg/testkit';
import { everyone, outcome, runAsEveryone, type Caller, type Outcome } from './support/access-matrix.ts';
import { importDeliveries } from '../scripts/delivery-import/import-deliveries.ts';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { seedJourney } from './support/fixtures.ts';

let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let dir: string;

let tokens: Record<Caller, string | null>;
/** Recorded by the CPI (counts toward the quota) and by the accredited body (does not). */
let cpiPlacementId: string;
let accreditedPlacementId: string;
let otherPersonId: string;

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  dir = mkdtempSync(join(tmpdir(), 'placements-'));
  const other = { givenName: 'Nadia', familyName: 'Villa', birthDate: '1991-01-01', sex: 'F' } as const;
  otherPersonId = (
    await world.must(world.cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: {
        ...other,
        fiscalCode: encodePersonFiscalCode({ ...other, birthPlaceCode: 'F205' }),
        residenceProvince: 'MI',
        residenceMunicipality: 'F205',
      },
    })
  )['registerPerson'].id;
  tokens = {
    anonymous: null,
    cpiOwnProvince: world.cpi,
    cpiOtherProvince: await callers.cpi('TO'),
    accreditedInCharge: world.accredited,
    accreditedNotInCharge: await callers.accredited('ente-senza-persona'),
    employer: await callers.employer(world.employerId),
    otherEmployer: await callers.employer('altro-datore'),
    region: world.region,
    citizenSelf: await callers.citizen(world.personId),
    citizenOther: await callers.citizen(otherPersonId),
  };
});

afterAll(async () => {
  await graph?.[Symbol.asyncDispose]();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const call = (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  gql(graph.gatewayUrl, token, query, variables);
const ok = mustAt(() => graph.gatewayUrl);
const rule = (response: GraphQLResponse) => [errorCode(response), response.errors?.[0]?.extensions?.['rule']];

const matrix = (run: (token: string | null) => Promise<Outcome>) => runAsEveryone(tokens, run);

const recordPlacement = 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }';
const endPlacement =
  'mutation ($input: EndPlacementInput!) { endPlacement(input: $input) { id endedOn endReason endNote endedBy endedAt } }';
const recordFollowUp =
  'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id milestoneMonths dueOn checkedOn stillEmployed sameEmployer recordedBy placement { id } } }';
const worklist =
  'query ($on: Date, $first: Int) { followUpWorklist(on: $on, first: $first) { placement { id } milestoneMonths dueOn daysOverdue status } }';
const exportQuery =
  'query ($providerId: ID!, $from: Date!, $to: Date!) { deliveriesExport(providerId: $providerId, from: $from, to: $to) { filename rowCount pseudonymised csv } }';

describe('placements: recording the end, follow-ups at 3, 6 and 12 months', () => {
  it('records two placements: a permanent quota hire by the CPI and a fixed-term one by the accredited body', async () => {
    cpiPlacementId = (
      await ok(world.cpi, recordPlacement, {
        input: {
          idempotencyKey: 'pl-cpi-1',
          personId: world.personId,
          employerId: world.employerId,
          contract: 'PERMANENT',
          weeklyHours: 40,
          fullTimeWeeklyHours: 40,
          startedOn: '2025-09-30',
          countsTowardQuota: true,
        },
      })
    )['recordPlacement'].id;
    accreditedPlacementId = (
      await ok(world.accredited, recordPlacement, {
        input: {
          idempotencyKey: 'pl-acc-1',
          personId: world.personId,
          employerId: world.employerId,
          contract: 'FIXED_TERM',
          termMonths: 12,
          startedOn: '2025-08-31',
          countsTowardQuota: false,
        },
      })
    )['recordPlacement'].id;
  });

  it('a follow-up before its due date (30 Sep 2025 + 3 months = 30 Dec) is a RULE_VIOLATION; on a later day it is recorded', async () => {
    const early = await call(world.cpi, recordFollowUp, {
      input: {
        placementId: cpiPlacementId,
        milestoneMonths: 3,
        checkedOn: '2025-12-29',
        stillEmployed: true,
        sameEmployer: true,
      },
    });
    expect(rule(early)).toEqual(['RULE_VIOLATION', 'FOLLOW_UP_NOT_DUE']);
    const recorded = (
      await ok(world.cpi, recordFollowUp, {
        input: {
          placementId: cpiPlacementId,
          milestoneMonths: 3,
          checkedOn: '2026-01-05',
          stillEmployed: true,
          sameEmployer: true,
        },
      })
    )['recordFollowUp'];
    expect(recorded).toMatchObject({
      milestoneMonths: 3,
      dueOn: '2025-12-30',
      checkedOn: '2026-01-05',
      stillEmployed: true,
      sameEmployer: true,
      recordedBy: `operator@${world.cpiId}`,
      placement: { id: cpiPlacementId },
    });
  });

  it('the same follow-up sent again returns the stored one; a different one for the milestone is a CONFLICT', async () => {
    const input = {
      placementId: cpiPlacementId,
      milestoneMonths: 3,
      checkedOn: '2026-01-05',
      stillEmployed: true,
      sameEmployer: true,
    };
    const first = (await ok(world.cpi, `{ placement(id: "${cpiPlacementId}") { followUps { id } } }`))['placement']
      .followUps;
    const again = (await ok(world.cpi, recordFollowUp, { input }))['recordFollowUp'];
    expect(first).toEqual([{ id: again.id }]);
    expect(errorCode(await call(world.cpi, recordFollowUp, { input: { ...input, checkedOn: '2026-01-06' } }))).toBe(
      'CONFLICT',
    );
  });

  it('bad follow-up input: milestone 9, a check in the future, a person at work without sameEmployer', async () => {
    const base = {
      placementId: cpiPlacementId,
      milestoneMonths: 6,
      checkedOn: '2026-04-01',
      stillEmployed: true,
      sameEmployer: true,
    };
    for (const input of [
      { ...base, milestoneMonths: 9 },
      { ...base, checkedOn: '2099-01-01' },
      { ...base, sameEmployer: null },
    ]) {
      const response = await call(world.cpi, recordFollowUp, { input });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
    expect(
      errorCode(await call(world.cpi, recordFollowUp, { input: { ...base, placementId: 'no-such-placement' } })),
    ).toBe('NOT_FOUND');
  });

  it('a check finding the person gone while no end is recorded asks for the end first (FOLLOW_UP_NEEDS_END)', async () => {
    const response = await call(world.accredited, recordFollowUp, {
      input: { placementId: accreditedPlacementId, milestoneMonths: 3, checkedOn: '2025-12-01', stillEmployed: false },
    });
    expect(rule(response)).toEqual(['RULE_VIOLATION', 'FOLLOW_UP_NEEDS_END']);
  });

  it('the worklist on 15 April 2026: the CPI gets both placements of its province, the accredited body the one it recorded', async () => {
    const cpiList = (await ok(world.cpi, worklist, { on: '2026-04-15' }))['followUpWorklist'];
    expect(cpiList).toEqual([
      // 31 Aug + 3 months = 30 Nov, + 6 months = 28 Feb (end-of-month clamping).
      {
        placement: { id: accreditedPlacementId },
        milestoneMonths: 3,
        dueOn: '2025-11-30',
        daysOverdue: 136,
        status: 'OVERDUE',
      },
      {
        placement: { id: accreditedPlacementId },
        milestoneMonths: 6,
        dueOn: '2026-02-28',
        daysOverdue: 46,
        status: 'OVERDUE',
      },
      { placement: { id: cpiPlacementId }, milestoneMonths: 6, dueOn: '2026-03-30', daysOverdue: 16, status: 'DUE' },
    ]);
    const accreditedList = (await ok(world.accredited, worklist, { on: '2026-04-15' }))['followUpWorklist'];
    expect(accreditedList.map((d: { milestoneMonths: number }) => d.milestoneMonths)).toEqual([3, 6]);
    expect((await ok(world.cpi, worklist, { on: '2026-04-15', first: 1 }))['followUpWorklist']).toHaveLength(1);
    expect(errorCode(await call(world.cpi, worklist, { on: '2026-04-15', first: 501 }))).toBe('BAD_USER_INPUT');
  });

  it('who gets the worklist: CPI (own province only), accredited bodies (their own), nobody else', async () => {
    const result = await matrix(async (t) =>
      outcome(await call(t, worklist, { on: '2026-04-15' }), (d) => d['followUpWorklist']),
    );
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'data',
      accreditedNotInCharge: 'null',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it('ending: not before the start, not before a check that found the person at work, OTHER needs a note', async () => {
    const end = (input: Record<string, unknown>) =>
      call(world.cpi, endPlacement, { input: { placementId: cpiPlacementId, ...input } });
    expect(errorCode(await end({ endedOn: '2025-09-29', reason: 'RESIGNATION' }))).toBe('BAD_USER_INPUT');
    expect(rule(await end({ endedOn: '2026-01-04', reason: 'RESIGNATION' }))).toEqual([
      'RULE_VIOLATION',
      'END_CONTRADICTS_FOLLOW_UP',
    ]);
    expect(errorCode(await end({ endedOn: '2026-05-31', reason: 'OTHER' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await end({ endedOn: '2026-05-31', reason: 'END_OF_TERM' }))).toBe('BAD_USER_INPUT');
    expect(rule(await end({ endedOn: '2026-05-31', reason: 'PROBATION_NOT_PASSED' }))).toEqual([
      'RULE_VIOLATION',
      'PROBATION_OVER_SIX_MONTHS',
    ]);
    expect(
      errorCode(
        await call(world.cpi, endPlacement, {
          input: { placementId: 'no-such-placement', endedOn: '2026-05-31', reason: 'RESIGNATION' },
        }),
      ),
    ).toBe('NOT_FOUND');
    // Nothing was half-written: the placement has no end.
    expect((await ok(world.cpi, `{ placement(id: "${cpiPlacementId}") { endedOn endReason } }`))['placement']).toEqual({
      endedOn: null,
      endReason: null,
    });
  });

  it('who may end a placement: its recorder or a CPI of the province; the employer sees it but may not; others do not see it', async () => {
    const input = { placementId: cpiPlacementId, endedOn: '2026-05-31', reason: 'DISMISSAL' };
    const result = {} as Record<Caller, string>;
    for (const caller of everyone.filter((c) => c !== 'cpiOwnProvince'))
      result[caller] = outcome(await call(tokens[caller], endPlacement, { input }), (d) => d['endPlacement']);
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOtherProvince: 'NOT_FOUND',
      accreditedInCharge: 'NOT_FOUND',
      accreditedNotInCharge: 'NOT_FOUND',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it('the end is recorded with who and when; the same end again is idempotent, another is a CONFLICT', async () => {
    const input = {
      placementId: cpiPlacementId,
      endedOn: '2026-05-31',
      reason: 'RESIGNATION',
      note: 'Trasferimento in altra regione',
    };
    const ended = (await ok(world.cpi, endPlacement, { input }))['endPlacement'];
    expect(ended).toMatchObject({
      endedOn: '2026-05-31',
      endReason: 'RESIGNATION',
      endNote: 'Trasferimento in altra regione',
      endedBy: `operator@${world.cpiId}`,
    });
    expect(ended.endedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await ok(world.cpi, endPlacement, { input }))['endPlacement']).toEqual(ended);
    expect(errorCode(await call(world.cpi, endPlacement, { input: { ...input, endedOn: '2026-06-30' } }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await call(world.cpi, endPlacement, { input: { ...input, reason: 'DISMISSAL' } }))).toBe(
      'CONFLICT',
    );
  });

  it('an ended placement stops counting toward the quota after its last day (employers asks outcomes for quota hires)', async () => {
    const hire = (
      await ok(world.cpi, 'query ($id: ID!) { placement(id: $id) { startedOn endedOn quotaStatus } }', {
        id: cpiPlacementId,
      })
    )['placement'];
    // Recorded by the CPI of the employer's province: confirmed at once.
    expect(hire).toEqual({ startedOn: '2025-09-30', endedOn: '2026-05-31', quotaStatus: 'CONFIRMED' });
    // A report for 2024 (situation at 31 Dec 2024): 60 workers, quota 4 (L. 68/1999 art. 3 c.1).
    await ok(
      world.cpi,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
      {
        input: {
          employerId: world.employerId,
          year: 2024,
          submittedOn: '2025-01-20',
          workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
        },
      },
    );
    const status = async (on: string) =>
      (
        await ok(
          world.cpi,
          'query ($id: ID!, $on: Date!) { employer(id: $id) { obligationStatus(on: $on) { province hiredSinceReport uncovered } } }',
          { id: world.employerId, on },
        )
      )['employer'].obligationStatus.find((s: { province: string }) => s.province === 'MI');
    expect(await status('2026-05-31')).toMatchObject({ hiredSinceReport: 1, uncovered: 3 });
    expect(await status('2026-06-01')).toMatchObject({ hiredSinceReport: 0, uncovered: 4 });
  });

  it('after the end, a check may find the person employed elsewhere, not still there (FOLLOW_UP_CONTRADICTS_END); before it, at work', async () => {
    await ok(world.cpi, recordFollowUp, {
      input: {
        placementId: cpiPlacementId,
        milestoneMonths: 6,
        checkedOn: '2026-04-02',
        stillEmployed: true,
        sameEmployer: true,
      },
    });
    const stillThere = await call(world.cpi, recordFollowUp, {
      input: {
        placementId: cpiPlacementId,
        milestoneMonths: 12,
        checkedOn: '2026-10-01',
        stillEmployed: true,
        sameEmployer: true,
      },
    });
    expect(rule(stillThere)).toEqual(['RULE_VIOLATION', 'FOLLOW_UP_CONTRADICTS_END']);
    const elsewhere = (
      await ok(world.cpi, recordFollowUp, {
        input: {
          placementId: cpiPlacementId,
          milestoneMonths: 12,
          checkedOn: '2026-10-01',
          stillEmployed: true,
          sameEmployer: false,
        },
      })
    )['recordFollowUp'];
    expect(elsewhere).toMatchObject({
      milestoneMonths: 12,
      dueOn: '2026-09-30',
      stillEmployed: true,
      sameEmployer: false,
    });
  });

  it('the accredited body ends its fixed-term placement before the 3-month check: the worklist no longer asks for any', async () => {
    await ok(world.accredited, endPlacement, {
      input: { placementId: accreditedPlacementId, endedOn: '2025-11-15', reason: 'PROBATION_NOT_PASSED' },
    });
    expect((await ok(world.accredited, worklist, { on: '2026-12-31' }))['followUpWorklist']).toEqual([]);
    expect((await ok(world.cpi, worklist, { on: '2026-12-31' }))['followUpWorklist']).toEqual([]);
    // The check a worklist no longer asks for may still be recorded: not employed since the end.
    await ok(world.accredited, recordFollowUp, {
      input: { placementId: accreditedPlacementId, milestoneMonths: 3, checkedOn: '2025-12-01', stillEmployed: false },
    });
  });

  it('who sees a placement and its follow-ups: CPI of the province, its recorder, the employer, the person; not the others', async () => {
    const result = await matrix(async (t) =>
      outcome(
        await call(t, `{ placement(id: "${cpiPlacementId}") { followUps { milestoneMonths } } }`),
        (d) => d['placement']?.followUps,
      ),
    );
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'null',
      accreditedNotInCharge: 'null',
      employer: 'data',
      otherEmployer: 'null',
      region: 'null',
      citizenSelf: 'data',
      citizenOther: 'null',
    });
    const followUps = (
      await ok(tokens.employer, `{ placement(id: "${cpiPlacementId}") { followUps { milestoneMonths sameEmployer } } }`)
    )['placement'].followUps;
    expect(followUps).toEqual([
      { milestoneMonths: 3, sameEmployer: true },
      { milestoneMonths: 6, sameEmployer: true },
      { milestoneMonths: 12, sameEmployer: false },
    ]);
  });
});

describe('deliveries export as CSV', () => {
  const interview = (key: string, personId: string, deliveredOn: string, minutes: number) =>
    ok(world.cpi, 'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }', {
      input: {
        idempotencyKey: key,
        personId,
        serviceCode: '1A',
        deliveredOn,
        minutes,
        modality: 'INDIVIDUAL_INTERVIEW',
        operator: 'Giulia Neri',
      },
    });

  beforeAll(async () => {
    await interview('exp-3', world.personId, '2025-03-12', 25);
    await interview('exp-1', world.personId, '2025-03-01', 20);
    await interview('exp-2', otherPersonId, '2025-03-05', 15);
    await interview('exp-out', world.personId, '2025-05-02', 10);
    await ok(
      world.accredited,
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'exp-acc',
          personId: world.personId,
          serviceCode: '3A',
          deliveredOn: '2025-03-03',
          minutes: 50,
          modality: 'INDIVIDUAL_INTERVIEW',
        },
      },
    );
  });

  it("the provider gets its deliveries of the period in date order, in the importer's columns", async () => {
    const exported = (
      await ok(world.cpi, exportQuery, { providerId: world.cpiId, from: '2025-03-01', to: '2025-03-31' })
    )['deliveriesExport'];
    expect(exported).toMatchObject({
      filename: `erogazioni_${world.cpiId}_2025-03-01_2025-03-31.csv`,
      rowCount: 3,
      pseudonymised: false,
    });
    const rows = parse(exported.csv, { columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      {
        chiave: 'exp-1',
        id_persona: world.personId,
        codice_servizio: '1A',
        data: '2025-03-01',
        minuti: '20',
        minuti_sessioni: '',
        sessioni: '1',
        modalita: 'INDIVIDUAL_INTERVIEW',
        output: '',
        operatore: 'Giulia Neri',
      },
      {
        chiave: 'exp-2',
        id_persona: otherPersonId,
        codice_servizio: '1A',
        data: '2025-03-05',
        minuti: '15',
        minuti_sessioni: '',
        sessioni: '1',
        modalita: 'INDIVIDUAL_INTERVIEW',
        output: '',
        operatore: 'Giulia Neri',
      },
      {
        chiave: 'exp-3',
        id_persona: world.personId,
        codice_servizio: '1A',
        data: '2025-03-12',
        minuti: '25',
        minuti_sessioni: '',
        sessioni: '1',
        modalita: 'INDIVIDUAL_INTERVIEW',
        output: '',
        operatore: 'Giulia Neri',
      },
    ]);
  });

  it('the export imports back unchanged: every row is already there (DUPLICATE), nothing created', async () => {
    const exported = (
      await ok(world.cpi, exportQuery, { providerId: world.cpiId, from: '2025-01-01', to: '2025-12-31' })
    )['deliveriesExport'];
    const csvPath = join(dir, exported.filename);
    writeFileSync(csvPath, exported.csv);
    const summary = await importDeliveries({
      csvPath,
      gatewayUrl: graph.gatewayUrl,
      token: world.cpi,
      batchSize: 250,
      rejectionsPath: join(dir, 'rejections.csv'),
    });
    expect(summary).toMatchObject({ rows: 4, created: 0, duplicate: 4, rejected: 0 });
  });

  it("a CPI gets another provider's deliveries of people of its province only; the Region gets pseudonyms, no names, no operator, no key", async () => {
    const accreditedForMilan = (
      await ok(world.cpi, exportQuery, { providerId: world.accreditedId, from: '2025-03-01', to: '2025-03-31' })
    )['deliveriesExport'];
    expect(parse(accreditedForMilan.csv, { columns: true, delimiter: ';' })).toMatchObject([
      { chiave: 'exp-acc', id_persona: world.personId, codice_servizio: '3A' },
    ]);
    expect(
      (
        await ok(tokens.cpiOtherProvince, exportQuery, {
          providerId: world.accreditedId,
          from: '2025-03-01',
          to: '2025-03-31',
        })
      )['deliveriesExport'],
    ).toMatchObject({ rowCount: 0, csv: expect.stringMatching(/^chiave;id_persona;/) });

    // The pseudonymised release is microdata: a region token with scope microdata:read (README, disclosure rule).
    const microdata = await tokenFor({
      sub: 'statistics@region',
      org: 'region',
      org_kind: 'region',
      scope: 'indicators:read microdata:read',
    });
    const regional = (
      await ok(microdata, exportQuery, { providerId: world.cpiId, from: '2025-03-01', to: '2025-03-31' })
    )['deliveriesExport'];
    expect(regional).toMatchObject({
      rowCount: 3,
      pseudonymised: true,
      filename: `erogazioni_${world.cpiId}_2025-03-01_2025-03-31_pseudonimizzato.csv`,
    });
    const rows = parse(regional.csv, { columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([
      'pseudonimo',
      'codice_servizio',
      'data',
      'minuti',
      'minuti_sessioni',
      'sessioni',
      'modalita',
      'output',
    ]);
    for (const secret of [world.personId, otherPersonId, 'Giulia Neri', 'exp-1'])
      expect(regional.csv).not.toContain(secret);
    // The same person has the same pseudonym in every row and every export, another person another one.
    expect(rows[0]!['pseudonimo']).toBe(rows[2]!['pseudonimo']);
    expect(rows[0]!['pseudonimo']).not.toBe(rows[1]!['pseudonimo']);
  });

  it("who may export a provider's deliveries: the provider, a CPI (its province); the Region's monitoring token (aggregates only) is FORBIDDEN; nobody else", async () => {
    const accreditedOwn = (
      await ok(world.accredited, exportQuery, { providerId: world.accreditedId, from: '2025-03-01', to: '2025-03-31' })
    )['deliveriesExport'];
    expect(accreditedOwn).toMatchObject({ rowCount: 1, pseudonymised: false });
    const result = await matrix(async (t) =>
      outcome(await call(t, exportQuery, { providerId: world.cpiId, from: '2025-03-01', to: '2025-03-31' }), (d) =>
        d['deliveriesExport']?.rowCount ? d['deliveriesExport'] : null,
      ),
    );
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      cpiOwnProvince: 'data',
      cpiOtherProvince: 'null',
      accreditedInCharge: 'FORBIDDEN',
      accreditedNotInCharge: 'FORBIDDEN',
      employer: 'FORBIDDEN',
      otherEmployer: 'FORBIDDEN',
      region: 'FORBIDDEN',
      citizenSelf: 'FORBIDDEN',
      citizenOther: 'FORBIDDEN',
    });
  });

  it('the period: to before from, or more than 366 days, is BAD_USER_INPUT; 366 days is fine', async () => {
    expect(
      errorCode(await call(world.cpi, exportQuery, { providerId: world.cpiId, from: '2025-03-31', to: '2025-03-01' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await call(world.cpi, exportQuery, { providerId: world.cpiId, from: '2024-01-01', to: '2025-01-01' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      (await ok(world.cpi, exportQuery, { providerId: world.cpiId, from: '2024-01-01', to: '2024-12-31' }))[
        'deliveriesExport'
      ].rowCount,
    ).toBe(0);
  });
});
