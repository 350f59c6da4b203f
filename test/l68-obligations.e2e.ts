import { describe, expect, it } from 'vitest';
import { errorCode, gql } from '@reg/testkit';
import { useJourneyGraph } from './support/journey-graph.ts';

const world = useJourneyGraph();

const statusOn = /* GraphQL */ `
  query ($id: ID!, $on: Date!) {
    employer(id: $id) {
      name
      obligationStatus(on: $on) { province quota covered uncovered hiredSinceReport exemptedPositions underAgreement sanctionablePositions hiringDeadline accruedSanction }
      placements { countsTowardQuota startedOn }
    }
  }`;
const miStatus = async (token: string, on: string) => {
  const { data, errors } = await gql(world.graph.gatewayUrl, token, statusOn, { id: world.employerId, on });
  expect(errors).toBeUndefined();
  return data!['employer'].obligationStatus.find((s: { province: string }) => s.province === 'MI');
};
const perDay = 196.05;

describe('L. 68/1999 obligations through the gateway', () => {
  it('a yearly report produces its obligation; the status after the 60 days accrues EUR 196.05 per working day per position', async () => {
    const { cpi, employerId, must } = world;
    const submitted = await must(
      cpi,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version obligation { disabledQuota art18Quota disabledUncovered explanation } } }',
      {
        // 60 full-time workers: 7% of 60 = 4.2 -> 4 (L. 68/1999 art. 3 c.1), art. 18 quota 1.
        input: {
          employerId,
          year: 2025,
          submittedOn: '2026-01-20',
          workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
        },
      },
    );
    expect(submitted['submitWorkforceReport']).toMatchObject({
      version: 1,
      obligation: { disabledQuota: 4, art18Quota: 1, disabledUncovered: 4 },
    });
    // 2 to 6 March 2026: five working days after the deadline of 1 March, 4 positions.
    expect(await miStatus(cpi, '2026-03-06')).toMatchObject({
      quota: 4,
      covered: 0,
      uncovered: 4,
      sanctionablePositions: 4,
      hiringDeadline: '2026-03-01',
      accruedSanction: 20 * perDay,
    });
  });

  it('L. 68/1999 art. 9 c.1, art. 15 c.4: days 59 and 60 after the situation date accrue nothing, day 61 (Monday 2 March) does', async () => {
    expect(await miStatus(world.cpi, '2026-02-28')).toMatchObject({ hiringDeadline: '2026-03-01', accruedSanction: 0 });
    expect(await miStatus(world.cpi, '2026-03-01')).toMatchObject({ accruedSanction: 0 });
    expect(await miStatus(world.cpi, '2026-03-02')).toMatchObject({ accruedSanction: 4 * perDay });
  });

  it('an exemption and an agreement change what is sanctioned', async () => {
    const { cpi, employerId, must } = world;
    const exemption = await must(
      cpi,
      'mutation ($input: AuthorisePartialExemptionInput!) { authorisePartialExemption(input: $input) { positions contribution employer { name } } }',
      {
        input: { employerId, province: 'MI', percentage: 50, validFrom: '2026-01-01', validTo: '2026-06-30' },
      },
    );
    expect(exemption['authorisePartialExemption']).toMatchObject({
      positions: 2,
      employer: { name: 'Officine Meccaniche Lombarde S.p.A.' },
    });
    expect(await miStatus(cpi, '2026-03-06')).toMatchObject({
      uncovered: 4,
      exemptedPositions: 2,
      sanctionablePositions: 2,
      accruedSanction: 10 * perDay,
    });
    await must(cpi, 'mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id } }', {
      input: { employerId, province: 'MI', startsOn: '2026-03-01', schedule: [{ dueOn: '2026-12-31', hires: 1 }] },
    });
    // From 2 March the one scheduled hire is under a kept agreement: 1 position sanctionable.
    expect(await miStatus(cpi, '2026-03-06')).toMatchObject({
      underAgreement: 1,
      sanctionablePositions: 1,
      accruedSanction: 5 * perDay,
    });
  });

  it('a placement recorded in outcomes reduces the uncovered positions the next time the status is queried', async () => {
    const { cpi, personId, employerId, must } = world;
    const before = await miStatus(cpi, '2026-04-01');
    expect(before).toMatchObject({ uncovered: 4, hiredSinceReport: 0 });
    await must(cpi, 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }', {
      input: {
        idempotencyKey: 'l68-e2e-placement',
        personId,
        employerId,
        contract: 'PERMANENT',
        startedOn: '2026-03-16',
        countsTowardQuota: true,
      },
    });
    const after = await miStatus(cpi, '2026-04-01');
    expect(after).toMatchObject({ uncovered: 3, covered: 1, hiredSinceReport: 1 });
    // The hire also keeps the agreement's schedule, which then has nothing left to spare.
    expect(after.underAgreement).toBe(0);
    // Before the hire started the status is unchanged.
    expect(await miStatus(cpi, '2026-03-13')).toMatchObject({ uncovered: 4 });
  });

  it('the Region reads statuses and the late list, never the report; an employer only its own', async () => {
    const { region, employerId } = world;
    const { data, errors } = await gql(
      world.graph.gatewayUrl,
      region,
      'query { obligationRanking(province: "MI", on: "2026-04-01") { employer { name } uncovered accruedSanction } }',
    );
    expect(errors).toBeUndefined();
    expect(data!['obligationRanking']).toEqual([
      expect.objectContaining({ employer: { name: 'Officine Meccaniche Lombarde S.p.A.' }, uncovered: 3 }),
    ]);
    const reports = await gql(
      world.graph.gatewayUrl,
      region,
      'query ($id: ID!) { employer(id: $id) { workforceReports { workers { count } } } }',
      { id: employerId },
    );
    expect(errorCode(reports)).toBe('FORBIDDEN');
    const late = await gql(
      world.graph.gatewayUrl,
      region,
      'query { lateWorkforceReports(year: 2026, asOf: "2027-02-03") { employer { name } daysLate sanction } }',
    );
    expect(late.data!['lateWorkforceReports']).toEqual([
      { employer: { name: 'Officine Meccaniche Lombarde S.p.A.' }, daysLate: 3, sanction: 804.49 },
    ]);
  });
});
