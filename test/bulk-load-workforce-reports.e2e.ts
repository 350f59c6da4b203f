import { describe, expect, it } from 'vitest';
import { vatCheckDigit } from '@reg/identifiers';
import { callers, gql } from '@reg/testkit';
import { auditEventsOf } from './support/audit-events.ts';
import { useJourneyGraph } from './support/journey-graph.ts';

/**
 * Workforce reports in bulk through the gateway (README "Bulk loading"): a row of importWorkforceReports is checked
 * and stored as submitWorkforceReport stores it (L. 68/1999 art. 9 c.6: the same obligation computed, a new version
 * each); a refused row stops nothing and, corrected, goes in when sent again.
 */
const world = useJourneyGraph();

const importReports =
  'mutation ImportReports($rows: [SubmitWorkforceReportInput!]!) { importWorkforceReports(rows: $rows) { index status report { id version } errors { code field rule } } }';
const submit = 'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { id version } }';
const read = `query ($id: ID!) { employer(id: $id) { workforceReports { year version situationOn submittedOn registeredOfficeProvince
  workers { count contract province protected { category } }
  obligation { computationBase disabledQuota art18Quota disabledCovered art18Covered disabledUncovered art18Uncovered explanation }
} } }`;

let n = 0;
/** A new employer of Milan, registered by the CPI of Milan. */
async function employer(): Promise<string> {
  n += 1;
  const first10 = `${String(6400000 + n).padStart(7, '0')}015`;
  const { data, errors } = await gql(
    world.graph.gatewayUrl,
    world.cpi,
    'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
    {
      input: {
        name: `Azienda Prospetto ${n} S.r.l.`,
        fiscalCode: first10 + vatCheckDigit(first10),
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [],
      },
    },
  );
  expect(errors).toBeUndefined();
  return data!['registerEmployer'].id;
}

const report = (employerId: string, overrides: Record<string, unknown> = {}) => ({
  employerId,
  year: 2024,
  submittedOn: '2025-01-20',
  workforce: {
    workers: [
      { count: 58, contract: 'PERMANENT', province: 'MI' },
      {
        count: 2,
        contract: 'PERMANENT',
        province: 'MI',
        protected: { category: 'DISABLED', hiredUnderL68: true, capacityReductionPercent: 67 },
      },
    ],
  },
  ...overrides,
});

describe('importWorkforceReports through the gateway', () => {
  it('a row is stored as submitWorkforceReport stores it, with the same obligation', async () => {
    const [single, bulk] = [await employer(), await employer()];
    await world.must(world.cpi, submit, { input: report(single) });
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importReports, { rows: [report(bulk)] });
    expect(errors).toBeUndefined();
    expect(data!['importWorkforceReports']).toEqual([
      { index: 0, status: 'CREATED', report: { id: expect.any(String), version: 1 }, errors: [] },
    ]);
    const a = await world.must(world.cpi, read, { id: single });
    const b = await world.must(world.cpi, read, { id: bulk });
    expect(b).toEqual(a);
    expect(b['employer'].workforceReports[0].obligation.disabledQuota).toBeGreaterThan(0);
  });

  it('refused rows stop nothing and are not written; corrected and sent again they go in, a new version each', async () => {
    const [ok, late] = [await employer(), await employer()];
    const rows = [
      report(ok),
      report(late, { submittedOn: '2024-12-20' }), // the situation at 31 December is reported from the next day
      report('no-such-employer'),
      report(ok), // the same employer and year again: its next version, as a second submission
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importReports, { rows });
    expect(errors).toBeUndefined();
    const results = data!['importWorkforceReports'];
    expect(results.map((r: { status: string }) => r.status)).toEqual(['CREATED', 'REJECTED', 'REJECTED', 'CREATED']);
    expect(results[1].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'year', rule: null }]);
    expect(results[2].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);
    expect([results[0].report.version, results[3].report.version]).toEqual([1, 2]);
    const none = await world.must(world.cpi, read, { id: late });
    expect(none['employer'].workforceReports).toEqual([]);

    const again = await gql(world.graph.gatewayUrl, world.cpi, importReports, { rows: [report(late)] });
    expect(again.data!['importWorkforceReports'][0]).toMatchObject({ status: 'CREATED', report: { version: 1 } });
  });

  it('only the callers of submitWorkforceReport; each report written audited', async () => {
    const refused = await gql(world.graph.gatewayUrl, world.accredited, importReports, {
      rows: [report(world.employerId)],
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const other = await gql(world.graph.gatewayUrl, await callers.employer('altro-datore'), importReports, {
      rows: [report(world.employerId, { submittedOn: null })],
    });
    expect(other.data!['importWorkforceReports'][0].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);
    const id = await employer();
    const { data } = await gql(world.graph.gatewayUrl, world.cpi, importReports, { rows: [report(id)] });
    const reportId = data!['importWorkforceReports'][0].report.id;
    expect(await auditEventsOf(world.graph.gatewayUrl, 'employers')).toContainEqual({
      action: 'WRITE',
      entity: 'WorkforceReport',
      entityId: reportId,
      fields: ['importWorkforceReports'],
    });
  });
});
