import { describe, expect, it } from 'vitest';
import { gql } from '@reg/testkit';
import { auditEventsOf } from './support/audit-events.ts';
import { useJourneyGraph } from './support/journey-graph.ts';

/**
 * Services to employers in bulk through the gateway (README "Bulk loading"): a row of reportEmployerServiceDeliveries
 * is checked and recorded by reportEmployerServiceDelivery's own steps, so it ends as the single mutation leaves it;
 * the 4E bound per redundant worker (seed 003) holds across the stored reports and the rows of the batch; a refused
 * row stops nothing; the keys make a batch sent again harmless.
 */
const world = useJourneyGraph();
const H = 60;

const batch =
  'mutation ReportEmployerServices($rows: [ReportEmployerServiceDeliveryInput!]!) { reportEmployerServiceDeliveries(rows: $rows) { index idempotencyKey status delivery { id } errors { code field rule } } }';
const single =
  'mutation ($input: ReportEmployerServiceDeliveryInput!) { reportEmployerServiceDelivery(input: $input) { id } }';
const read = `query ($id: ID!) { employer(id: $id) { serviceDeliveries { minutes sessions modality outputs redundantWorkers deliveredOn serviceStandard { code } provider { id } } } }`;

const relocation = (idempotencyKey: string, worker: string, overrides: Record<string, unknown> = {}) => ({
  idempotencyKey,
  employerId: world.employerId,
  serviceCode: '4E',
  deliveredOn: '2025-06-20',
  minutes: 15 * H,
  sessions: 8,
  modality: 'INDIVIDUAL_INTERVIEW',
  outputs: ['JOB_PLACEMENT'],
  redundantWorkers: [worker],
  ...overrides,
});

describe('reportEmployerServiceDeliveries through the gateway', () => {
  it('a row is recorded as the single mutation records it', async () => {
    await world.must(world.cpi, single, { input: relocation('es-single', 'BULK-A') });
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, batch, {
      rows: [relocation('es-bulk', 'BULK-B')],
    });
    expect(errors).toBeUndefined();
    expect(data!['reportEmployerServiceDeliveries'][0]).toMatchObject({ status: 'CREATED', errors: [] });
    const { employer } = await world.must(world.cpi, read, { id: world.employerId });
    const [a, b] = employer.serviceDeliveries.filter((d: { redundantWorkers: string[] }) =>
      ['BULK-A', 'BULK-B'].includes(d.redundantWorkers[0]!),
    );
    expect({ ...b, redundantWorkers: null }).toEqual({ ...a, redundantWorkers: null });
  });

  it('refused rows stop nothing; the 4E bound counts the batch; sent again, DUPLICATE; corrected, it goes in', async () => {
    const rows = [
      relocation('es-ok', 'BULK-C'),
      relocation('es-again-stored', 'BULK-A'), // served by the single report above
      relocation('es-again-batch', 'BULK-C'), // served by the first row of this batch
      relocation('es-too-long', 'BULK-D', { minutes: 20 * H + 1 }), // over the catalogue's bound
      relocation('es-no-employer', 'BULK-E', { employerId: 'no-such-employer' }),
      relocation('es-single', 'BULK-A', { minutes: 16 * H }), // the key of another report
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, batch, { rows });
    expect(errors).toBeUndefined();
    const results = data!['reportEmployerServiceDeliveries'];
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
    ]);
    expect(results[1].errors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'REDUNDANT_WORKER_ALREADY_SERVED' });
    expect(results[2].errors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'REDUNDANT_WORKER_ALREADY_SERVED' });
    expect(results[3].errors[0]).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(results[4].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);
    expect(results[5].errors).toEqual([{ code: 'CONFLICT', field: 'idempotencyKey', rule: null }]);

    const again = await gql(world.graph.gatewayUrl, world.cpi, batch, {
      rows: [relocation('es-ok', 'BULK-C'), relocation('es-too-long', 'BULK-D')],
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!['reportEmployerServiceDeliveries']).toEqual([
      expect.objectContaining({ status: 'DUPLICATE', delivery: { id: results[0].delivery.id } }),
      expect.objectContaining({ status: 'CREATED', errors: [] }),
    ]);
  });

  it('only the callers of the single mutation; the call audited as the delivery batch is (one write row per call)', async () => {
    const refused = await gql(world.graph.gatewayUrl, world.region, batch, {
      rows: [relocation('es-region', 'BULK-F')],
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { data } = await gql(world.graph.gatewayUrl, world.cpi, batch, { rows: [relocation('es-audit', 'BULK-G')] });
    expect(data!['reportEmployerServiceDeliveries'][0].status).toBe('CREATED');
    expect(await auditEventsOf(world.graph.gatewayUrl, 'outcomes')).toContainEqual({
      action: 'WRITE',
      entity: 'reportEmployerServiceDeliveries',
      entityId: null,
      fields: ['rows'],
    });
  });
});
