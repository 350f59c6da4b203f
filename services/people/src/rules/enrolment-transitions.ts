import type { EnrolmentList, EnrolmentStatus } from '../store/tables.ts';
import { decisionDueAfterObservations } from './enrolment-deadlines.ts';
import { checkEnrolmentEligibility, type Eligibility, type EnrolmentCategory } from './enrolment-eligibility.ts';

/**
 * The enrolment workflow of seed 001 (iscrizione al collocamento mirato): an application is received,
 * then accepted, or first given a pre-rejection notice under L. 241/1990 art. 10-bis, after which the
 * person's observations lead to acceptance or to final rejection. Observations may bring documents (a new
 * commission report): eligibility is then checked again on them (observationOutcome), and acceptance needs
 * the latest check to pass. An accepted enrolment ends when the person leaves the list.
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

export function checkEnrolmentTransition(
  from: EnrolmentStatus,
  to: EnrolmentStatus,
  reason: string | null | undefined,
  on: string,
  submittedOn: string,
): TransitionCheck {
  if (!allowedEnrolmentTransitions[from].includes(to)) {
    return { ok: false, rule: 'ENROLMENT_TRANSITION', message: `An enrolment cannot go from ${from} to ${to}` };
  }
  if (needsReason.has(to) && !reason?.trim()) {
    return {
      ok: false,
      rule: 'ENROLMENT_REASON_REQUIRED',
      message: `Moving to ${to} needs the reasons (L. 241/1990 art. 3)`,
    };
  }
  if (on < submittedOn) {
    return {
      ok: false,
      rule: 'ENROLMENT_DATE_BEFORE_APPLICATION',
      message: 'A decision cannot precede the application',
    };
  }
  // Acceptance and final rejection are the decisions that close the procedure.
  return { ok: true, decides: to === 'ACCEPTED' || to === 'REJECTED' };
}

export interface ObservationFacts {
  readonly enrolment: {
    submittedOn: string;
    list: EnrolmentList;
    unemployed: boolean;
    observationsDueOn: string | null;
  };
  /** The day the pre-rejection notice was issued (its transition). */
  readonly noticeOn: string;
  readonly birthDate: string;
  readonly earlierObservationsOn: readonly string[];
  readonly receivedOn: string;
  readonly newDocuments: number;
  readonly reassessment: {
    category: EnrolmentCategory;
    invalidityPercent?: number | null;
    pensionCategory?: number | null;
  } | null;
}

export type ObservationOutcome =
  | { ok: true; decisionDueOn: string; eligibility: (Eligibility & { checkedOn: string }) | null }
  | { ok: false; field: string; message: string };

/**
 * What observations change (L. 241/1990 art. 10-bis): the decision term resumes 10 days after them when they
 * come within the window; a new assessment must rest on the new documents brought with it, and is checked
 * against the requirements as they stood at the application (age and list on the submission date).
 */
export function observationOutcome(facts: ObservationFacts): ObservationOutcome {
  if (facts.receivedOn < facts.noticeOn)
    return {
      ok: false,
      field: 'input.receivedOn',
      message: `Observations answer the notice of ${facts.noticeOn}: they cannot be received before it`,
    };
  if (facts.reassessment && facts.newDocuments === 0) {
    return {
      ok: false,
      field: 'input.documents',
      message: 'A new assessment rests on the documents that show it: add them (e.g. the new commission report)',
    };
  }
  const decisionDueOn = decisionDueAfterObservations({
    submittedOn: facts.enrolment.submittedOn,
    noticeOn: facts.noticeOn,
    observationsDueOn: facts.enrolment.observationsDueOn ?? facts.receivedOn,
    observationsOn: [...facts.earlierObservationsOn, facts.receivedOn],
  });
  const eligibility = facts.reassessment
    ? {
        ...checkEnrolmentEligibility({
          ...facts.reassessment,
          list: facts.enrolment.list,
          unemployed: facts.enrolment.unemployed,
          birthDate: facts.birthDate,
          on: facts.enrolment.submittedOn,
        }),
        checkedOn: facts.receivedOn,
      }
    : null;
  return { ok: true, decisionDueOn, eligibility };
}
