import { describe, expect, it } from 'vitest';
import { afterPreRejection, daysLeft, decisionDueAfterObservations, decisionDueOn } from './enrolment-deadlines.ts';

describe('enrolment deadlines (L. 241/1990)', () => {
  it('art. 2 c.2: a decision within 30 days of the application', () => {
    expect(decisionDueOn('2025-01-15')).toBe('2025-02-14');
  });

  it('art. 10-bis: 10 days for observations, and the decision term is suspended meanwhile', () => {
    // Notice on day 20 of 30: 10 days of the term remain and resume when the window ends.
    expect(afterPreRejection('2025-02-04', '2025-02-14')).toEqual({
      observationsDueOn: '2025-02-14',
      decisionDueOn: '2025-02-24',
    });
  });

  it("L. 241/1990 art. 10-bis: the 10 days for observations run from the notice's receipt, not from its sending", () => {
    // Sent 4 February, received 7 February: observations until 17 February; 10 days of the term resume then.
    expect(afterPreRejection('2025-02-04', '2025-02-14', '2025-02-07')).toEqual({
      observationsDueOn: '2025-02-17',
      decisionDueOn: '2025-02-27',
    });
  });

  it("L. 241/1990 art. 10-bis as amended by D.L. 76/2020: the term resumes 10 days after the observations, at the window's end without them", () => {
    const facts = { submittedOn: '2025-01-15', noticeOn: '2025-02-04', observationsDueOn: '2025-02-14' };
    // No observations: resumes 14 February, 10 days remain -> 24 February.
    expect(decisionDueAfterObservations({ ...facts, observationsOn: [] })).toBe('2025-02-24');
    // Observations on 6 February: resumes 16 February -> 26 February (not the window's end).
    expect(decisionDueAfterObservations({ ...facts, observationsOn: ['2025-02-06'] })).toBe('2025-02-26');
    // On the window's last day: resumes 24 February -> 6 March.
    expect(decisionDueAfterObservations({ ...facts, observationsOn: ['2025-02-14'] })).toBe('2025-03-06');
    // A day after the window: the term had already resumed; late observations do not move it.
    expect(decisionDueAfterObservations({ ...facts, observationsOn: ['2025-02-15'] })).toBe('2025-02-24');
    // Several within the window: the latest presentation counts.
    expect(decisionDueAfterObservations({ ...facts, observationsOn: ['2025-02-10', '2025-02-06'] })).toBe('2025-03-02');
  });

  it('a notice sent after the term leaves no days to resume', () => {
    expect(afterPreRejection('2025-03-01', '2025-02-14')).toEqual({
      observationsDueOn: '2025-03-11',
      decisionDueOn: '2025-03-11',
    });
  });

  it('days left are negative when late', () => {
    expect(daysLeft('2025-02-14', '2025-02-10')).toBe(4);
    expect(daysLeft('2025-02-14', '2025-02-16')).toBe(-2);
    expect(daysLeft(null, '2025-02-16')).toBeNull();
  });
});
