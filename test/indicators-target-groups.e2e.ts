import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
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
});

afterAll(() => graph?.[Symbol.asyncDispose]());

type Family = 'enrolments' | 'enrolledStock' | 'takenInCharge' | 'services' | 'l68';

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
  it('services and l68 by sex, or two target dimensions at once: BAD_USER_INPUT', async () => {
    expect(errorCode(await ask(tokens.region, 'services', { groupBy: ['SEX'] }))).toBe('BAD_USER_INPUT');
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
