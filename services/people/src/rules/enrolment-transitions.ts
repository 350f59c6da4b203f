import type { EnrolmentStatus } from '../store/tables.ts';

/**
 * The enrolment workflow of seed 001 (iscrizione al collocamento mirato): an application is received,
 * then accepted, or first given a pre-rejection notice under L. 241/1990 art. 10-bis, after which the
 * person's observations lead to acceptance or to final rejection. An accepted enrolment ends when the
 * person leaves the list.
 */
export const allowedEnrolmentTransitions: Readonly<Record<EnrolmentStatus, readonly EnrolmentStatus[]>> = {
  SUBMITTED: ['ACCEPTED', 'PRE_REJECTED'],
  PRE_REJECTED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['CANCELLED'],
  REJECTED: [],
  CANCELLED: [],
};

/** A refusal or a removal must say why (L. 241/1990 art. 3 and 10-bis: decisions state their reasons). */
const needsReason: ReadonlySet<EnrolmentStatus> = new Set(['PRE_REJECTED', 'REJECTED', 'CANCELLED']);

export type TransitionCheck = { ok: true; decides: boolean } | { ok: false; rule: string; message: string };

export function checkEnrolmentTransition(from: EnrolmentStatus, to: EnrolmentStatus, reason: string | null | undefined, on: string, submittedOn: string): TransitionCheck {
  if (!allowedEnrolmentTransitions[from].includes(to)) {
    return { ok: false, rule: 'ENROLMENT_TRANSITION', message: `An enrolment cannot go from ${from} to ${to}` };
  }
  if (needsReason.has(to) && !reason?.trim()) {
    return { ok: false, rule: 'ENROLMENT_REASON_REQUIRED', message: `Moving to ${to} needs the reasons (L. 241/1990 art. 3)` };
  }
  if (on < submittedOn) {
    return { ok: false, rule: 'ENROLMENT_DATE_BEFORE_APPLICATION', message: 'A decision cannot precede the application' };
  }
  // Acceptance and final rejection are the decisions that close the procedure.
  return { ok: true, decides: to === 'ACCEPTED' || to === 'REJECTED' };
}
