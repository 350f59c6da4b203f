import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, createTestDatabase, errorCode, gql, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { seedJourney } from '../support/fixtures.ts';

/**
 * Quota hires are placement microdata (who hired, when, for how many hours, through which vacancy): laid beside the
 * indicators they rebuild suppressed placement cells. They are answered only to who needs them for an obligation,
 * and a quota-counting placement recorded by someone else counts only once the employer or the CPI of the
 * employer's province confirms it. Attacked through the gateway as each kind of caller, then directly at outcomes.
 */
let database: TestDatabase;
let graph: RunningGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let employer: string;
let otherEmployer: string;
let cpiOther: string;
let pendingId: string;
const since = new Date(Date.now() - 60_000).toISOString();

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  world = await seedJourney(graph.gatewayUrl);
  employer = await callers.employer(world.employerId);
  otherEmployer = await callers.employer('altro-datore');
  cpiOther = await callers.cpi('BG');
  // 60 full-time workers in MI: disability quota 4 (L. 68/1999 art. 3 c.1).
  await world.must(
    world.cpi,
    'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
    {
      input: {
        employerId: world.employerId,
        year: 2025,
        submittedOn: '2026-01-20',
        workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
      },
    },
  );
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

const quotaHires =
  'query ($ids: [ID!]!) { quotaHires(employerIds: $ids) { employerId startedOn endedOn weeklyHours vacancyId } }';
const record =
  'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id quotaStatus quotaConfirmedBy quotaConfirmedAt } }';
const confirm =
  'mutation ($id: ID!) { confirmQuotaPlacement(placementId: $id) { id quotaStatus quotaConfirmedBy quotaConfirmedAt } }';
const status =
  'query ($id: ID!) { obligationStatus(employerId: $id, province: "MI", on: "2026-04-01") { quota covered uncovered hiredSinceReport } }';
const placementInput = (key: string, countsTowardQuota = true) => ({
  idempotencyKey: key,
  personId: world.personId,
  employerId: world.employerId,
  contract: 'PERMANENT',
  weeklyHours: 40,
  fullTimeWeeklyHours: 40,
  startedOn: '2026-03-16',
  countsTowardQuota,
});

async function statusAs(token: string) {
  const response = await gql(graph.gatewayUrl, token, status, { id: world.employerId });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!['obligationStatus'];
}

