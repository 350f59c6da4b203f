import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, createTestDatabase, errorCode, gql, type TestDatabase } from '@reg/testkit';
import type { EmployersRemote } from './remote/index.ts';
import type { QuotaHireFact } from './rules/quota-hires.ts';
import { buildEmployers } from './server.ts';

/** Quota hires as outcomes would answer them; the test records what it was asked. */
const hires: Array<QuotaHireFact & { employerId: string }> = [];
const asked: string[][] = [];
const remote: EmployersRemote = {
  matchingPool: async () => [],
  rankingOrder: async () => [],
  placementFacts: async () => null,
  quotaHires: async (_identity, ids) => {
    asked.push([...ids]);
    return hires.filter((h) => ids.includes(h.employerId));
  },
};

let database: TestDatabase;
let service: Awaited<ReturnType<typeof buildEmployers>>;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  database = await createTestDatabase();
  service = await buildEmployers({ location: database.location, remote });
  const running = await service.server.listen(0);
  url = running.url;
  close = running.close;
});

afterAll(async () => {
  await close();
  await service.database.close();
  await database.drop();
});

const register = 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }';
const submit = /* GraphQL */ `
  mutation ($input: SubmitWorkforceReportInput!) {
    submitWorkforceReport(input: $input) { id year version situationOn submittedOn registeredOfficeProvince workers { count contract fullTimeWeeklyHours } obligation { disabledQuota art18Quota disabledUncovered } }
  }`;
const reports =
  'query ($id: ID!) { employer(id: $id) { workforceReports { year version submittedOn obligation { disabledQuota } } } }';
const status = /* GraphQL */ `
  query ($id: ID!, $p: String!, $on: Date!) {
    obligationStatus(employerId: $id, province: $p, on: $on) {
      province quota covered uncovered hiredSinceReport exemptedPositions underAgreement agreementKept suspended sanctionablePositions
      uncoveredSince hiringDeadline dailySanction accruedSanction reportYear reportVersion explanation employer { id }
    }
  }`;
const exempt = /* GraphQL */ `
  mutation ($input: AuthorisePartialExemptionInput!) {
    authorisePartialExemption(input: $input) { id percentage quota positions workingDays contribution reportYear reportVersion }
  }`;
const late =
  'query ($y: Int!, $asOf: Date!, $p: String) { lateWorkforceReports(year: $y, asOf: $asOf, province: $p) { employer { id } year dueOn submittedOn daysLate sanction } }';

// 60 full-time workers in MI: disability quota 7% of 60 = 4.2 -> 4, art. 18 quota 1.
const workforce = { workers: [{ count: 60, contract: 'PERMANENT' }] };

let acme: string;
let other: string;

