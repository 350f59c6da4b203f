import { describe, expect, it } from 'vitest';
import {
  applicationAssessment,
  documentProblems,
  enrolmentApplicationProblems,
  noticeReceiptProblem,
} from './enrolment-application.ts';

const today = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);
const valid = { submittedOn: today, invalidityPercent: 46, documents: [{ reference: 'PG-2026-1' }] };

describe('an application as received (seed 001_98d9f6d6fb3c3847.txt: receipt first, with its documents)', () => {
  it('seed 001: dated today is received, tomorrow is refused', () => {
    expect(fields(enrolmentApplicationProblems(valid, today))).toEqual([]);
    expect(fields(enrolmentApplicationProblems({ ...valid, submittedOn: '2026-06-16' }, today))).toEqual([
      'submittedOn',
    ]);
  });

  it('L. 68/1999 art. 1 c.1: the invalidity percentage is a whole number from 0 to 100 (0 and 100 in, -1, 101, 45.5 out)', () => {
    for (const ok of [0, 100, null, undefined])
      expect(fields(enrolmentApplicationProblems({ ...valid, invalidityPercent: ok }, today))).toEqual([]);
    for (const bad of [-1, 101, 45.5])
      expect(fields(enrolmentApplicationProblems({ ...valid, invalidityPercent: bad }, today))).toEqual([
        'invalidityPercent',
      ]);
  });

  it('seed 001: every document names its reference; the first blank one is reported by its index', () => {
    expect(documentProblems([])).toEqual([]);
    expect(fields(documentProblems([{ reference: 'A' }, { reference: '' }, { reference: '' }]))).toEqual([
      'documents[1].reference',
    ]);
  });
});

describe('the receipt of a pre-rejection notice (L. 241/1990 art. 10-bis)', () => {
  const notice = { to: 'PRE_REJECTED', on: '2026-06-10' };

  it('L. 241/1990 art. 10-bis: received on the day it was sent or later, up to today', () => {
    expect(noticeReceiptProblem({ ...notice, noticeReceivedOn: '2026-06-10' }, today)).toBeNull();
    expect(noticeReceiptProblem({ ...notice, noticeReceivedOn: today }, today)).toBeNull();
    expect(noticeReceiptProblem({ ...notice, noticeReceivedOn: '2026-06-09' }, today)?.field).toBe('noticeReceivedOn');
    expect(noticeReceiptProblem({ ...notice, noticeReceivedOn: '2026-06-16' }, today)?.field).toBe('noticeReceivedOn');
  });

  it('L. 241/1990 art. 10-bis: only a pre-rejection notice has a receipt day; none given is no problem', () => {
    expect(
      noticeReceiptProblem({ to: 'REJECTED', on: '2026-06-10', noticeReceivedOn: '2026-06-11' }, today),
    ).not.toBeNull();
    expect(noticeReceiptProblem({ to: 'REJECTED', on: '2026-06-10', noticeReceivedOn: null }, today)).toBeNull();
  });
});

describe('the assessment an application brings (seed 001: the commission report with the application)', () => {
  it('keeps what the report gives and records what it does not as not given, never as zero', () => {
    expect(applicationAssessment({ category: 'CIVIL_INVALID', invalidityPercent: 46 })).toEqual({
      category: 'CIVIL_INVALID',
      invalidityPercent: 46,
      pensionCategory: null,
      psychicOrIntellectual: false,
      commissionReportDate: null,
      commissionReportRef: null,
    });
    expect(
      applicationAssessment({ category: 'CIVIL_INVALID', psychicOrIntellectual: true, commissionReportRef: 'V-1' }),
    ).toMatchObject({ psychicOrIntellectual: true, commissionReportRef: 'V-1', invalidityPercent: null });
  });
});
