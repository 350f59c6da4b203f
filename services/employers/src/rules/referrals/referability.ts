import { addDays, addMonths } from '@reg/calendar';
import { type RefusalSuspensionRule, refusalSuspensionRuleOn } from '../../reference/refusal-suspension.ts';

/**
 * Who on the ranking list may not be referred on a day, and why, for the referral act (avviamento). Three rules:
 *
 * - Hired through a referral and still employed there: the person is not referred again while the hire runs (a
 *   referral finds work for people without it, L. 68/1999 art. 8 c.1 and art. 9). A hire's end is read from the
 *   placement in outcomes; a hire whose placement the caller cannot read, or recorded after it was read, counts as
 *   still running (the act refuses rather than refer an employed person).
 * - Refusals: after the configured number of unjustified refusals or no-shows in a row (outcome of each referral,
 *   by outcome day; any other outcome breaks the run), the person is off the referrals for the configured months
 *   from the last one (`reference/refusal-suspension.ts`: L. 68/1999 art. 10 c.6, two in a row, six months).
 * - Psychic or intellectual disability: referred only on a nominative request within an art. 11 agreement
 *   (L. 68/1999 art. 9 c.4, "I disabili psichici vengono avviati su richiesta nominativa mediante le convenzioni
 *   di cui all'articolo 11"): never by a numeric request, and by a nominative one only when the employer has an
 *   agreement in the request's province in force on the day.
 */
export interface PersonReferralHistory {
  readonly personId: string;
  /** Referrals of this person with their outcome recorded, any request. */
  readonly outcomes: ReadonlyArray<{
    readonly outcome: 'HIRED' | 'NOT_HIRED';
    readonly outcomeOn: string;
    readonly unjustifiedRefusalByPerson: boolean;
    readonly placementId: string | null;
  }>;
  /** Psychic or intellectual disability (health data, read with the CPI's health:read). */
  readonly psychicOrIntellectual: boolean;
}

export interface ReferabilityFacts {
  readonly on: string;
  readonly kind: 'NUMERIC' | 'NOMINATIVE';
  /** The employer has an art. 11 agreement in the request's province started on or before the day. */
  readonly agreementInForce: boolean;
  /** Last day of each hire's placement, as read in outcomes: null while it runs; absent when not read. */
  readonly placementEnds: ReadonlyMap<string, string | null>;
  readonly suspensionRules?: readonly RefusalSuspensionRule[];
}

export type NotReferable =
  | { readonly rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL'; readonly message: string }
  | { readonly rule: 'REFERRAL_PERSON_SUSPENDED_AFTER_REFUSALS'; readonly message: string; readonly until: string }
  | { readonly rule: 'REFERRAL_PSYCHIC_ONLY_BY_AGREEMENT'; readonly message: string };

/** Why this person may not be referred on the day, or null when they may. */
export function notReferable(person: PersonReferralHistory, facts: ReferabilityFacts): NotReferable | null {
  const employed = person.outcomes.some((o) => {
    if (o.outcome !== 'HIRED' || o.placementId === null) return false;
    if (!facts.placementEnds.has(o.placementId)) return true;
    const ended = facts.placementEnds.get(o.placementId) ?? null;
    return ended === null || ended >= facts.on;
  });
  if (employed)
    return {
      rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL',
      message:
        'The person was hired through a referral and is still employed there: record the end of that placement first',
    };
  const until = suspendedUntil(person, facts);
  if (until !== null && facts.on <= until)
    return {
      rule: 'REFERRAL_PERSON_SUSPENDED_AFTER_REFUSALS',
      until,
      message: `The person refused referrals without a justified reason and is off the referrals until ${until} (L. 68/1999 art. 10 c.6)`,
    };
  if (person.psychicOrIntellectual && (facts.kind === 'NUMERIC' || !facts.agreementInForce))
    return {
      rule: 'REFERRAL_PSYCHIC_ONLY_BY_AGREEMENT',
      message:
        'A person with a psychic or intellectual disability is referred only on a nominative request within an art. 11 agreement (L. 68/1999 art. 9 c.4)',
    };
  return null;
}

/** The last day off the referrals after a run of unjustified refusals, or null when the latest outcomes are no such run. */
export function suspendedUntil(person: PersonReferralHistory, facts: ReferabilityFacts): string | null {
  const latest = [...person.outcomes].sort((a, b) =>
    a.outcomeOn < b.outcomeOn ? 1 : a.outcomeOn > b.outcomeOn ? -1 : 0,
  );
  const last = latest[0];
  if (!last?.unjustifiedRefusalByPerson) return null;
  const rule = refusalSuspensionRuleOn(last.outcomeOn, facts.suspensionRules);
  if (!rule) return null;
  const run = latest.slice(0, rule.consecutiveRefusals);
  if (run.length < rule.consecutiveRefusals || !run.every((o) => o.unjustifiedRefusalByPerson)) return null;
  // Off for the months from the day of the last refusal: the last day off is the day before the same day months later.
  return addDays(addMonths(last.outcomeOn, rule.months), -1);
}
