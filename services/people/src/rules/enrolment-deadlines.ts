/**
 * Deadlines of the enrolment procedure. L. 241/1990 art. 2 c.2: a procedure with no other term ends
 * within 30 days of the application. Art. 10-bis: the pre-rejection notice gives the person 10 days
 * for observations and suspends the term, which resumes when they arrive or the 10 days end.
 */
export const decisionDays = 30;
export const observationDays = 10;

const dayMs = 86_400_000;
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

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
