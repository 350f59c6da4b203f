import { describe, expect, it } from 'vitest';
import { allowedEnrolmentTransitions, checkEnrolmentTransition } from './enrolment-transitions.ts';

describe('enrolment workflow (seed 001: receipt, acceptance, pre-rejection under L. 241/1990 art. 10-bis, rejection)', () => {
  it('an application is accepted directly (seed 001: comunicazione di accoglimento)', () => {
    expect(checkEnrolmentTransition('SUBMITTED', 'ACCEPTED', null, '2025-02-01', '2025-01-15')).toEqual({ ok: true, decides: true });
  });

  it('L. 241/1990 art. 10-bis: a pre-rejection notice precedes a rejection, never skipped', () => {
    expect(checkEnrolmentTransition('SUBMITTED', 'REJECTED', 'no requirements', '2025-02-01', '2025-01-15')).toMatchObject({ ok: false, rule: 'ENROLMENT_TRANSITION' });
    expect(checkEnrolmentTransition('SUBMITTED', 'PRE_REJECTED', 'invalidity 40%, below the 46% of L. 68/1999 art. 1', '2025-02-01', '2025-01-15')).toEqual({ ok: true, decides: false });
    expect(checkEnrolmentTransition('PRE_REJECTED', 'REJECTED', 'no observations received', '2025-02-20', '2025-01-15')).toEqual({ ok: true, decides: true });
  });

  it('L. 241/1990 art. 10-bis: the person\'s observations can lead to acceptance', () => {
    expect(checkEnrolmentTransition('PRE_REJECTED', 'ACCEPTED', null, '2025-02-20', '2025-01-15')).toEqual({ ok: true, decides: true });
  });

  it('L. 241/1990 art. 3: pre-rejection, rejection and removal state their reasons', () => {
    for (const to of ['PRE_REJECTED', 'CANCELLED'] as const) {
      const from = to === 'CANCELLED' ? 'ACCEPTED' : 'SUBMITTED';
      expect(checkEnrolmentTransition(from, to, '  ', '2025-02-01', '2025-01-15')).toMatchObject({ ok: false, rule: 'ENROLMENT_REASON_REQUIRED' });
    }
    expect(checkEnrolmentTransition('PRE_REJECTED', 'REJECTED', undefined, '2025-02-01', '2025-01-15')).toMatchObject({ ok: false, rule: 'ENROLMENT_REASON_REQUIRED' });
  });

  it('rejected and cancelled are final', () => {
    expect(allowedEnrolmentTransitions.REJECTED).toEqual([]);
    expect(allowedEnrolmentTransitions.CANCELLED).toEqual([]);
    expect(checkEnrolmentTransition('REJECTED', 'ACCEPTED', null, '2025-03-01', '2025-01-15')).toMatchObject({ ok: false });
  });

  it('a decision cannot precede the application', () => {
    expect(checkEnrolmentTransition('SUBMITTED', 'ACCEPTED', null, '2025-01-14', '2025-01-15')).toMatchObject({ ok: false, rule: 'ENROLMENT_DATE_BEFORE_APPLICATION' });
  });
});
