import { describe, expect, it } from 'vitest';
import { afterPreRejection, daysLeft, decisionDueOn } from './enrolment-deadlines.ts';

describe('enrolment deadlines (L. 241/1990)', () => {
  it('art. 2 c.2: a decision within 30 days of the application', () => {
    expect(decisionDueOn('2025-01-15')).toBe('2025-02-14');
  });

  it('art. 10-bis: 10 days for observations, and the decision term is suspended meanwhile', () => {
    // Notice on day 20 of 30: 10 days of the term remain and resume when the window ends.
    expect(afterPreRejection('2025-02-04', '2025-02-14')).toEqual({ observationsDueOn: '2025-02-14', decisionDueOn: '2025-02-24' });
  });

  it('a notice sent after the term leaves no days to resume', () => {
    expect(afterPreRejection('2025-03-01', '2025-02-14')).toEqual({ observationsDueOn: '2025-03-11', decisionDueOn: '2025-03-11' });
  });

  it('days left are negative when late', () => {
    expect(daysLeft('2025-02-14', '2025-02-10')).toBe(4);
    expect(daysLeft('2025-02-14', '2025-02-16')).toBe(-2);
    expect(daysLeft(null, '2025-02-16')).toBeNull();
  });
});
