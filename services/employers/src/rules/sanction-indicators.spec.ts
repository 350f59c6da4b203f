import type { MeasuredCell } from '@reg/indicators';
import { describe, expect, it } from 'vitest';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import { fromCents, toCents } from './dated-amount.ts';
import { lateReport, lateReportAccrued } from './late-report.ts';
import { dailyAccruals, obligationStatus, type ObligationFacts } from './obligation-status.ts';
import { withSanctions } from './sanction-indicators.ts';

// Report 2025: quota 3, covered 1 -> 2 uncovered from 31 Dec 2025; deadline 1 Mar 2026 (a Sunday).
const facts: Omit<ObligationFacts, 'on'> = {
  province: 'MI',
  reports: [{ year: 2025, version: 1, quota: 3, covered: 1 }],
  hires: [],
  exemptions: [],
  agreements: [],
  suspensions: [],
  amounts: L68_AMOUNTS,
};
const perDay = 196.05;
const euros = (accruals: ReturnType<typeof dailyAccruals>) =>
  fromCents(accruals.reduce((s, a) => s + (a.cents ?? Number.NaN), 0));

describe('L. 68/1999 art. 15 c.4: the uncovered-quota sanction accrued in a period (l68 indicators)', () => {
  it('nothing up to the 60th day (art. 9 c.1): the period ending on the deadline accrues nothing, the next working day does', () => {
    expect(dailyAccruals(facts, '2026-01-01', '2026-03-01')).toEqual([]);
    expect(dailyAccruals(facts, '2026-01-01', '2026-03-02')).toEqual([
      { day: '2026-03-02', cents: toCents(2 * perDay) },
    ]);
  });

  it('the days priced are those obligationStatus prices: over any split of the run they add up to its accrued sanction', () => {
    const on = '2026-04-17';
    const status = obligationStatus({ ...facts, on });
    const march = euros(dailyAccruals(facts, '2026-03-01', '2026-03-31'));
    const april = euros(dailyAccruals(facts, '2026-04-01', on));
    expect(march).toBe(22 * 2 * perDay);
    expect(fromCents(toCents(march) + toCents(april))).toBe(status.accruedSanction);
    // A period starting inside the run keeps the run's deadline (walks back to its start).
    expect(dailyAccruals(facts, '2026-03-03', '2026-03-03')).toEqual([
      { day: '2026-03-03', cents: toCents(2 * perDay) },
    ]);
  });

  it('a hire covering the quota ends the run; a later shortfall has its own 60 days', () => {
    const covered: Omit<ObligationFacts, 'on'> = {
      ...facts,
      hires: [
        { startedOn: '2026-03-04', endedOn: null, province: 'MI', units: 1 },
        { startedOn: '2026-03-05', endedOn: '2026-03-09', province: 'MI', units: 1 },
      ],
    };
    const days = dailyAccruals(covered, '2026-03-01', '2026-05-31');
    // 2-3 March: 2 positions; 4 March: 1; 5-9 March: none uncovered (run ends); from 10 March a new run of 1.
    expect(days.slice(0, 3)).toEqual([
      { day: '2026-03-02', cents: toCents(2 * perDay) },
      { day: '2026-03-03', cents: toCents(2 * perDay) },
      { day: '2026-03-04', cents: toCents(perDay) },
    ]);
    expect(days[3]?.day).toBe('2026-05-11');
    expect(obligationStatus({ ...covered, on: '2026-05-11' }).hiringDeadline).toBe('2026-05-09');
  });

  it('art. 15 c.4 prices private employers and public economic bodies only', () => {
    expect(dailyAccruals({ ...facts, moneySanctions: false }, '2026-01-01', '2026-12-31')).toEqual([]);
  });
});

describe('L. 68/1999 art. 15 c.1: the late-report sanction accrued in a period (l68 indicators)', () => {
  it('nothing up to the due date (31 January, art. 9 c.6); the fixed part and the first day fall on 1 February', () => {
    expect(lateReportAccrued(2025, null, '2026-01-01', '2026-01-31', L68_AMOUNTS)).toBe(0);
    expect(lateReportAccrued(2025, null, '2026-02-01', '2026-02-01', L68_AMOUNTS)).toBe(736.45);
    expect(lateReportAccrued(2025, null, '2026-02-02', '2026-02-02', L68_AMOUNTS)).toBe(34.02);
  });

  it("the months add up to the report's sanction; nothing accrues after it is filed", () => {
    const filed = '2026-03-10';
    const feb = lateReportAccrued(2025, filed, '2026-02-01', '2026-02-28', L68_AMOUNTS)!;
    const mar = lateReportAccrued(2025, filed, '2026-03-01', '2026-03-31', L68_AMOUNTS)!;
    expect(fromCents(toCents(feb) + toCents(mar))).toBe(lateReport(2025, filed, '2026-04-01', L68_AMOUNTS)!.sanction);
    expect(lateReportAccrued(2025, filed, '2026-03-11', '2026-12-31', L68_AMOUNTS)).toBe(0);
    expect(lateReportAccrued(2025, filed, '2026-03-10', '2026-03-10', L68_AMOUNTS)).toBe(34.02);
  });
});

const acts = (period: string, province: string | null, referred: number): MeasuredCell => ({
  period,
  province,
  providerKind: null,
  provider: null,
  serviceCode: null,
  targetGroup: null,
  people: referred,
  personCounts: [referred],
  measures: { referredPeople: referred },
});

describe('the sanction measures of the l68 cells', () => {
  const cells = withSanctions(
    [acts('2026', null, 7), acts('2026', 'MI', 7), acts('2026-Q1', 'MI', 7)],
    [
      { employerId: 'e1', province: 'MI', month: '2026-02', euros: 736.45 },
      { employerId: 'e1', province: 'MI', month: '2026-03', euros: 100 },
      { employerId: 'e1', province: 'TN', month: '2026-03', euros: 50 },
      { employerId: 'e2', province: 'TN', month: '2026-04', euros: null },
      { employerId: 'e3', province: 'TN', month: '2026-04', euros: 0 },
    ],
    ['referredPeople'],
    1,
  );
  const cell = (period: string, province: string | null) =>
    cells.find((c) => c.period === period && c.province === province);

  it('an employer counts once per cell across months and provinces; amounts add up', () => {
    expect(cell('2026-Q1', 'MI')?.measures).toEqual({
      referredPeople: 7,
      sanctionedEmployers: 1,
      sanctionsAccrued: 836.45,
    });
    expect(cell('2026-Q1', null)?.measures).toMatchObject({ sanctionedEmployers: 1, sanctionsAccrued: 886.45 });
  });

  it('an amount not configured makes the sum unknown, not smaller; nothing accrued is no sanction', () => {
    expect(cell('2026', null)?.measures).toMatchObject({ sanctionedEmployers: 2, sanctionsAccrued: null });
    expect(cell('2026-04', 'TN')?.measures).toMatchObject({ sanctionedEmployers: 1, sanctionsAccrued: null });
  });

  it('a cell with sanctions and no acts is added with zero acts; employers are not counts of people', () => {
    expect(cell('2026-02', 'MI')).toMatchObject({
      people: 0,
      personCounts: [0],
      measures: { referredPeople: 0, sanctionedEmployers: 1, sanctionsAccrued: 736.45 },
    });
    expect(cell('2026', 'MI')?.personCounts).toEqual([7]);
  });
});
