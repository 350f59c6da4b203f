import { describe, expect, it } from 'vitest';
import { gql } from '@reg/testkit';
import { auditEventsOf } from './support/audit-events.ts';
import { useJourneyGraph } from './support/journey-graph.ts';

/**
 * Placements in bulk through the gateway (README "Bulk loading"): a row of recordPlacements is checked and recorded
 * by recordPlacement's own steps, so it ends as the single mutation leaves it; a refused row stops nothing; the
 * idempotency keys make a batch sent again harmless (DUPLICATE with the stored placement).
 */
const world = useJourneyGraph();

const recordPlacements =
  'mutation RecordPlacements($rows: [RecordPlacementInput!]!) { recordPlacements(rows: $rows) { index idempotencyKey status placement { id } errors { code field rule } } }';
const recordPlacement = 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }';
const read = `query ($id: ID!) { placement(id: $id) {
  person { id } employer { id } vacancy { id } contract termMonths weeklyHours fullTimeWeeklyHours startedOn
  countsTowardQuota quotaStatus quotaConfirmedBy endedOn followUps { milestoneMonths dueOn } internship { id }
} }`;

const row = (idempotencyKey: string, overrides: Record<string, unknown> = {}) => ({
  idempotencyKey,
  personId: world.personId,
  employerId: world.employerId,
  contract: 'FIXED_TERM',
  termMonths: 12,
  weeklyHours: 30,
  fullTimeWeeklyHours: 40,
  startedOn: '2025-04-01',
  countsTowardQuota: true,
  ...overrides,
});

describe('recordPlacements through the gateway', () => {
  it('a row is recorded as recordPlacement records it', async () => {
    const single = (await world.must(world.cpi, recordPlacement, { input: row('same-single') }))['recordPlacement'].id;
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, recordPlacements, {
      rows: [row('same-bulk')],
    });
    expect(errors).toBeUndefined();
    const [result] = data!['recordPlacements'];
    expect(result).toMatchObject({ index: 0, idempotencyKey: 'same-bulk', status: 'CREATED', errors: [] });
    const a = await world.must(world.cpi, read, { id: single });
    const b = await world.must(world.cpi, read, { id: result.placement.id });
    expect(b).toEqual(a);
    expect(b['placement']).toMatchObject({ quotaStatus: 'CONFIRMED', countsTowardQuota: true });
  });

  it('refused rows stop nothing; the batch sent again answers DUPLICATE; a corrected row goes in', async () => {
    const rows = [
      row('batch-ok'),
      row('batch-no-term', { termMonths: null }), // a fixed-term contract needs its length
      row('batch-no-employer', { employerId: 'no-such-employer' }),
      row('same-single', { startedOn: '2025-05-01' }), // the key of another placement (the test above)
      row('batch-ok'), // twice in one batch: the second is the first one's retry
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, recordPlacements, { rows });
    expect(errors).toBeUndefined();
    const results = data!['recordPlacements'];
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'DUPLICATE',
    ]);
    expect(results[1].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'termMonths', rule: null }]);
    expect(results[2].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);
    expect(results[3].errors).toEqual([{ code: 'CONFLICT', field: 'idempotencyKey', rule: null }]);
    expect(results[4].placement.id).toBe(results[0].placement.id);

    const again = await gql(world.graph.gatewayUrl, world.cpi, recordPlacements, {
      rows: [row('batch-ok'), row('batch-no-term', { termMonths: 6 })],
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!['recordPlacements']).toEqual([
      expect.objectContaining({ status: 'DUPLICATE', placement: { id: results[0].placement.id } }),
      expect.objectContaining({ status: 'CREATED', errors: [] }),
    ]);
    // Nothing written for the refused rows: the person's placements are the four accepted ones.
    const person = await world.must(world.cpi, 'query ($id: ID!) { person(id: $id) { placements { startedOn } } }', {
      id: world.personId,
    });
    expect(person['person'].placements).toHaveLength(4);
  });

  it('only the callers of recordPlacement; each placement written audited', async () => {
    const refused = await gql(world.graph.gatewayUrl, world.region, recordPlacements, { rows: [row('by-region')] });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { data } = await gql(world.graph.gatewayUrl, world.accredited, recordPlacements, {
      rows: [row('by-accredited', { countsTowardQuota: false })],
    });
    const id = data!['recordPlacements'][0].placement.id;
    expect(await auditEventsOf(world.graph.gatewayUrl, 'outcomes')).toContainEqual({
      action: 'WRITE',
      entity: 'Placement',
      entityId: id,
      fields: ['recordPlacements'],
    });
  });
});
