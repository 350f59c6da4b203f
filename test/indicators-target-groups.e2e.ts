import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode, vatCheckDigit } from '@reg/identifiers';
import { errorCode, gql } from '@reg/testkit';
import { declareUnemployment } from './support/fixtures.ts';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { createIndicatorsRegion } from './support/indicators-world.ts';

/*
 * Indicators by target group (DOMAIN.md "Monitoring": women, under 30, over 55, long-term unemployed, disabled) and
 * the L. 68/1999 stock, through the gateway. Every enrolment on the art. 1 list, submitted 15 January 2025 and
 * accepted 1 February 2025 (the day the target groups are taken for the enrolments family):
 * - MI: m0 F born 1995-02-01 (30 that day), DID 2024-02-01 (12 months that day: long-term);
 *       m1 F born 1995-02-02 (29), DID 2024-02-02 (a day short of 12 months);
 *       m2 F born 1990-05-05; m3 F born 1970-02-01 (55 that day); m4 F born 1970-02-02 (54); m5, m6 M born 1985;
 *       m2..m6 DID 2025-01-15;
 * - TO: t0..t2 F, t3, t4 M, born 1985-1989, DID 2025-01-15.
 * - m0 and m1 taken in charge by body A on 10 February 2025 (the definition holds that day).
 * So 12 people: women 8, men 4; under 30: 1, 30-54: 10, 55 and over: 1; long-term: 1.
 */

let graph: TestGraph;
let tokens: Awaited<ReturnType<typeof createIndicatorsRegion>>['tokens'];

interface Someone {
  province: 'MI' | 'TO';
  sex: 'F' | 'M';
  birthDate: string;
  didOn: string;
}
const mi = (sex: 'F' | 'M', birthDate: string, didOn = '2025-01-15'): Someone => ({
  province: 'MI',
  sex,
  birthDate,
  didOn,
});
const to = (sex: 'F' | 'M', birthDate: string): Someone => ({ province: 'TO', sex, birthDate, didOn: '2025-01-15' });
const everyone: Someone[] = [
  mi('F', '1995-02-01', '2024-02-01'),
  mi('F', '1995-02-02', '2024-02-02'),
  mi('F', '1990-05-05'),
  mi('F', '1970-02-01'),
  mi('F', '1970-02-02'),
  mi('M', '1985-06-06'),
  mi('M', '1985-07-07'),
  to('F', '1985-03-03'),
  to('F', '1986-03-03'),
  to('F', '1987-03-03'),
  to('M', '1988-03-03'),
  to('M', '1989-03-03'),
];
const names = ['Anna', 'Bice', 'Carla', 'Dora', 'Elsa', 'Fabio', 'Gino', 'Ilaria', 'Lara', 'Maria', 'Nino', 'Oscar'];

beforeAll(async () => {
  graph = await startTestGraph();
  const region = await createIndicatorsRegion(graph.must, {
    year: 2025,
    familyName: 'Verdi',
    sex: 'F',
    birthMonth: '04',
    keyPrefix: 'tg',
  });
  tokens = region.tokens;
  const ids: string[] = [];
  for (const [i, p] of everyone.entries()) {
    const cpi = p.province === 'MI' ? tokens.cpiMI : tokens.cpiTO;
    const municipality = p.province === 'MI' ? 'F205' : 'L219';
    const givenName = names[i]!;
    const data = { givenName, familyName: 'Verdi', birthDate: p.birthDate, sex: p.sex, birthPlaceCode: municipality };
    const id = (
      await graph.must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
        input: {
          fiscalCode: encodePersonFiscalCode(data),
          givenName,
          familyName: 'Verdi',
          birthDate: p.birthDate,
          sex: p.sex,
          residenceProvince: p.province,
          residenceMunicipality: municipality,
        },
      })
    )['registerPerson'].id as string;
    await declareUnemployment(graph.must, cpi, id, p.didOn);
    const enrolment = (
      await graph.must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
        input: {
          personId: id,
          list: 'DISABILITY',
          submittedOn: '2025-01-15',
          category: 'CIVIL_INVALID',
          invalidityPercent: 67,
        },
      })
    )['submitEnrolment'].id;
    await graph.must(
      cpi,
      'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }',
      { input: { enrolmentId: enrolment, to: 'ACCEPTED', on: '2025-02-01' } },
    );
    ids.push(id);
  }
  for (const id of ids.slice(0, 2)) await region.takeInChargeByA(id);
  people = ids;
  report = region.report;
  employerRegistrar = region.ids;
});

let people: string[] = [];
let report: Awaited<ReturnType<typeof createIndicatorsRegion>>['report'];
let employerRegistrar: Awaited<ReturnType<typeof createIndicatorsRegion>>['ids'];

