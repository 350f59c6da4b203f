import { describe, expect, it } from 'vitest';
import { L68_AMOUNTS } from '../reference/l68-amounts.ts';
import { lateReport, mustReport, reportDueDate } from './late-report.ts';

describe('late yearly workforce report (prospetto informativo)', () => {
  it('DOMAIN.md: the situation at 31 December is due by 31 January of the next year', () => {
    expect(reportDueDate(2025)).toBe('2026-01-31');
  });

  it('DOMAIN.md: EUR 702.43 + EUR 34.02 per day of delay', () => {
    const late = lateReport(2025, null, '2026-02-10', L68_AMOUNTS);
    expect(late).toMatchObject({ dueOn: '2026-01-31', daysLate: 10, submittedOn: null });
    expect(late!.sanction).toBe(1042.63);
    expect(late!.explanation).toContain('EUR 702.43 + 10 x EUR 34.02 = EUR 1042.63');
  });

  it('L. 68/1999 art. 9 c.6: a report on 31 January is on time; on 1 February it is one day late', () => {
    expect(lateReport(2025, '2026-01-31', '2026-11-23', L68_AMOUNTS)).toBeNull();
    expect(lateReport(2025, '2026-02-01', '2026-11-23', L68_AMOUNTS)).toMatchObject({ daysLate: 1, sanction: 736.45 });
  });

  it('a missing report is not late before the due date; a late submission stops the count', () => {
    expect(lateReport(2025, null, '2026-01-31', L68_AMOUNTS)).toBeNull();
    expect(lateReport(2025, '2026-03-02', '2026-11-23', L68_AMOUNTS)).toMatchObject({ daysLate: 30 });
  });

  it('no configured amount for a delay before 2022: late, sanction unknown', () => {
    expect(lateReport(2019, null, '2020-02-05', L68_AMOUNTS)).toMatchObject({ daysLate: 5, sanction: null });
  });

  it('documented rule: an employer must report once its latest earlier report shows a quota', () => {
    expect(mustReport(2025, [])).toBe(false);
    expect(mustReport(2025, [{ year: 2024, disabledQuota: 1, art18Quota: 0 }])).toBe(true);
    expect(
      mustReport(2025, [
        { year: 2023, disabledQuota: 1, art18Quota: 0 },
        { year: 2024, disabledQuota: 0, art18Quota: 0 },
      ]),
    ).toBe(false);
    // A report for the year itself or later does not make the year due.
    expect(mustReport(2025, [{ year: 2025, disabledQuota: 3, art18Quota: 1 }])).toBe(false);
  });
});
