import { describe, expect, it } from 'vitest';
import { reportedEmployerProblems, reportReceiptProblems } from './workforce-report-receipt.ts';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('receiving a workforce report (L. 68/1999 art. 9 c.6: the situation at 31 December)', () => {
  const today = '2026-03-01';

  it('L. 68/1999 art. 9 c.6: the situation at 31 December is reported from 1 January, not on 31 December', () => {
    expect(fields(reportReceiptProblems({ year: 2025, submittedOn: '2026-01-01' }, today))).toEqual([]);
    expect(fields(reportReceiptProblems({ year: 2025, submittedOn: '2025-12-31' }, today))).toEqual(['year']);
  });

  it('L. 68/1999 art. 9 c.6: received today is accepted, tomorrow refused', () => {
    expect(fields(reportReceiptProblems({ year: 2025, submittedOn: today }, today))).toEqual([]);
    expect(fields(reportReceiptProblems({ year: 2025, submittedOn: '2026-03-02' }, today))).toEqual(['submittedOn']);
  });

  it('the register starts in 2000: 2000 is a year, 1999 and 2024.5 are not', () => {
    expect(fields(reportReceiptProblems({ year: 2000, submittedOn: today }, today))).toEqual([]);
    expect(fields(reportReceiptProblems({ year: 1999, submittedOn: today }, today))).toEqual(['year']);
    expect(fields(reportReceiptProblems({ year: 2024.5, submittedOn: today }, today))).toEqual(['year']);
  });
});

describe('the employer a report is about (L. 68/1999 art. 9 c.6 registered office, art. 3 kind)', () => {
  const employer = { province: 'MI', kind: 'PRIVATE' };

  it('L. 68/1999 art. 9 c.6: the registered office is the registered one (unstated means the same)', () => {
    expect(fields(reportedEmployerProblems({}, employer))).toEqual([]);
    expect(fields(reportedEmployerProblems({ registeredOfficeProvince: 'MI' }, employer))).toEqual([]);
    expect(fields(reportedEmployerProblems({ registeredOfficeProvince: 'TN' }, employer))).toEqual([
      'workforce.registeredOfficeProvince',
    ]);
  });

  it('L. 68/1999 art. 3: the kind is the registered one; another is refused, not corrected', () => {
    expect(fields(reportedEmployerProblems({ employerKind: 'PRIVATE' }, employer))).toEqual([]);
    expect(fields(reportedEmployerProblems({ employerKind: 'PUBLIC_ADMINISTRATION' }, employer))).toEqual([
      'workforce.employerKind',
    ]);
  });
});