afterAll(() => graph?.[Symbol.asyncDispose]());

type Family =
  | 'enrolments'
  | 'enrolledStock'
  | 'takenInCharge'
  | 'services'
  | 'l68'
  | 'employerServices'
  | 'internships'
  | 'paths'
  | 'firstService'
  | 'placements'
  | 'placementRate'
  | 'retention';

const ask = (token: string, family: Family, query: Record<string, unknown>, extra = '') =>
  gql(
    graph.gatewayUrl,
    token,
    `query ($q: IndicatorQuery!) { indicators(query: $q) { ${family} {
      cells { period province targetDimension targetGroup people suppression measures { name value } } ${extra}
    } } }`,
    { q: { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', ...query } },
  );

/** Cells as [province, targetGroup, people, suppression]. */
async function cells(token: string, family: Family, query: Record<string, unknown> = {}) {
  const response = await ask(token, family, query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return (response.data!['indicators'][family].cells as Array<Record<string, any>>).map((c) => [
    c['province'],
    c['targetGroup'],
    c['people'],
    c['suppression'],
  ]);
}

describe('the Region: target groups suppressed like every cell, complementary across the new dimension', () => {
  it('enrolments by sex: men (4) primary, women (8) complementary, so the total (12, shown) minus women gives nothing', async () => {
    expect(await cells(tokens.region, 'enrolments')).toEqual([[null, null, 12, null]]);
    expect(await cells(tokens.region, 'enrolments', { groupBy: ['SEX'] })).toEqual([
      [null, 'F', null, 'COMPLEMENTARY'],
      [null, 'M', null, 'PRIMARY'],
    ]);
    // By province and sex: MI women (5) hidden too, else MI's 7 minus them would give MI's 2 men.
    expect(await cells(tokens.region, 'enrolments', { groupBy: ['PROVINCE', 'SEX'] })).toEqual([
      ['MI', 'F', null, 'COMPLEMENTARY'],
      ['MI', 'M', null, 'PRIMARY'],
      ['TO', 'F', null, 'PRIMARY'],
      ['TO', 'M', null, 'PRIMARY'],
    ]);
  });

  it('enrolments by age band on the day of acceptance: 30-54 (10) shown, under 30 and 55 and over (1 each) primary', async () => {
    expect(await cells(tokens.region, 'enrolments', { groupBy: ['AGE_BAND'] })).toEqual([
      [null, 'FROM_30_TO_54', 10, null],
      [null, 'FROM_55', null, 'PRIMARY'],
      [null, 'UNDER_30', null, 'PRIMARY'],
    ]);
  });

  it('the stock on the lists at the end of 2025 (12) by disability: all on the art. 1 list; by sex as the flow', async () => {
    expect(await cells(tokens.region, 'enrolledStock', { groupBy: ['DISABILITY'] })).toEqual([[null, 'YES', 12, null]]);
    expect(await cells(tokens.region, 'enrolledStock', { groupBy: ['SEX'] })).toEqual([
      [null, 'F', null, 'COMPLEMENTARY'],
      [null, 'M', null, 'PRIMARY'],
    ]);
    // January 2025: nobody enrolled yet (accepted 1 February): no cell.
    expect((await cells(tokens.region, 'enrolledStock', { granularity: 'MONTH' })).length).toBe(11);
  });

  it('CSV carries the target columns', async () => {
    const response = await ask(tokens.region, 'enrolments', { groupBy: ['AGE_BAND'] }, 'csv');
    expect(response.data!['indicators'].enrolments.csv).toBe(
      'period;province;provider_kind;provider;service_code;target_dimension;target_group;people;suppressed;suppression;enrolments\n' +
        '2025;;;;;AGE_BAND;FROM_30_TO_54;10;false;;10\n' +
        '2025;;;;;AGE_BAND;FROM_55;;true;PRIMARY;\n' +
        '2025;;;;;AGE_BAND;UNDER_30;;true;PRIMARY;\n',
    );
  });
});

describe('a CPI: its province unsuppressed, the boundaries visible', () => {
  it('CPI Milano: 30th and 55th birthdays on the day of acceptance move up a band (m0 30-54, m3 55+, m1 under 30)', async () => {
    expect(await cells(tokens.cpiMI, 'enrolments', { groupBy: ['AGE_BAND'] })).toEqual([
      [null, 'FROM_30_TO_54', 5, null],
      [null, 'FROM_55', 1, null],
      [null, 'UNDER_30', 1, null],
    ]);
    expect(await cells(tokens.cpiMI, 'enrolments', { groupBy: ['SEX'] })).toEqual([
      [null, 'F', 5, null],
      [null, 'M', 2, null],
    ]);
  });

  it('long-term unemployed: DID exactly 12 months before the acceptance counts (m0), a day later does not (m1)', async () => {
    expect(await cells(tokens.cpiMI, 'enrolments', { groupBy: ['LONG_TERM_UNEMPLOYED'] })).toEqual([
      [null, 'NO', 6, null],
      [null, 'YES', 1, null],
    ]);
    // Ten days later (the take-in-charge) m1 has passed 12 months too.
    expect(await cells(tokens.cpiMI, 'takenInCharge', { groupBy: ['LONG_TERM_UNEMPLOYED'] })).toEqual([
      [null, 'YES', 2, null],
    ]);
    expect(await cells(tokens.cpiMI, 'enrolledStock')).toEqual([[null, null, 7, null]]);
  });

  it('CPI Torino reads TO only (its 5 people, no province asked: its whole scope)', async () => {
    expect(await cells(tokens.cpiTO, 'enrolments', { groupBy: ['SEX'] })).toEqual([
      [null, 'F', 3, null],
      [null, 'M', 2, null],
    ]);
  });
});

describe('an accredited body: its own people in charge; enrolment and L. 68/1999 families refused as before', () => {
  it('A: its 2 people in charge, both women, both on the art. 1 list, unsuppressed', async () => {
    expect(await cells(tokens.accA, 'takenInCharge', { groupBy: ['SEX'] })).toEqual([[null, 'F', 2, null]]);
    expect(await cells(tokens.accA, 'takenInCharge', { groupBy: ['DISABILITY'] })).toEqual([[null, 'YES', 2, null]]);
    for (const family of ['enrolments', 'enrolledStock', 'l68'] as const)
      expect(errorCode(await ask(tokens.accA, family, { groupBy: ['SEX'] })), family).toBe('FORBIDDEN');
  });
});

describe('what is not split by target group is refused, not answered', () => {
  it('employer services, internships and l68 by sex, or two target dimensions at once: BAD_USER_INPUT', async () => {
    expect(errorCode(await ask(tokens.region, 'employerServices', { groupBy: ['SEX'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(tokens.region, 'internships', { groupBy: ['DISABILITY'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(tokens.region, 'l68', { groupBy: ['AGE_BAND'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(tokens.region, 'enrolments', { groupBy: ['SEX', 'AGE_BAND'] }))).toBe('BAD_USER_INPUT');
  });
  it('l68 without acts: the Region and a CPI read an empty table, the DPO is refused', async () => {
    expect(await cells(tokens.region, 'l68')).toEqual([]);
    expect(await cells(tokens.cpiMI, 'l68')).toEqual([]);
    expect(errorCode(await ask(tokens.dpo, 'l68', {}))).toBe('FORBIDDEN');
  });
});

describe('l68 sanctions: accrued by the graph, not notified (L. 68/1999 art. 15 c.4)', () => {
  const sanctions = async (token: string, query: Record<string, unknown> = {}) => {
    const response = await ask(token, 'l68', query, 'definition');
    expect(response.errors).toBeUndefined();
    const family = response.data!['indicators'].l68;
    return {
      definition: family.definition as string,
      cells: (
        family.cells as Array<{
          period: string;
          province: string | null;
          people: number | null;
          suppression: string | null;
          measures: Array<{ name: string; value: number | null }>;
        }>
      ).map((c) => ({
        period: c.period,
        province: c.province,
        people: c.people,
        suppression: c.suppression,
        sanctionedEmployers: c.measures.find((m) => m.name === 'sanctionedEmployers')?.value,
        sanctionsAccrued: c.measures.find((m) => m.name === 'sanctionsAccrued')?.value,
        requests: c.measures.find((m) => m.name === 'requestsNominative')?.value,
      })),
    };
  };

  it("an employer's uncovered quota: one employer and the EUR obligationStatus accrues, by month and year, unsuppressed", async () => {
    const employerId = (
      await graph.must(
        tokens.cpiMI,
        'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
        {
          input: {
            name: 'Meccanica Verdi S.r.l.',
            fiscalCode: '01199250158',
            kind: 'PRIVATE',
            atecoCode: '25.62',
            province: 'MI',
            sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
          },
        },
      )
    )['registerEmployer'].id as string;
    // 60 full-time workers: quota 4, none covered, from the situation date 31 December 2024; the 60 days end on
    // Saturday 1 March 2025, so the sanction accrues from Monday 3 March.
    await graph.must(
      tokens.cpiMI,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
      {
        input: {
          employerId,
          year: 2024,
          submittedOn: '2025-01-20',
          workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
        },
      },
    );
    const status = await graph.must(
      tokens.cpiMI,
      'query ($id: ID!) { employer(id: $id) { obligationStatus(on: "2025-12-31") { province accruedSanction } } }',
      { id: employerId },
    );
    const accrued = status['employer'].obligationStatus.find((s: { province: string }) => s.province === 'MI')
      .accruedSanction as number;
    expect(accrued).toBeGreaterThan(0);

    const region = await sanctions(tokens.region);
    expect(region.definition).toContain('not sanctions notified');
    // Employers are not people: a cell of one employer and no people is published as it is.
    expect(region.cells).toEqual([
      {
        period: '2025',
        province: null,
        people: 0,
        suppression: null,
        sanctionedEmployers: 1,
        sanctionsAccrued: accrued,
        requests: 0,
      },
    ]);
    expect((await sanctions(tokens.cpiMI, { groupBy: ['PROVINCE'] })).cells).toEqual([
      {
        period: '2025',
        province: 'MI',
        people: 0,
        suppression: null,
        sanctionedEmployers: 1,
        sanctionsAccrued: accrued,
        requests: 0,
      },
    ]);
    // February: within the 60 days, nothing; March: 21 working days x 4 positions x EUR 196.05.
    const months = (await sanctions(tokens.cpiMI, { granularity: 'MONTH' })).cells;
    expect(months.find((c) => c.period === '2025-02')).toBeUndefined();
    expect(months.find((c) => c.period === '2025-03')).toMatchObject({
      sanctionedEmployers: 1,
      sanctionsAccrued: 16468.2,
    });
    expect(months.reduce((s, c) => s + Math.round((c.sanctionsAccrued ?? 0) * 100), 0) / 100).toBe(accrued);
    // Another province's CPI does not see it.
    expect((await sanctions(tokens.cpiTO)).cells).toEqual([]);
  });
});

/*
 * The outcomes families split by the same target groups, each row classified by the person's groups as people
 * decided them (Person.targetGroupsOn) on the day stated, recorded with the row when it was reported:
 * - CPI Milano: an interview (1A) with each of m0..m6 on 3 March 2025, and with m1 on 1 February 2025 too (29 then,
 *   30 the next day; DID a day short of 12 months); CPI Torino: one with each of t0..t4 on 3 March 2025;
 * - body A: an interview with m0 and m1 on 20 February 2025 (their take-in-charge of 10 February: the cohort);
 * - CPI Milano: m0 placed on 1 April 2025 (within 6 months of the take-in-charge).
 */
describe('outcomes families by target group: the groups on the day of the service or of the hire', () => {
  beforeAll(async () => {
    const [m0, m1] = people;
    for (const id of people.slice(0, 7)) await report(tokens.cpiMI, id, '2025-03-03');
    await report(tokens.cpiMI, m1!, '2025-02-01');
    for (const id of people.slice(7)) await report(tokens.cpiTO, id, '2025-03-03');
    for (const id of [m0!, m1!]) await report(tokens.accA, id, '2025-02-20');
    const first10 = '0456789012';
    const employerId = (
      await graph.must(
        tokens.cpiMI,
        'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
        {
          input: {
            name: 'Tessiture Verdi S.r.l.',
            fiscalCode: first10 + vatCheckDigit(first10),
            kind: 'PRIVATE',
            atecoCode: '13.20',
            province: 'MI',
            sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
          },
        },
      )
    )['registerEmployer'].id as string;
    await graph.must(
      tokens.cpiMI,
      'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }',
      {
        input: {
          idempotencyKey: 'tg-placement-m0',
          personId: m0,
          employerId,
          contract: 'PERMANENT',
          startedOn: '2025-04-01',
          countsTowardQuota: false,
        },
      },
    );
    expect(employerRegistrar.accA).toBeTruthy();
  });

  it('the Region: services by age band on the day (m1 under 30 on 1 February, 30 on 3 March: in both), suppressed', async () => {
    expect(await cells(tokens.region, 'services')).toEqual([[null, null, 12, null]]);
    expect(await cells(tokens.region, 'services', { groupBy: ['AGE_BAND'] })).toEqual([
      [null, 'FROM_30_TO_54', 10, null],
      [null, 'FROM_55', null, 'PRIMARY'],
      [null, 'UNDER_30', null, 'PRIMARY'],
    ]);
    // Men (4) primary, so women (8) complementary: the total (12, shown) minus women would give the men.
    expect(await cells(tokens.region, 'services', { groupBy: ['SEX'] })).toEqual([
      [null, 'F', null, 'COMPLEMENTARY'],
      [null, 'M', null, 'PRIMARY'],
    ]);
    expect(await cells(tokens.region, 'services', { groupBy: ['DISABILITY'] })).toEqual([[null, 'YES', 12, null]]);
  });

  it('CPI Milano: services by long-term unemployment on the day (m1: NO on 1 February, YES from 2 February)', async () => {
    expect(await cells(tokens.cpiMI, 'services', { groupBy: ['LONG_TERM_UNEMPLOYED'] })).toEqual([
      [null, 'NO', 6, null],
      [null, 'YES', 2, null],
    ]);
    expect(await cells(tokens.cpiMI, 'services', { groupBy: ['AGE_BAND'] })).toEqual([
      [null, 'FROM_30_TO_54', 5, null],
      [null, 'FROM_55', 2, null],
      [null, 'UNDER_30', 1, null],
    ]);
  });

  it('employed after the take-in-charge: body A reads its cohort (m0, m1, long-term unemployed) and 1 of 2 placed', async () => {
    const response = await ask(tokens.accA, 'placementRate', { groupBy: ['LONG_TERM_UNEMPLOYED'] });
    expect(response.errors).toBeUndefined();
    expect(response.data!['indicators'].placementRate.cells).toEqual([
      {
        period: '2025',
        province: null,
        targetDimension: 'LONG_TERM_UNEMPLOYED',
        targetGroup: 'YES',
        people: 2,
        suppression: null,
        measures: [
          { name: 'placedWithin6Months', value: 1 },
          { name: 'placementRate', value: 0.5 },
        ],
      },
    ]);
    // The Region: 2 people in the cohort, primary; nothing else to hide it by difference.
    expect(await cells(tokens.region, 'placementRate', { groupBy: ['SEX'] })).toEqual([[null, 'F', null, 'PRIMARY']]);
  });

  it('placements and retention by the groups on the start day; the Region reads them suppressed', async () => {
    expect(await cells(tokens.cpiMI, 'placements', { groupBy: ['AGE_BAND'] })).toEqual([
      [null, 'FROM_30_TO_54', 1, null],
    ]);
    expect(await cells(tokens.cpiMI, 'retention', { groupBy: ['DISABILITY'] })).toEqual([[null, 'YES', 1, null]]);
    expect(await cells(tokens.region, 'placements', { groupBy: ['SEX'] })).toEqual([[null, 'F', null, 'PRIMARY']]);
    expect(await cells(tokens.region, 'placements')).toEqual([[null, null, null, 'PRIMARY']]);
  });

  it('first services by sex: the groups of the first service after the enrolment (CPI Torino: its 5)', async () => {
    expect(await cells(tokens.cpiTO, 'firstService', { groupBy: ['SEX'] })).toEqual([
      [null, 'F', 3, null],
      [null, 'M', 2, null],
    ]);
  });
});

describe("Person.targetGroupsOn: for outcomes and the person's CPI only (L. 68/1999 list membership is health-related)", () => {
  const read =
    'query ($id: ID!) { person(id: $id) { targetGroupsOn(days: ["2025-02-01", "2025-02-02"]) { on sex ageBand longTermUnemployed disabled } } }';
  it('CPI Milano reads m1 on the day before and the day of the 30th birthday and 12 months of unemployment', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const response = await gql(graph.gatewayUrl, tokens.cpiMI, read, { id: people[1] });
    expect(response.errors).toBeUndefined();
    expect(response.data!['person'].targetGroupsOn).toEqual([
      { on: '2025-02-01', sex: 'F', ageBand: 'UNDER_30', longTermUnemployed: false, disabled: true },
      { on: '2025-02-02', sex: 'F', ageBand: 'FROM_30_TO_54', longTermUnemployed: true, disabled: true },
    ]);
    // Audited as a read of the person, with the reader.
    const audit = await gql(
      graph.gatewayUrl,
      tokens.dpo,
      'query ($p: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $p, from: $from, to: $to) { action entity fields } }',
      { p: people[1], from, to: new Date(Date.now() + 60_000).toISOString() },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!['auditEvents']).toContainEqual({ action: 'READ', entity: 'Person', fields: ['targetGroupsOn'] });
  });
  it('body A, which has m1 in charge and sees the person, is refused the groups; CPI Torino does not see m1', async () => {
    const refused = await gql(graph.gatewayUrl, tokens.accA, read, { id: people[1] });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.extensions!['rule']).toBe('TARGET_GROUPS_MONITORING_ONLY');
    const other = await gql(graph.gatewayUrl, tokens.cpiTO, read, { id: people[1] });
    expect(other.data?.['person'] ?? null).toBeNull();
  });
});
