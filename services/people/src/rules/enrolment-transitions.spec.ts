import { describe, expect, it } from 'vitest';
import {
  allowedEnrolmentTransitions,
  checkEnrolmentTransition,
  observationOutcome,
  type ObservationFacts,
} from './enrolment-transitions.ts';

describe('enrolment workflow (seed 001: receipt, acceptance, pre-rejection under L. 241/1990 art. 10-bis, rejection)', () => {
  it('an application is accepted directly (seed 001: comunicazione di accoglimento)', () => {
    expect(checkEnrolmentTransition('SUBMITTED', 'ACCEPTED', null, '2025-02-01', '2025-01-15')).toEqual({
      ok: true,
      decides: true,
    });
  });

  it('L. 241/1990 art. 10-bis: a pre-rejection notice precedes a rejection, never skipped', () => {
    expect(
      checkEnrolmentTransition('SUBMITTED', 'REJECTED', 'no requirements', '2025-02-01', '2025-01-15'),
    ).toMatchObject({ ok: false, rule: 'ENROLMENT_TRANSITION' });
    expect(
      checkEnrolmentTransition(
        'SUBMITTED',
        'PRE_REJECTED',
        'invalidity 40%, below the 46% of L. 68/1999 art. 1',
        '2025-02-01',
        '2025-01-15',
      ),
    ).toEqual({ ok: true, decides: false });
    expect(
      checkEnrolmentTransition('PRE_REJECTED', 'REJECTED', 'no observations received', '2025-02-20', '2025-01-15'),
    ).toEqual({ ok: true, decides: true });
  });

  it("L. 241/1990 art. 10-bis: the person's observations can lead to acceptance", () => {
    expect(checkEnrolmentTransition('PRE_REJECTED', 'ACCEPTED', null, '2025-02-20', '2025-01-15')).toEqual({
      ok: true,
      decides: true,
    });
  });

  it('L. 241/1990 art. 3: pre-rejection, rejection and removal state their reasons', () => {
    for (const to of ['PRE_REJECTED', 'CANCELLED'] as const) {
      const from = to === 'CANCELLED' ? 'ACCEPTED' : 'SUBMITTED';
      expect(checkEnrolmentTransition(from, to, '  ', '2025-02-01', '2025-01-15')).toMatchObject({
        ok: false,
        rule: 'ENROLMENT_REASON_REQUIRED',
      });
    }
    expect(checkEnrolmentTransition('PRE_REJECTED', 'REJECTED', undefined, '2025-02-01', '2025-01-15')).toMatchObject({
      ok: false,
      rule: 'ENROLMENT_REASON_REQUIRED',
    });
  });

  it('rejected and cancelled are final', () => {
    expect(allowedEnrolmentTransitions.REJECTED).toEqual([]);
    expect(allowedEnrolmentTransitions.CANCELLED).toEqual([]);
    expect(checkEnrolmentTransition('REJECTED', 'ACCEPTED', null, '2025-03-01', '2025-01-15')).toMatchObject({
      ok: false,
    });
  });

  it('a decision cannot precede the application', () => {
    expect(checkEnrolmentTransition('SUBMITTED', 'ACCEPTED', null, '2025-01-14', '2025-01-15')).toMatchObject({
      ok: false,
      rule: 'ENROLMENT_DATE_BEFORE_APPLICATION',
    });
  });
});

describe('observations after a pre-rejection notice (L. 241/1990 art. 10-bis)', () => {
  const facts: ObservationFacts = {
    enrolment: { submittedOn: '2025-04-01', list: 'DISABILITY', unemployed: true, observationsDueOn: '2025-05-01' },
    noticeOn: '2025-04-21',
    birthDate: '1979-08-30',
    earlierObservationsOn: [],
    receivedOn: '2025-04-28',
    newDocuments: 0,
    reassessment: null,
  };

  it('art. 10-bis as amended by D.L. 76/2020: the term resumes 10 days after observations within the window, with the 10 days the notice left', () => {
    expect(observationOutcome(facts)).toEqual({ ok: true, decisionDueOn: '2025-05-18', eligibility: null });
    expect(observationOutcome({ ...facts, receivedOn: '2025-05-01' })).toMatchObject({ decisionDueOn: '2025-05-21' });
    // A day late: the term resumed at the window's end (1 May) and is not moved.
    expect(observationOutcome({ ...facts, receivedOn: '2025-05-02' })).toMatchObject({ decisionDueOn: '2025-05-11' });
  });

  it('art. 10-bis: a new commission report is assessed again — 46% now passes where 45% failed; the check keeps the application date', () => {
    const reassessed = observationOutcome({
      ...facts,
      newDocuments: 1,
      reassessment: { category: 'CIVIL_INVALID', invalidityPercent: 46 },
    });
    expect(reassessed).toMatchObject({
      ok: true,
      eligibility: { eligible: true, failures: [], checkedOn: '2025-04-28' },
    });
    const still = observationOutcome({
      ...facts,
      newDocuments: 1,
      reassessment: { category: 'CIVIL_INVALID', invalidityPercent: 45 },
    });
    expect(still).toMatchObject({ ok: true, eligibility: { eligible: false } });
  });

  it('a new assessment needs the documents it rests on; observations cannot precede the notice', () => {
    expect(
      observationOutcome({ ...facts, reassessment: { category: 'CIVIL_INVALID', invalidityPercent: 60 } }),
    ).toMatchObject({ ok: false, field: 'input.documents' });
    expect(observationOutcome({ ...facts, receivedOn: '2025-04-20' })).toMatchObject({
      ok: false,
      field: 'input.receivedOn',
    });
  });
});
