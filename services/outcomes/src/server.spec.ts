import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@reg/subgraph-kit';
import { errorCode, gql, startTestSubgraph, tokenFor, type TestSubgraph } from '@reg/testkit';
import { EXPORT_MAX_ROWS } from './rules/deliveries-export.ts';
import { buildOutcomes } from './server.ts';

let subgraph: TestSubgraph<Awaited<ReturnType<typeof buildOutcomes>>>;
let outcomes: Awaited<ReturnType<typeof buildOutcomes>>;
let url: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph((location) =>
    buildOutcomes({ location, logger: createLogger('outcomes', 'silent') }),
  );
  ({ service: outcomes, url } = subgraph);
});

afterAll(() => subgraph?.[Symbol.asyncDispose]());

/** `count` deliveries of one provider on 1-28 March 2025, straight into the table (the reporting path is tested elsewhere). */
const insertDeliveries = (from: number, count: number) =>
  outcomes.database.db.execute(sql`
  insert into outcomes.service_delivery (id, provider_id, idempotency_key, payload_hash, person_id, person_province, service_code, catalogue_version_id, delivered_on, minutes, sessions, modality, outputs, reported_by)
  select 'bulk-' || n, 'bulk-provider', 'k-' || n, 'h', 'person-' || (n % 50), 'MI', '1A', 'v', date '2025-03-01' + (n % 28), 20, 1, 'INDIVIDUAL_INTERVIEW', '[]'::jsonb, 'op'
  from generate_series(${from}::int, ${from + count - 1}::int) as n`);

const exportQuery =
  'query ($from: Date!, $to: Date!) { deliveriesExport(providerId: "bulk-provider", from: $from, to: $to) { rowCount csv } }';

describe('deliveries export: size bound (README "Reporting deliveries", export)', () => {
  it(`exactly ${EXPORT_MAX_ROWS} rows are exported; one more asks for a shorter period (BAD_USER_INPUT)`, async () => {
    await insertDeliveries(1, EXPORT_MAX_ROWS);
    // The Region's pseudonymised release needs the microdata scope (README, "Aggregates and microdata").
    const region = await tokenFor({
      sub: 'statistics@region',
      org: 'region',
      org_kind: 'region',
      scope: 'indicators:read microdata:read',
    });
    const full = await gql(url, region, exportQuery, { from: '2025-03-01', to: '2025-03-31' });
    expect(full.errors).toBeUndefined();
    expect(full.data!['deliveriesExport'].rowCount).toBe(EXPORT_MAX_ROWS);
    expect(full.data!['deliveriesExport'].csv.trimEnd().split('\n')).toHaveLength(EXPORT_MAX_ROWS + 1);

    await insertDeliveries(EXPORT_MAX_ROWS + 1, 1);
    const over = await gql(url, region, exportQuery, { from: '2025-03-01', to: '2025-03-31' });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.message).toContain(`${EXPORT_MAX_ROWS + 1} deliveries in the period`);
    // A shorter period fits again.
    const half = await gql(url, region, exportQuery, { from: '2025-03-01', to: '2025-03-14' });
    expect(half.errors).toBeUndefined();
    expect(half.data!['deliveriesExport'].rowCount).toBeLessThan(EXPORT_MAX_ROWS);
  });
});

describe('placements and follow-ups in the database (both drivers)', () => {
  const placement = (id: string, endedOn: string | null) =>
    outcomes.database.db.execute(sql`
    insert into outcomes.placement (id, reported_by_org, idempotency_key, payload_hash, person_id, person_province, employer_id, contract, started_on, ended_on, end_reason, counts_toward_quota, created_by)
    values (${id}, 'org', ${`k-${id}`}, 'h', 'p', 'MI', 'e', 'PERMANENT', '2025-01-01', ${endedOn}, ${endedOn ? 'RESIGNATION' : null}, true, 's')`);
  const followUp = (id: string, placementId: string, months: number) =>
    outcomes.database.db.execute(sql`
    insert into outcomes.placement_follow_up (id, placement_id, milestone_months, due_on, checked_on, still_employed, same_employer, recorded_by, recorded_by_org)
    values (${id}, ${placementId}, ${months}, '2025-04-01', '2025-04-02', true, true, 's', 'org')`);

  it('a placement is never deleted and a recorded end never rewritten; an open one takes its end once', async () => {
    const { db } = outcomes.database;
    await placement('ended', '2025-06-30');
    await expect(db.execute(sql`delete from outcomes.placement where id = 'ended'`)).rejects.toThrow();
    await expect(
      db.execute(sql`update outcomes.placement set ended_on = '2025-07-31' where id = 'ended'`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`update outcomes.placement set end_reason = 'DISMISSAL' where id = 'ended'`),
    ).rejects.toThrow();
    await placement('open', null);
    const ended = await outcomes.stores.placements.recordEnd('open', {
      endedOn: '2025-03-31',
      endReason: 'DISMISSAL',
      endNote: null,
      endedBy: 'op',
      endedByOrg: 'org',
    });
    expect(ended).toMatchObject({ endedOn: '2025-03-31', endReason: 'DISMISSAL', endedBy: 'op' });
    expect(ended.endedAt).not.toBeNull();
  });

  it('follow-ups are append-only, one per placement and milestone, milestones 3, 6, 12 only', async () => {
    const { db } = outcomes.database;
    await followUp('fu-3', 'ended', 3);
    await expect(followUp('fu-3-again', 'ended', 3)).rejects.toThrow();
    await expect(followUp('fu-9', 'ended', 9)).rejects.toThrow();
    await expect(
      db.execute(sql`update outcomes.placement_follow_up set still_employed = false where id = 'fu-3'`),
    ).rejects.toThrow();
    await expect(db.execute(sql`delete from outcomes.placement_follow_up where id = 'fu-3'`)).rejects.toThrow();
  });

  it('the worklist reads only placements of the scope started by the date and missing a check', async () => {
    await followUp('fu-open-3', 'open', 3);
    await followUp('fu-open-6', 'open', 6);
    await followUp('fu-open-12', 'open', 12);
    const inMilan = await outcomes.stores.placements.awaitingFollowUp({ province: 'MI' }, '2026-01-01');
    expect(inMilan.map((c) => [c.placement.id, c.recorded])).toEqual([['ended', [3]]]);
    expect(await outcomes.stores.placements.awaitingFollowUp({ province: 'TO' }, '2026-01-01')).toEqual([]);
    expect(await outcomes.stores.placements.awaitingFollowUp({ reportedByOrg: 'org' }, '2024-12-31')).toEqual([]);
  });

  it('a placement ended within 89 days of its start is never asked a check, at 89 days it may be (31 Jan + 3 months = 30 Apr)', async () => {
    const { db } = outcomes.database;
    const short = (id: string, startedOn: string, endedOn: string) =>
      db.execute(sql`
      insert into outcomes.placement (id, reported_by_org, idempotency_key, payload_hash, person_id, person_province, employer_id, contract, started_on, ended_on, end_reason, counts_toward_quota, created_by)
      values (${id}, 'short-org', ${`k-${id}`}, 'h', 'p', 'MI', 'e', 'PERMANENT', ${startedOn}, ${endedOn}, 'RESIGNATION', true, 's')`);
    await short('short-88', '2025-01-31', '2025-04-29');
    await short('short-89', '2025-01-31', '2025-04-30');
    const listed = await outcomes.stores.placements.awaitingFollowUp({ reportedByOrg: 'short-org' }, '2026-01-01');
    expect(listed.map((c) => c.placement.id)).toEqual(['short-89']);
  });
});
