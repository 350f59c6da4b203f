/**
 * The employer's answer about a referred person (esito dell'avviamento), from a closed list, and what follows.
 *
 * HIRED counts toward the quota only through the placement recorded in outcomes and confirmed there (the quota
 * hires the obligation status reads): the referral names that placement, it does not count a second time.
 * Every other answer leaves the position uncovered (L. 68/1999 art. 9 c.1 and art. 15 c.4 keep running for the
 * employer) and the request's position open for another referral.
 *
 * A refusal by the person is justified or not. Justified: the offer is not a suitable one (offerta congrua,
 * D.Lgs. 150/2015 art. 25 and its decree: distance, contract, pay), documented health reasons, or duties
 * incompatible with the person's residual capacities (L. 68/1999 art. 2, collocamento mirato). Unjustified: a
 * refusal or a failure to appear without any of these. An unjustified refusal is recorded here as a fact;
 * a run of them keeps the person off the referrals for a while
 * (`referability.ts`, L. 68/1999 art. 10 c.6 as dated configuration).
 */
export const NOT_HIRED_REASONS = {
  PERSON_DECLINED_WITHOUT_REASON: { byPerson: true, justified: false },
  PERSON_DID_NOT_APPEAR: { byPerson: true, justified: false },
  PERSON_DECLINED_OFFER_NOT_SUITABLE: { byPerson: true, justified: true },
  PERSON_DECLINED_HEALTH: { byPerson: true, justified: true },
  DUTIES_INCOMPATIBLE: { byPerson: false, justified: true },
  UNFIT_AT_PRE_EMPLOYMENT_CHECK: { byPerson: false, justified: true },
  EMPLOYER_REFUSED: { byPerson: false, justified: false },
} as const;

export type NotHiredReason = keyof typeof NOT_HIRED_REASONS;

export interface OutcomeEffect {
  /** The person refused (or failed to appear) without a justified reason. */
  readonly unjustifiedRefusalByPerson: boolean;
  /** The employer did not hire a referred person without a reason the list accepts. */
  readonly unjustifiedRefusalByEmployer: boolean;
  /** The request's position is open again for another referral. */
  readonly positionReopens: boolean;
}

export function outcomeEffect(outcome: 'HIRED' | 'NOT_HIRED', reason: NotHiredReason | null): OutcomeEffect {
  if (outcome === 'HIRED')
    return { unjustifiedRefusalByPerson: false, unjustifiedRefusalByEmployer: false, positionReopens: false };
  const rule = NOT_HIRED_REASONS[reason!];
  return {
    unjustifiedRefusalByPerson: rule.byPerson && !rule.justified,
    unjustifiedRefusalByEmployer: !rule.byPerson && !rule.justified,
    positionReopens: true,
  };
}

export interface PlacementFacts {
  readonly personId: string | null;
  readonly employerId: string | null;
  readonly countsTowardQuota: boolean;
  readonly startedOn: string;
  /** Last day of the contract once its end is recorded, null while it runs. */
  readonly endedOn?: string | null;
}

/** A hire names the placement recorded in outcomes: the referred person, the request's employer, counting toward the quota, not before the referral. */
export function placementProblem(
  placement: PlacementFacts,
  referral: { personId: string; employerId: string; referredOn: string },
): string | null {
  if (placement.personId !== referral.personId) return 'The placement is not of the referred person';
  if (placement.employerId !== referral.employerId) return 'The placement is not with the employer of the request';
  if (!placement.countsTowardQuota) return 'The placement was recorded as not counting toward the quota';
  if (placement.startedOn < referral.referredOn) return 'The placement started before the referral';
  return null;
}
