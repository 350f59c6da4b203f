import { addDays, addMonths } from '@reg/calendar';
import { incomeThresholdOn, type UnemploymentIncomeThreshold } from '../reference/unemployment-income-thresholds.ts';

/**
 * The unemployment status (stato di disoccupazione) of a person on a date, from the facts the CPI records.
 *
 * - D.Lgs. 150/2015 art. 19 c.1: a person without work is unemployed from the day they declare their immediate
 *   availability (DID, dichiarazione di immediata disponibilità). A later declaration after a loss starts a new
 *   status; while one holds, another is refused by the use case.
 * - D.L. 4/2019 art. 4 c.15-quater: work whose expected yearly income stays within the tax detractions (dated
 *   thresholds, reference/unemployment-income-thresholds.ts) keeps the status: "at" the threshold keeps it.
 * - D.Lgs. 150/2015 art. 19 c.3: "Lo stato di disoccupazione è sospeso in caso di rapporto di lavoro subordinato di
 *   durata fino a sei mesi": employment above the threshold whose contract ends within six months of its start
 *   suspends the status from the first to the last day of work; it resumes the day after. Longer or open-ended
 *   employment, and self-employment above the threshold (not "lavoro subordinato"), end it on the day work starts.
 * - D.Lgs. 150/2015 art. 21 c.7 (refusal of a suitable offer, art. 25; third unjustified no-show at a convocation
 *   or orientation; second absence from training): the CPI records the loss with its reason and date ("decadenza
 *   dallo stato di disoccupazione"); the status is lost from that day.
 * - D.Lgs. 150/2015 art. 20 c.1: the person contacts the CPI within 30 days of the DID to confirm the status by
 *   signing the pact of service (seed 001: "sottoscrizione Patto di Servizio personalizzato e conferma dello stato
 *   di disoccupazione"); otherwise the CPI convokes them. The term is shown, not enforced: missing it does not end
 *   the status by itself, the sanctions of art. 21 for not answering the convocation do (recorded as a loss).
 */
export type UnemploymentLossReason =
  | 'REFUSED_SUITABLE_OFFER'
  | 'NO_SHOW_SANCTION'
  | 'TRAINING_ABSENCE_SANCTION'
  | 'WITHDRAWN_BY_PERSON';

export interface WorkSpell {
  employment: 'EMPLOYEE' | 'SELF_EMPLOYED';
  startedOn: string;
  /** Last day of the contract; null when open-ended (or self-employment with no end). */
  endsOn: string | null;
  /** Expected yearly income from this work, euro. */
  expectedAnnualIncome: number;
}

export interface UnemploymentFacts {
  declarations: readonly string[];
  work: readonly WorkSpell[];
  losses: readonly { on: string; reason: UnemploymentLossReason }[];
  /** Days the person's service pacts were signed. */
  pactsSignedOn: readonly string[];
}

/** Art. 20 c.1: days after the DID within which the person contacts the CPI for the pact. */
export const confirmationDays = 30;
/** Art. 19 c.3: employment "di durata fino a sei mesi" suspends the status. */
export const suspendingMonths = 6;

export type UnemploymentState = 'NONE' | 'UNEMPLOYED' | 'SUSPENDED' | 'LOST';

export interface UnemploymentStatus {
  state: UnemploymentState;
  /** The DID the status rests on (the latest on or before the date); null when none. */
  declaredOn: string | null;
  /** Art. 20 c.1: the pact should be signed by this day. */
  confirmationDueOn: string | null;
  /** The first pact signed on or after the DID and on or before the date: the confirmation of the status. */
  confirmedOn: string | null;
  /** Since when the state holds (DID, start of the suspending work, day of the loss, day it resumed). */
  since: string | null;
  /** SUSPENDED: the last day of the suspending work. */
  suspendedUntil: string | null;
  /** LOST: why, as a stable code (a loss reason, INCOME_ABOVE_THRESHOLD or WORK_LONGER_THAN_SIX_MONTHS). */
  reason: string | null;
  /** The article the state comes from. */
  basis: string;
}

/** Whether an employment contract is one "di durata fino a sei mesi": its last day is within six months of its first. */
export function lastsAtMostSixMonths(startedOn: string, endsOn: string | null): boolean {
  return endsOn !== null && endsOn <= addDays(addMonths(startedOn, suspendingMonths), -1);
}

