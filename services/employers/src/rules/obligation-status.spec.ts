import { describe, expect, it } from 'vitest';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import { obligationStatus, type ObligationFacts } from './obligation-status.ts';

// Report 2025: quota 3, covered 1 -> 2 uncovered from 31 Dec 2025; deadline 1 Mar 2026 (a Sunday).
const base: ObligationFacts = {
  province: 'MI',
  on: '2026-03-06',
  reports: [{ year: 2025, version: 1, quota: 3, covered: 1 }],
  hires: [],
  exemptions: [],
  agreements: [],
  suspensions: [],
  amounts: L68_AMOUNTS,
};
const perDay = 196.05;

describe('obligation status per province at a date', () => {
  it('L. 68/1999 art. 9 c.1: uncovered since the situation date, 60 days to hire', () => {
    const status = obligationStatus({ ...base, on: '2026-02-15' });
    expect(status).toMatchObject({
      reportYear: 2025,
      quota: 3,
      covered: 1,
      uncovered: 2,
      uncoveredSince: '2025-12-31',
      hiringDeadline: '2026-03-01',
      accruedSanction: 0,
      dailySanction: 0,
    });
  });

  it('DOMAIN.md: EUR 196.05 per working day per uncovered position since 2022, only after the deadline', () => {
    // 2 to 6 March 2026: five working days x 2 positions.
    const status = obligationStatus(base);
    expect(status.accruedSanction).toBe(5 * 2 * perDay);
    expect(status.dailySanction).toBe(2 * perDay);
    expect(obligationStatus({ ...base, on: '2026-03-01' }).accruedSanction).toBe(0);
    // Saturday: nothing accrues that day.
    expect(obligationStatus({ ...base, on: '2026-03-07' })).toMatchObject({
      accruedSanction: 5 * 2 * perDay,
      dailySanction: 0,
    });
  });

  it('no report on or before the date: no obligation on record', () => {
    expect(obligationStatus({ ...base, on: '2025-12-30' })).toMatchObject({
      reportYear: null,
      quota: 0,
      uncovered: 0,
      uncoveredSince: null,
      accruedSanction: 0,
    });
  });

  it('a quota hire after the situation date covers a position from its start; an ended one stops covering', () => {
    const hired = obligationStatus({
      ...base,
      hires: [{ startedOn: '2026-03-04', endedOn: null, province: 'MI', units: 1 }],
    });
    // 2-3 March at 2 positions, 4-6 March at 1: 7 position-days x 196.05.
    expect(hired).toMatchObject({ uncovered: 1, hiredSinceReport: 1, covered: 2, accruedSanction: 1372.35 });
    const ended = obligationStatus({
      ...base,
      hires: [{ startedOn: '2026-03-04', endedOn: '2026-03-05', province: 'MI', units: 1 }],
    });
    expect(ended.uncovered).toBe(2);
    // A hire before the situation date is already in the report's figures.
    expect(
      obligationStatus({ ...base, hires: [{ startedOn: '2025-06-01', endedOn: null, province: 'MI', units: 1 }] })
        .uncovered,
    ).toBe(2);
  });

  it('a covered quota ends the run: a later shortfall restarts the 60 days and the accrual', () => {
    const status = obligationStatus({
      ...base,
      on: '2026-06-01',
      hires: [
        { startedOn: '2026-03-02', endedOn: '2026-04-30', province: 'MI', units: 1 },
        { startedOn: '2026-03-02', endedOn: '2026-04-30', province: 'MI', units: 1 },
      ],
    });
    expect(status).toMatchObject({
      uncovered: 2,
      uncoveredSince: '2026-05-01',
      hiringDeadline: '2026-06-30',
      accruedSanction: 0,
    });
  });

  it('L. 68/1999 art. 9 c.1 and art. 15 c.4: day 60 of the run is still within the deadline, day 61 accrues', () => {
    // Run from Friday 1 May 2026; deadline Tuesday 30 June (day 60); Wednesday 1 July is the first sanctioned day.
    const hires = [
      { startedOn: '2026-03-02', endedOn: '2026-04-30', province: 'MI', units: 1 },
      { startedOn: '2026-03-02', endedOn: '2026-04-30', province: 'MI', units: 1 },
    ];
    const at = (on: string) => obligationStatus({ ...base, on, hires });
    expect(at('2026-06-29')).toMatchObject({ hiringDeadline: '2026-06-30', accruedSanction: 0 });
    expect(at('2026-06-30')).toMatchObject({ accruedSanction: 0, dailySanction: 0 });
    expect(at('2026-07-01')).toMatchObject({ accruedSanction: 2 * perDay, dailySanction: 2 * perDay });
    expect(at('2026-07-01').explanation.join('\n')).toContain(
      'L. 68/1999 art. 9 c.1: uncovered since 2026-05-01, hiring deadline 2026-06-30',
    );
  });

  it('DOMAIN.md, art. 15 c.4: a past period prices at EUR 153.20 (5 x 30.64) before 2022 and 196.05 from 2022', () => {
    // Report 2020: 2 uncovered from 31 Dec 2020, deadline 1 Mar 2021; on 31 Dec 2021 and 3 Jan 2022 the day's own amount applies.
    const past = { ...base, reports: [{ year: 2020, version: 1, quota: 3, covered: 1 }] };
    expect(obligationStatus({ ...past, on: '2021-12-31' }).dailySanction).toBe(2 * 153.2);
    expect(obligationStatus({ ...past, on: '2022-01-03' }).dailySanction).toBe(2 * perDay);
    expect(obligationStatus({ ...past, on: '2021-03-02' }).accruedSanction).toBe(2 * 153.2);
  });

  it("L. 68/1999 art. 15 c.4: a public administration's shortfall accrues no sanction; the positions are still uncovered", () => {
    const publicEmployer = obligationStatus({ ...base, moneySanctions: false });
    expect(publicEmployer).toMatchObject({
      uncovered: 2,
      sanctionablePositions: 2,
      hiringDeadline: '2026-03-01',
      accruedSanction: 0,
      dailySanction: 0,
    });
    expect(publicEmployer.explanation.join('\n')).toContain(
      'art. 15 c.4 prices only private employers and public economic bodies',
    );
    expect(obligationStatus({ ...base, moneySanctions: true }).accruedSanction).toBe(5 * 2 * perDay);
  });

  it('L.68 art. 5 c.3: exempted positions are not sanctioned', () => {
    const status = obligationStatus({ ...base, exemptions: [{ from: '2026-01-01', to: '2026-12-31', positions: 1 }] });
    expect(status).toMatchObject({
      uncovered: 2,
      exemptedPositions: 1,
      sanctionablePositions: 1,
      accruedSanction: 5 * perDay,
    });
  });

  it('L.68 art. 11: while the agreement schedule is kept, its scheduled hires are not sanctioned; once broken, all are', () => {
    const agreement = {
      startsOn: '2026-01-15',
      schedule: [
        { dueOn: '2026-03-03', hires: 1 },
        { dueOn: '2026-09-30', hires: 1 },
      ],
    };
    const kept = obligationStatus({
      ...base,
      agreements: [agreement],
      hires: [{ startedOn: '2026-03-03', endedOn: null, province: 'MI', units: 1 }],
    });
    // 2 Mar: 2 uncovered, 2 scheduled -> 0; from 3 Mar: 1 uncovered, 1 scheduled -> 0.
    expect(kept).toMatchObject({
      uncovered: 1,
      underAgreement: 1,
      agreementKept: true,
      sanctionablePositions: 0,
      accruedSanction: 0,
    });
    const broken = obligationStatus({ ...base, agreements: [agreement] });
    // 2 Mar kept (nothing due yet): 0; from 3 Mar the due hire is missing: 2 positions x 4 days.
    expect(broken).toMatchObject({
      uncovered: 2,
      underAgreement: 0,
      agreementKept: false,
      sanctionablePositions: 2,
      accruedSanction: 4 * 2 * perDay,
    });
  });

  it('L. 68/1999 art. 3 c.5: no sanction accrues during a suspension', () => {
    const status = obligationStatus({
      ...base,
      suspensions: [{ from: '2026-03-04', to: null, legalBasis: 'CIGS, decree 123/2026' }],
    });
    expect(status).toMatchObject({
      suspended: true,
      suspensionBasis: 'CIGS, decree 123/2026',
      sanctionablePositions: 0,
      dailySanction: 0,
      accruedSanction: 2 * 2 * perDay,
    });
  });

  it('a correction of the report (a later version) replaces the figures of its year; a newer year replaces the older', () => {
    expect(obligationStatus({ ...base, reports: [{ year: 2025, version: 2, quota: 3, covered: 3 }] })).toMatchObject({
      reportVersion: 2,
      uncovered: 0,
      accruedSanction: 0,
    });
    const twoYears = obligationStatus({
      ...base,
      on: '2027-01-04',
      reports: [
        { year: 2025, version: 1, quota: 3, covered: 1 },
        { year: 2026, version: 1, quota: 3, covered: 3 },
      ],
    });
    expect(twoYears).toMatchObject({ reportYear: 2026, uncovered: 0, uncoveredSince: null });
  });

  it('half units: a shortfall of half a position is one position to fill', () => {
    expect(
      obligationStatus({ ...base, hires: [{ startedOn: '2026-02-01', endedOn: null, province: 'MI', units: 0.5 }] })
        .uncovered,
    ).toBe(2);
  });

  it('no configured amount for a day (before 24 September 2015): the sanction is unknown (null), never guessed', () => {
    const status = obligationStatus({
      ...base,
      on: '2015-09-23',
      reports: [{ year: 2014, version: 1, quota: 1, covered: 0 }],
    });
    expect(status).toMatchObject({
      uncovered: 1,
      uncoveredSince: '2014-12-31',
      accruedSanction: null,
      dailySanction: null,
    });
  });

  it('a far date prices only the current run: the shortfall since the last covered day', () => {
    const status = obligationStatus({
      ...base,
      on: '2030-01-02',
      hires: [{ startedOn: '2026-01-05', endedOn: '2029-12-31', province: 'MI', units: 2 }],
    });
    expect(status).toMatchObject({ uncovered: 2, uncoveredSince: '2030-01-01', accruedSanction: 0 });
  });
});
