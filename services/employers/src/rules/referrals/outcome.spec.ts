import { describe, expect, it } from 'vitest';
import { NOT_HIRED_REASONS, outcomeEffect, placementProblem } from './outcome.ts';

describe('the outcome of a referral', () => {
  it('hired: nothing reopens, nobody refused', () => {
    expect(outcomeEffect('HIRED', null)).toEqual({
      unjustifiedRefusalByPerson: false,
      unjustifiedRefusalByEmployer: false,
      positionReopens: false,
    });
  });

  it('D.Lgs. 150/2015 art. 25: declining an offer that is not suitable is justified', () => {
    expect(outcomeEffect('NOT_HIRED', 'PERSON_DECLINED_OFFER_NOT_SUITABLE')).toMatchObject({
      unjustifiedRefusalByPerson: false,
      positionReopens: true,
    });
    expect(outcomeEffect('NOT_HIRED', 'PERSON_DECLINED_HEALTH').unjustifiedRefusalByPerson).toBe(false);
  });

  it('declining without a reason, or not appearing, is an unjustified refusal by the person', () => {
    expect(outcomeEffect('NOT_HIRED', 'PERSON_DECLINED_WITHOUT_REASON').unjustifiedRefusalByPerson).toBe(true);
    expect(outcomeEffect('NOT_HIRED', 'PERSON_DID_NOT_APPEAR').unjustifiedRefusalByPerson).toBe(true);
  });

  it('L.68 art. 9 c.1 and art. 15 c.4: an employer refusing a referred person without a listed reason keeps the position uncovered', () => {
    expect(outcomeEffect('NOT_HIRED', 'EMPLOYER_REFUSED')).toEqual({
      unjustifiedRefusalByPerson: false,
      unjustifiedRefusalByEmployer: true,
      positionReopens: true,
    });
    expect(outcomeEffect('NOT_HIRED', 'UNFIT_AT_PRE_EMPLOYMENT_CHECK').unjustifiedRefusalByEmployer).toBe(false);
  });

  it('the list is closed: every reason is either the person’s or not, justified or not', () => {
    expect(Object.keys(NOT_HIRED_REASONS)).toHaveLength(7);
  });

  it('a hire names a placement of the referred person with the employer, counting toward the quota, from the referral on', () => {
    const referral = { personId: 'p', employerId: 'e', referredOn: '2026-11-10' };
    const placement = { personId: 'p', employerId: 'e', countsTowardQuota: true, startedOn: '2026-11-10' };
    expect(placementProblem(placement, referral)).toBeNull();
    expect(placementProblem({ ...placement, startedOn: '2026-11-09' }, referral)).toMatch(/before the referral/);
    expect(placementProblem({ ...placement, personId: 'x' }, referral)).toMatch(/referred person/);
    expect(placementProblem({ ...placement, employerId: 'x' }, referral)).toMatch(/employer/);
    expect(placementProblem({ ...placement, countsTowardQuota: false }, referral)).toMatch(/not counting/);
  });
});