/** How a piece of work acts on the status (art. 19 c.3; D.L. 4/2019 art. 4 c.15-quater). */
export function workEffect(
  work: WorkSpell,
  threshold: UnemploymentIncomeThreshold | null = incomeThresholdOn(work.startedOn),
): 'KEEPS' | 'SUSPENDS' | 'ENDS' {
  // Before the thresholds existed no income was kept by this rule: any work is measured against zero.
  const limit = threshold === null ? 0 : work.employment === 'EMPLOYEE' ? threshold.employee : threshold.selfEmployed;
  if (work.expectedAnnualIncome <= limit) return 'KEEPS';
  if (work.employment === 'EMPLOYEE' && lastsAtMostSixMonths(work.startedOn, work.endsOn)) return 'SUSPENDS';
  return 'ENDS';
}

const none: UnemploymentStatus = {
  state: 'NONE',
  declaredOn: null,
  confirmationDueOn: null,
  confirmedOn: null,
  since: null,
  suspendedUntil: null,
  reason: null,
  basis: 'D.Lgs. 150/2015 art. 19 c.1 (no DID on record)',
};

export function unemploymentStatusOn(facts: UnemploymentFacts, on: string): UnemploymentStatus {
  const declaredOn =
    facts.declarations
      .filter((d) => d <= on)
      .sort()
      .at(-1) ?? null;
  if (declaredOn === null) return none;
  const base = {
    declaredOn,
    confirmationDueOn: addDays(declaredOn, confirmationDays),
    confirmedOn: facts.pactsSignedOn.filter((d) => d >= declaredOn && d <= on).sort()[0] ?? null,
    suspendedUntil: null,
  };
  const work = facts.work.filter((w) => w.startedOn >= declaredOn && w.startedOn <= on);
  const losses = [
    ...facts.losses
      .filter((l) => l.on >= declaredOn && l.on <= on)
      .map((l) => ({ on: l.on, reason: l.reason as string })),
    ...work
      .filter((w) => workEffect(w) === 'ENDS')
      .map((w) => ({
        on: w.startedOn,
        reason:
          w.employment === 'EMPLOYEE' && w.endsOn !== null
            ? 'WORK_LONGER_THAN_SIX_MONTHS'
            : w.employment === 'EMPLOYEE'
              ? 'OPEN_ENDED_WORK_ABOVE_THRESHOLD'
              : 'SELF_EMPLOYMENT_ABOVE_THRESHOLD',
      })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  const lost = losses[0];
  if (lost) {
    const byWork = lost.reason.includes('WORK') || lost.reason.includes('EMPLOYMENT');
    return {
      ...base,
      state: 'LOST',
      since: lost.on,
      reason: lost.reason,
      basis: byWork
        ? 'D.Lgs. 150/2015 art. 19 c.3 and D.L. 4/2019 art. 4 c.15-quater: work above the income threshold'
        : lost.reason === 'WITHDRAWN_BY_PERSON'
          ? 'D.Lgs. 150/2015 art. 19 c.1: the person withdrew the declaration'
          : 'D.Lgs. 150/2015 art. 21 c.7: decadenza dallo stato di disoccupazione',
    };
  }
  const suspending = work
    .filter((w) => workEffect(w) === 'SUSPENDS' && w.endsOn !== null && w.endsOn >= on)
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn))[0];
  if (suspending) {
    return {
      ...base,
      state: 'SUSPENDED',
      since: suspending.startedOn,
      suspendedUntil: suspending.endsOn,
      reason: null,
      basis: 'D.Lgs. 150/2015 art. 19 c.3: employment of up to six months suspends the status',
    };
  }
  const resumed = work
    .filter((w) => workEffect(w) === 'SUSPENDS' && w.endsOn !== null && w.endsOn < on)
    .map((w) => addDays(w.endsOn!, 1))
    .sort()
    .at(-1);
  return {
    ...base,
    state: 'UNEMPLOYED',
    since: resumed ?? declaredOn,
    reason: null,
    basis: resumed
      ? 'D.Lgs. 150/2015 art. 19 c.3: the status resumed when the short employment ended'
      : 'D.Lgs. 150/2015 art. 19 c.1: declaration of immediate availability',
  };
}

/** Whether the person counts as unemployed on the date (L. 68/1999 art. 8 c.1 "disoccupate"; the pact's confirmation). */
export const isUnemployedOn = (facts: UnemploymentFacts, on: string): boolean =>
  unemploymentStatusOn(facts, on).state === 'UNEMPLOYED';
