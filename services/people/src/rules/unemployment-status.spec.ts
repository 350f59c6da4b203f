import { describe, expect, it } from 'vitest';
import { incomeThresholdOn } from '../reference/unemployment-income-thresholds.ts';
import {
  isUnemployedOn,
  lastsAtMostSixMonths,
  type UnemploymentFacts,
  unemploymentStatusOn,
  type WorkSpell,
  workEffect,
} from './unemployment-status.ts';

const facts = (over: Partial<UnemploymentFacts> = {}): UnemploymentFacts => ({
  declarations: ['2026-01-05'],
  work: [],
  losses: [],
  pactsSignedOn: [],
  ...over,
});
const job = (over: Partial<WorkSpell> = {}): WorkSpell => ({
  employment: 'EMPLOYEE',
  startedOn: '2026-03-01',
  endsOn: '2026-08-31',
  expectedAnnualIncome: 12000,
  ...over,
});

describe('D.Lgs. 150/2015 art. 19 c.1: the DID starts the status', () => {
  it('no DID: no status; the day before the DID: none; on the day: unemployed', () => {
    expect(unemploymentStatusOn(facts({ declarations: [] }), '2026-02-01').state).toBe('NONE');
    expect(unemploymentStatusOn(facts(), '2026-01-04').state).toBe('NONE');
    expect(unemploymentStatusOn(facts(), '2026-01-05')).toMatchObject({
      state: 'UNEMPLOYED',
      declaredOn: '2026-01-05',
      since: '2026-01-05',
    });
  });

  it('art. 20 c.1: the pact is due within 30 days of the DID and confirms the status when signed after it', () => {
    const status = unemploymentStatusOn(facts({ pactsSignedOn: ['2025-12-01', '2026-01-20'] }), '2026-02-01');
    expect(status.confirmationDueOn).toBe('2026-02-04');
    // A pact signed before this DID confirms an earlier status, not this one.
    expect(status.confirmedOn).toBe('2026-01-20');
    expect(unemploymentStatusOn(facts({ pactsSignedOn: ['2026-01-20'] }), '2026-01-19').confirmedOn).toBeNull();
  });
});

describe('D.L. 4/2019 art. 4 c.15-quater: work within the income threshold keeps the status', () => {
  const employee2026 = incomeThresholdOn('2026-03-01')!.employee;
  const self2026 = incomeThresholdOn('2026-03-01')!.selfEmployed;

  it('dated thresholds: 8,500 / 5,500 from 2024 (TUIR art. 13 as amended by D.Lgs. 216/2023); none before 2019-03-30', () => {
    expect([employee2026, self2026]).toEqual([8500, 5500]);
    expect(incomeThresholdOn('2023-12-31')!.employee).toBe(8174);
    expect(incomeThresholdOn('2019-03-29')).toBeNull();
  });

  it('employment: at the threshold keeps, just under keeps, just over suspends (short) or ends (long)', () => {
    expect(workEffect(job({ expectedAnnualIncome: employee2026 }))).toBe('KEEPS');
    expect(workEffect(job({ expectedAnnualIncome: employee2026 - 0.01 }))).toBe('KEEPS');
    expect(workEffect(job({ expectedAnnualIncome: employee2026 + 0.01 }))).toBe('SUSPENDS');
    expect(workEffect(job({ expectedAnnualIncome: employee2026 + 0.01, endsOn: null }))).toBe('ENDS');
  });

  it('self-employment: at 5,500 keeps, just over ends (art. 19 c.3 suspends only "lavoro subordinato")', () => {
    const own = job({ employment: 'SELF_EMPLOYED', endsOn: '2026-04-30' });
    expect(workEffect({ ...own, expectedAnnualIncome: self2026 })).toBe('KEEPS');
    expect(workEffect({ ...own, expectedAnnualIncome: self2026 + 0.01 })).toBe('ENDS');
  });

  it('kept status stays UNEMPLOYED while the low-income work goes on', () => {
    const status = unemploymentStatusOn(
      facts({ work: [job({ expectedAnnualIncome: 6000, endsOn: null })] }),
      '2026-05-01',
    );
    expect(status.state).toBe('UNEMPLOYED');
  });
});

describe('D.Lgs. 150/2015 art. 19 c.3: employment of up to six months suspends the status', () => {
  it('six months to the day suspends; one day more ends it', () => {
    expect(lastsAtMostSixMonths('2026-03-01', '2026-08-31')).toBe(true);
    expect(lastsAtMostSixMonths('2026-03-01', '2026-08-30')).toBe(true);
    expect(lastsAtMostSixMonths('2026-03-01', '2026-09-01')).toBe(false);
    expect(lastsAtMostSixMonths('2026-08-31', '2027-02-27')).toBe(true);
    expect(lastsAtMostSixMonths('2026-03-01', null)).toBe(false);
  });

  it('suspended from the first to the last day of work, unemployed again the day after', () => {
    const f = facts({ work: [job()] });
    expect(unemploymentStatusOn(f, '2026-02-28').state).toBe('UNEMPLOYED');
    expect(unemploymentStatusOn(f, '2026-03-01')).toMatchObject({
      state: 'SUSPENDED',
      since: '2026-03-01',
      suspendedUntil: '2026-08-31',
    });
    expect(unemploymentStatusOn(f, '2026-08-31').state).toBe('SUSPENDED');
    expect(unemploymentStatusOn(f, '2026-09-01')).toMatchObject({ state: 'UNEMPLOYED', since: '2026-09-01' });
    expect(isUnemployedOn(f, '2026-09-01')).toBe(true);
  });

  it('a contract one day longer than six months ends the status on its first day', () => {
    const f = facts({ work: [job({ endsOn: '2026-09-01' })] });
    expect(unemploymentStatusOn(f, '2026-03-01')).toMatchObject({
      state: 'LOST',
      since: '2026-03-01',
      reason: 'WORK_LONGER_THAN_SIX_MONTHS',
    });
    expect(unemploymentStatusOn(f, '2026-12-01').state).toBe('LOST');
  });
});

describe('D.Lgs. 150/2015 art. 21 c.7: loss recorded by the CPI', () => {
  it('a refused suitable offer ends the status from its day, not the day before', () => {
    const f = facts({ losses: [{ on: '2026-04-10', reason: 'REFUSED_SUITABLE_OFFER' }] });
    expect(unemploymentStatusOn(f, '2026-04-09').state).toBe('UNEMPLOYED');
    expect(unemploymentStatusOn(f, '2026-04-10')).toMatchObject({
      state: 'LOST',
      since: '2026-04-10',
      reason: 'REFUSED_SUITABLE_OFFER',
    });
  });

  it('a new DID after the loss starts a new status; a loss before the DID does not touch it', () => {
    const f = facts({
      declarations: ['2026-01-05', '2026-06-01'],
      losses: [{ on: '2026-04-10', reason: 'NO_SHOW_SANCTION' }],
    });
    expect(unemploymentStatusOn(f, '2026-05-31').state).toBe('LOST');
    expect(unemploymentStatusOn(f, '2026-06-01')).toMatchObject({ state: 'UNEMPLOYED', declaredOn: '2026-06-01' });
  });

  it('the earliest of a loss and a long job decides the day', () => {
    const f = facts({
      work: [job({ startedOn: '2026-05-01', endsOn: null })],
      losses: [{ on: '2026-06-01', reason: 'NO_SHOW_SANCTION' }],
    });
    expect(unemploymentStatusOn(f, '2026-07-01')).toMatchObject({
      since: '2026-05-01',
      reason: 'OPEN_ENDED_WORK_ABOVE_THRESHOLD',
    });
  });
});
