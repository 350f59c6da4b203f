import { addDays, daysBetween } from '@reg/calendar';
/**
 * Deadlines of the enrolment procedure. L. 241/1990 art. 2 c.2: a procedure with no other term ends
 * within 30 days of the application. Art. 10-bis: the pre-rejection notice gives the person 10 days
 * for observations and suspends the term, which resumes when they arrive or the 10 days end.
 */
export const decisionDays = 30;
export const observationDays = 10;


export function decisionDueOn(submittedOn: string): string {
  return addDays(submittedOn, decisionDays);
}

/** On a pre-rejection notice: the observation window, and the decision term moved by the suspension. */
export function afterPreRejection(noticeOn: string, currentDecisionDueOn: string): { observationsDueOn: string; decisionDueOn: string } {
  const observationsDueOn = addDays(noticeOn, observationDays);
  const remaining = Math.max(0, daysBetween(noticeOn, currentDecisionDueOn));
  return { observationsDueOn, decisionDueOn: addDays(observationsDueOn, remaining) };
}

/** Days left (negative when late) until a due date, counted from today. */
export const daysLeft = (dueOn: string | null, today: string): number | null => (dueOn ? daysBetween(today, dueOn) : null);
