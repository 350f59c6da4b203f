import { addDays, daysBetween } from '@reg/calendar';

/**
 * Deadlines of the enrolment procedure. L. 241/1990 art. 2 c.2: a procedure with no other term ends within 30 days
 * of the application. Art. 10-bis as amended by D.L. 76/2020: the person has 10 days from the notice's receipt to
 * present observations; the notice suspends the decision term, which starts running again 10 days after the
 * observations are presented or, when none come, at the end of the 10-day window.
 */
export const decisionDays = 30;
export const observationDays = 10;

/** Art. 10-bis: "ricominciano a decorrere dieci giorni dopo la presentazione delle osservazioni". */
export const resumeDaysAfterObservations = 10;

export function decisionDueOn(submittedOn: string): string {
  return addDays(submittedOn, decisionDays);
}

/** Days of the 30 still to run when the notice suspended the term (none when it came late). */
export const remainingAtNotice = (submittedOn: string, noticeOn: string): number =>
  Math.max(0, daysBetween(noticeOn, decisionDueOn(submittedOn)));

/**
 * On a pre-rejection notice: the observation window runs from the notice's receipt (the day it is sent when not
 * known), and the suspended term resumes at its end until observations say otherwise.
 */
export function afterPreRejection(
  noticeOn: string,
  currentDecisionDueOn: string,
  noticeReceivedOn: string = noticeOn,
): { observationsDueOn: string; decisionDueOn: string } {
  const observationsDueOn = addDays(noticeReceivedOn, observationDays);
  const remaining = Math.max(0, daysBetween(noticeOn, currentDecisionDueOn));
  return { observationsDueOn, decisionDueOn: addDays(observationsDueOn, remaining) };
}

/**
 * The decision term once observations are on record: it resumes 10 days after the latest observations presented
 * within the window (later ones do not move a term that has already resumed), or at the window's end without any,
 * and runs for the days the notice left.
 */
export function decisionDueAfterObservations(facts: {
  submittedOn: string;
  noticeOn: string;
  observationsDueOn: string;
  observationsOn: readonly string[];
}): string {
  const inWindow = facts.observationsOn.filter((on) => on <= facts.observationsDueOn).sort();
  const latest = inWindow.at(-1);
  const resumesOn = latest === undefined ? facts.observationsDueOn : addDays(latest, resumeDaysAfterObservations);
  return addDays(resumesOn, remainingAtNotice(facts.submittedOn, facts.noticeOn));
}

/** Days left (negative when late) until a due date, counted from today. */
export const daysLeft = (dueOn: string | null, today: string): number | null =>
  dueOn ? daysBetween(today, dueOn) : null;