describe('L. 68/1999 obligations in the employers subgraph', () => {
  beforeAll(async () => {
    const cpi = await callers.cpi('MI');
    const a = await gql(url, cpi, register, {
      input: {
        name: 'Acme Meccanica S.r.l.',
        fiscalCode: '12345670017',
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [{ name: 'Magazzino', province: 'MB', municipality: 'F704' }],
      },
    });
    const b = await gql(url, cpi, register, {
      input: {
        name: 'Beta Servizi S.p.A.',
        fiscalCode: '07654320030',
        kind: 'PRIVATE',
        atecoCode: '81.21',
        province: 'MI',
      },
    });
    acme = a.data!['registerEmployer'].id;
    other = b.data!['registerEmployer'].id;
  });

  describe('workforce report (prospetto informativo)', () => {
    it('the employer submits its own report: stored as submitted, with the obligation the calculator computes', async () => {
      const { data, errors } = await gql(url, await callers.employer(acme), submit, {
        input: { employerId: acme, year: 2025, workforce },
      });
      expect(errors).toBeUndefined();
      expect(data!['submitWorkforceReport']).toMatchObject({
        year: 2025,
        version: 1,
        situationOn: '2025-12-31',
        registeredOfficeProvince: 'MI',
        workers: [{ count: 60, contract: 'PERMANENT', fullTimeWeeklyHours: 40 }],
        obligation: { disabledQuota: 4, art18Quota: 1, disabledUncovered: 4 },
      });
    });

    it('a correction is a new version of the same year; the first stays as it was', async () => {
      const cpi = await callers.cpi('MB');
      const corrected = await gql(url, cpi, submit, {
        input: {
          employerId: acme,
          year: 2025,
          submittedOn: '2026-02-15',
          workforce: { workers: [{ count: 80, contract: 'PERMANENT' }] },
        },
      });
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data!['submitWorkforceReport']).toMatchObject({
        version: 2,
        submittedOn: '2026-02-15',
        obligation: { disabledQuota: 6 },
      });
      const { data } = await gql(url, await callers.employer(acme), reports, { id: acme });
      expect(
        data!['employer'].workforceReports.map((r: { version: number; obligation: { disabledQuota: number } }) => [
          r.version,
          r.obligation.disabledQuota,
        ]),
      ).toEqual([
        [1, 4],
        [2, 6],
      ]);
    });

    it('concurrent corrections never share a version number: each is stored or refused with CONFLICT', async () => {
      const cpi = await callers.cpi('MI');
      const input = { employerId: other, year: 2023, submittedOn: '2024-01-10', workforce };
      const answers = await Promise.all([1, 2, 3].map(() => gql(url, cpi, submit, { input })));
      const versions = answers.flatMap((a) => (a.errors ? [] : [a.data!['submitWorkforceReport'].version as number]));
      for (const a of answers) if (a.errors) expect(errorCode(a)).toBe('CONFLICT');
      expect(new Set(versions).size).toBe(versions.length);
      expect(versions.length).toBeGreaterThan(0);
    });

    it('bad input is BAD_USER_INPUT with its field, and writes no version', async () => {
      const employer = await callers.employer(acme);
      const bad = await gql(url, employer, submit, {
        input: { employerId: acme, year: 2025, workforce: { workers: [{ count: -1, contract: 'PERMANENT' }] } },
      });
      expect(bad.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.workforce.workers[0].count',
      });
      const future = await gql(url, employer, submit, { input: { employerId: acme, year: 2099, workforce } });
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
      const office = await gql(url, employer, submit, {
        input: { employerId: acme, year: 2025, workforce: { ...workforce, registeredOfficeProvince: 'TO' } },
      });
      expect(office.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.workforce.registeredOfficeProvince',
      });
      const { data } = await gql(url, employer, reports, { id: acme });
      expect(data!['employer'].workforceReports).toHaveLength(2);
    });

    it("access: not another employer's report (to it, the employer does not exist), no backdating by the employer, a CPI only where the employer is present", async () => {
      expect(
        errorCode(
          await gql(url, await callers.employer(other), submit, { input: { employerId: acme, year: 2025, workforce } }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await gql(url, await callers.employer(acme), submit, {
            input: { employerId: acme, year: 2025, submittedOn: '2026-01-20', workforce },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(url, await callers.cpi('BG'), submit, { input: { employerId: acme, year: 2025, workforce } }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(url, await callers.cpi('MI'), submit, { input: { employerId: 'nobody', year: 2025, workforce } }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('the Region never reads a report (its protected workers), only statuses with totals', async () => {
      const region = await callers.region();
      expect(errorCode(await gql(url, region, reports, { id: acme }))).toBe('FORBIDDEN');
      const { data, errors } = await gql(url, region, status, { id: acme, p: 'MI', on: '2026-03-02' });
      expect(errors).toBeUndefined();
      expect(data!['obligationStatus']).toMatchObject({ quota: 6, uncovered: 6 });
      expect(errorCode(await gql(url, await callers.accredited('ente'), reports, { id: acme }))).toBe('FORBIDDEN');
    });
  });

  describe('obligation status', () => {
    it('from the latest version: quota, uncovered since the situation date, 60 days, EUR 196.05 per working day per position after them', async () => {
      // 2 to 6 March 2026: 5 working days x 6 positions x 196.05.
      const { data } = await gql(url, await callers.cpi('MI'), status, { id: acme, p: 'MI', on: '2026-03-06' });
      expect(data!['obligationStatus']).toMatchObject({
        reportYear: 2025,
        reportVersion: 2,
        quota: 6,
        covered: 0,
        uncovered: 6,
        sanctionablePositions: 6,
        uncoveredSince: '2025-12-31',
        hiringDeadline: '2026-03-01',
        dailySanction: 1176.3,
        accruedSanction: 5881.5,
        employer: { id: acme },
      });
    });

    it('a date more than ten years ahead is BAD_USER_INPUT on `on`', async () => {
      const response = await gql(url, await callers.cpi('MI'), status, { id: acme, p: 'MI', on: '2199-01-01' });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    });

    it('a quota hire recorded in outcomes after the situation date reduces the uncovered positions', async () => {
      hires.push({ employerId: acme, vacancyId: null, startedOn: '2026-03-05', endedOn: null, weeklyHours: null });
      const { data } = await gql(url, await callers.cpi('MI'), status, { id: acme, p: 'MI', on: '2026-03-06' });
      expect(data!['obligationStatus']).toMatchObject({ hiredSinceReport: 1, covered: 1, uncovered: 5 });
      // 2-4 March at 6, 5-6 March at 5 positions: 28 position-days x 196.05.
      expect(data!['obligationStatus'].accruedSanction).toBe(5489.4);
    });

    it('L.68 art. 5 c.3: the CPI authorises an exemption of 60% at most; it lowers what is sanctioned', async () => {
      const cpi = await callers.cpi('MI');
      const input = {
        employerId: acme,
        province: 'MI',
        percentage: 50,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      };
      expect(
        (await gql(url, cpi, exempt, { input: { ...input, percentage: 61 } })).errors![0]!.extensions,
      ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'L68_ART5_C3_MAX_60_PERCENT' });
      expect(
        (await gql(url, cpi, exempt, { input: { ...input, validTo: '2028-01-01' } })).errors![0]!.extensions,
      ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'L68_ART5_C3_MAX_24_MONTHS' });
      expect(errorCode(await gql(url, await callers.employer(acme), exempt, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, await callers.cpi('MB'), exempt, { input }))).toBe('FORBIDDEN');
      const { data, errors } = await gql(url, cpi, exempt, { input });
      expect(errors).toBeUndefined();
      // 50% of 6 = 3 positions; 254 working days in 2026 x 3 x 39.21.
      expect(data!['authorisePartialExemption']).toMatchObject({
        quota: 6,
        positions: 3,
        reportYear: 2025,
        reportVersion: 2,
        workingDays: 254,
        contribution: 29878.02,
      });
      expect(
        errorCode(await gql(url, cpi, exempt, { input: { ...input, validFrom: '2026-06-01', validTo: '2026-07-01' } })),
      ).toBe('CONFLICT');
      const after = await gql(url, cpi, status, { id: acme, p: 'MI', on: '2026-03-06' });
      expect(after.data!['obligationStatus']).toMatchObject({
        uncovered: 5,
        exemptedPositions: 3,
        sanctionablePositions: 2,
      });
    });

    it('concurrent authorisations of overlapping exemptions: one is stored, the others are CONFLICT', async () => {
      const cpi = await callers.cpi('MI');
      const input = {
        employerId: other,
        province: 'MI',
        percentage: 50,
        validFrom: '2025-01-01',
        validTo: '2025-06-30',
      };
      const answers = await Promise.all([1, 2, 3].map(() => gql(url, cpi, exempt, { input })));
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.filter((a) => a.errors).map(errorCode)).toEqual(['CONFLICT', 'CONFLICT']);
      const { data } = await gql(url, cpi, 'query ($id: ID!) { employer(id: $id) { exemptions { positions } } }', {
        id: other,
      });
      expect(data!['employer'].exemptions).toEqual([{ positions: 2 }]);
    });

    it('L.68 art. 11 and art. 3 c.5: a kept agreement and a suspension stop the sanction', async () => {
      const cpi = await callers.cpi('MI');
      const sign = await gql(
        url,
        cpi,
        'mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id endsOn stateOn(on: "2026-03-06") { kept hiredByNow remaining } } }',
        {
          input: {
            employerId: acme,
            province: 'MI',
            startsOn: '2026-03-01',
            schedule: [
              { dueOn: '2026-09-30', hires: 1 },
              { dueOn: '2026-03-05', hires: 1 },
            ],
          },
        },
      );
      expect(sign.errors).toBeUndefined();
      expect(sign.data!['signAgreement']).toMatchObject({
        endsOn: '2026-09-30',
        stateOn: { kept: true, hiredByNow: 1, remaining: 1 },
      });
      const withAgreement = await gql(url, cpi, status, { id: acme, p: 'MI', on: '2026-03-06' });
      expect(withAgreement.data!['obligationStatus']).toMatchObject({
        agreementKept: true,
        underAgreement: 1,
        sanctionablePositions: 1,
      });
      const badSchedule = await gql(
        url,
        cpi,
        'mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { id } }',
        {
          input: {
            employerId: acme,
            province: 'MI',
            startsOn: '2026-03-01',
            schedule: [{ dueOn: '2026-04-01', hires: 0 }],
          },
        },
      );
      expect(badSchedule.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.schedule[0].hires',
      });
      const suspend = await gql(
        url,
        cpi,
        'mutation ($input: SuspendObligationInput!) { suspendObligation(input: $input) { id validTo legalBasis } }',
        {
          input: {
            employerId: acme,
            province: 'MI',
            validFrom: '2026-03-06',
            legalBasis: 'L. 68/1999 art. 3 c.5: CIGS',
          },
        },
      );
      expect(suspend.errors).toBeUndefined();
      const suspended = await gql(url, cpi, status, { id: acme, p: 'MI', on: '2026-03-06' });
      expect(suspended.data!['obligationStatus']).toMatchObject({
        suspended: true,
        sanctionablePositions: 0,
        dailySanction: 0,
      });
    });

    it('Employer.obligationStatus lists every province where it is present; one call to outcomes per request', async () => {
      asked.length = 0;
      const { data, errors } = await gql(
        url,
        await callers.employer(acme),
        'query ($id: ID!) { employer(id: $id) { obligationStatus(on: "2026-03-06") { province quota } } }',
        { id: acme },
      );
      expect(errors).toBeUndefined();
      expect(data!['employer'].obligationStatus).toEqual([
        { province: 'MB', quota: 0 },
        { province: 'MI', quota: 6 },
      ]);
      expect(asked).toEqual([[acme]]);
    });

    it('ranking by urgency: the largest accrued sanction first; only CPIs of the province and the Region', async () => {
      const query =
        'query ($p: String!) { obligationRanking(province: $p, on: "2026-03-06") { employer { id } uncovered accruedSanction } }';
      const { data, errors } = await gql(url, await callers.region(), query, { p: 'MI' });
      expect(errors).toBeUndefined();
      // Beta's 2023 report left 4 positions uncovered since 31 Dec 2023: two years of sanction rank it first.
      expect(data!['obligationRanking'].map((s: { employer: { id: string } }) => s.employer.id)).toEqual([other, acme]);
      expect(errorCode(await gql(url, await callers.cpi('BG'), query, { p: 'MI' }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, await callers.employer(acme), query, { p: 'MI' }))).toBe('FORBIDDEN');
    });
  });

  it('the amounts are readable with their validity and source', async () => {
    const { data, errors } = await gql(
      url,
      await callers.accredited('ente'),
      'query { l68Amounts(on: "2026-03-06") { kind euros validFrom validTo source } }',
    );
    expect(errors).toBeUndefined();
    expect(data!['l68Amounts']).toContainEqual(
      expect.objectContaining({
        kind: 'UNCOVERED_POSITION_PER_WORKING_DAY',
        euros: 196.05,
        validFrom: '2022-01-01',
        validTo: null,
      }),
    );
    // Before 2022: the EUR 30.64 contribution and the sanction five times it (art. 15 c.4); no late-report amount.
    const before = await gql(
      url,
      await callers.accredited('ente'),
      'query { l68Amounts(on: "2021-01-01") { kind euros } }',
    );
    expect(before.data!['l68Amounts']).toEqual([
      { kind: 'UNCOVERED_POSITION_PER_WORKING_DAY', euros: 153.2 },
      { kind: 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', euros: 30.64 },
    ]);
    const earlier = await gql(url, await callers.accredited('ente'), 'query { l68Amounts(on: "2015-09-23") { kind } }');
    expect(earlier.data!['l68Amounts']).toEqual([]);
  });

  describe('late reports', () => {
    it('DOMAIN.md: EUR 702.43 + EUR 34.02 per day of delay, for employers whose last report shows a quota', async () => {
      const cpi = await callers.cpi('MI');
      // Beta reported 2024 on time (a quota of 4): its 2025 report is due by 31 January 2026.
      const b = await gql(url, cpi, submit, {
        input: { employerId: other, year: 2024, submittedOn: '2025-01-20', workforce },
      });
      expect(b.errors).toBeUndefined();
      const { data, errors } = await gql(url, cpi, late, { y: 2025, asOf: '2026-02-10' });
      expect(errors).toBeUndefined();
      expect(data!['lateWorkforceReports']).toEqual([
        {
          employer: { id: other },
          year: 2025,
          dueOn: '2026-01-31',
          submittedOn: null,
          daysLate: 10,
          sanction: 1042.63,
        },
      ]);
      expect(errorCode(await gql(url, cpi, late, { y: 2025, asOf: '2026-02-10', p: 'TO' }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, await callers.employer(other), late, { y: 2025, asOf: '2026-02-10' }))).toBe(
        'FORBIDDEN',
      );
      const region = await gql(url, await callers.region(), late, { y: 2025, asOf: '2026-02-10' });
      expect(region.data!['lateWorkforceReports']).toHaveLength(1);
    });
  });
});