describe('a quota-counting placement needs the employer or the CPI of its province', () => {
  it('recorded by an accredited body it is PENDING and lowers nothing', async () => {
    const recorded = await gql(graph.gatewayUrl, world.accredited, record, { input: placementInput('attack-quota-1') });
    expect(recorded.errors).toBeUndefined();
    pendingId = recorded.data!['recordPlacement'].id;
    expect(recorded.data!['recordPlacement']).toMatchObject({
      quotaStatus: 'PENDING',
      quotaConfirmedBy: null,
      quotaConfirmedAt: null,
    });
    expect(await statusAs(world.cpi)).toMatchObject({ quota: 4, uncovered: 4, hiredSinceReport: 0 });
    expect(await statusAs(employer)).toMatchObject({ uncovered: 4, hiredSinceReport: 0 });
  });

  it("it is visible to both the employer and the CPI of the employer's province, not to another province's CPI", async () => {
    const list = 'query ($id: ID!) { employer(id: $id) { placements { id quotaStatus } } }';
    for (const token of [employer, world.cpi]) {
      const { data, errors } = await gql(graph.gatewayUrl, token, list, { id: world.employerId });
      expect(errors).toBeUndefined();
      expect(data!['employer'].placements).toContainEqual({ id: pendingId, quotaStatus: 'PENDING' });
    }
    const other = await gql(graph.gatewayUrl, cpiOther, 'query ($id: ID!) { placement(id: $id) { id } }', {
      id: pendingId,
    });
    expect(other.data?.['placement'] ?? null).toBeNull();
  });

  it('nobody else confirms it: the recorder is FORBIDDEN; another employer, another CPI, the Region and strangers get NOT_FOUND', async () => {
    expect(errorCode(await gql(graph.gatewayUrl, world.accredited, confirm, { id: pendingId }))).toBe('FORBIDDEN');
    for (const token of [otherEmployer, cpiOther, world.region, await callers.accredited('altro-ente')]) {
      expect(errorCode(await gql(graph.gatewayUrl, token, confirm, { id: pendingId }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await gql(graph.gatewayUrl, employer, confirm, { id: 'no-such-placement' }))).toBe('NOT_FOUND');
    expect(await statusAs(world.cpi)).toMatchObject({ uncovered: 4, hiredSinceReport: 0 });
  });

  it('the employer confirms it: it counts from then on; confirming again changes nothing', async () => {
    const first = await gql(graph.gatewayUrl, employer, confirm, { id: pendingId });
    expect(first.errors).toBeUndefined();
    expect(first.data!['confirmQuotaPlacement']).toMatchObject({
      quotaStatus: 'CONFIRMED',
      quotaConfirmedBy: `hr@${world.employerId}`,
    });
    expect(first.data!['confirmQuotaPlacement'].quotaConfirmedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const again = await gql(graph.gatewayUrl, world.cpi, confirm, { id: pendingId });
    expect(again.data!['confirmQuotaPlacement']).toEqual(first.data!['confirmQuotaPlacement']);
    expect(await statusAs(world.cpi)).toMatchObject({ uncovered: 3, covered: 1, hiredSinceReport: 1 });
  });

  it("the CPI of the employer's province confirms one too; a hire recorded as not counting has nothing to confirm", async () => {
    const second = (
      await world.must(world.accredited, record, { input: { ...placementInput('attack-quota-2'), weeklyHours: 18 } })
    )['recordPlacement'];
    expect(second.quotaStatus).toBe('PENDING');
    expect((await world.must(world.cpi, confirm, { id: second.id }))['confirmQuotaPlacement']).toMatchObject({
      quotaStatus: 'CONFIRMED',
    });
    // 18 of 40 hours: a part-timer at 50% of full time or less covers half a unit.
    expect(await statusAs(world.cpi)).toMatchObject({ covered: 1.5, hiredSinceReport: 1.5 });
    const notCounting = (
      await world.must(world.accredited, record, { input: placementInput('attack-quota-3', false) })
    )['recordPlacement'];
    expect(notCounting.quotaStatus).toBeNull();
    const refused = await gql(graph.gatewayUrl, employer, confirm, { id: notCounting.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'QUOTA_PLACEMENT_NOT_COUNTING',
    });
  });

  it('each confirmation is audited with who confirmed', async () => {
    const { data } = await gql(
      graph.gatewayUrl,
      await callers.dpo(),
      'query ($from: DateTime!, $to: DateTime!) { outcomesAuditEvents(from: $from, to: $to) { action entity entityId subject } }',
      {
        from: since,
        to: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(data!['outcomesAuditEvents']).toContainEqual({
      action: 'WRITE',
      entity: 'confirmQuotaPlacement',
      entityId: pendingId,
      subject: `hr@${world.employerId}`,
    });
  });
});

describe('quota hires answer only who needs them for an obligation', () => {
  it('through the gateway nobody reads them as rows: the field is not in the public graph, whoever asks', async () => {
    for (const token of [world.region, world.cpi, employer, world.accredited, cpiOther]) {
      const response = await gql(graph.gatewayUrl, token, quotaHires, { ids: [world.employerId] });
      expect(response.data?.['quotaHires']).toBeUndefined();
      expect(response.errors?.[0]?.message).toMatch(/quotaHires/);
    }
  });

  it('the Region reads obligations as totals (status, ranking), never the placements behind them', async () => {
    expect(await statusAs(world.region)).toMatchObject({ hiredSinceReport: 1.5 });
    const ranking = await gql(
      graph.gatewayUrl,
      world.region,
      '{ obligationRanking(province: "MI", on: "2026-04-01") { employer { id } uncovered } }',
    );
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data!['obligationRanking']).toEqual([{ employer: { id: world.employerId }, uncovered: 3 }]);
    const placements = await gql(
      graph.gatewayUrl,
      world.region,
      'query ($id: ID!, $p: ID!) { employer(id: $id) { placements { startedOn } } placement(id: $p) { startedOn } }',
      { id: world.employerId, p: pendingId },
    );
    expect(placements.data!['employer'].placements).toEqual([]);
    expect(placements.data!['placement']).toBeNull();
  });

  it("asked directly at outcomes with a caller's own token: the employer its own, the CPI of its province; the Region and other kinds FORBIDDEN", async () => {
    const ask = async (token: string) => {
      const { data, errors } = await gql(graph.subgraphUrls.outcomes, token, quotaHires, { ids: [world.employerId] });
      expect(errors).toBeUndefined();
      return data!['quotaHires'] as unknown[];
    };
    expect(await ask(employer)).toHaveLength(2);
    expect(await ask(world.cpi)).toHaveLength(2);
    // Another employer and another province's CPI may ask, and get nothing of this employer's.
    for (const token of [otherEmployer, cpiOther]) expect(await ask(token)).toEqual([]);
    // The Region's statuses come from the employers subgraph's service identity; its own token gets no row.
    for (const token of [world.region, world.accredited, await callers.citizen(world.personId), await callers.dpo()]) {
      const refused = await gql(graph.subgraphUrls.outcomes, token, quotaHires, { ids: [world.employerId] });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.data?.['quotaHires'] ?? null).toBeNull();
    }
    // Only confirmed hires: the not-counting one never appears, for anyone.
    expect((await ask(world.cpi)).every((h) => (h as { startedOn: string }).startedOn === '2026-03-16')).toBe(true);
  });
});
