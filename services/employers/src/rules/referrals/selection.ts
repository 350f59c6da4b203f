import type { NotReferable } from './referability.ts';

/**
 * Who the CPI refers for a request (avviamento): L. 68/1999 art. 7 c.1-bis and art. 8 c.2 (the ranking list of the
 * province). A numeric request takes the people of the list in ranking order; a nominative one the people the
 * employer named, each of whom must be on the list (art. 8: only people enrolled in the list are referred).
 * Nobody is referred twice for one request, nor while another referral of theirs awaits its outcome: a person
 * referred is marked until the employer answers. Nor is anyone `referability.ts` keeps off the referrals on the day
 * (employed through a referral, off after refusals, psychic disability outside an art. 11 agreement): a numeric
 * request passes over them, a nominative one naming them is refused with the rule.
 */

export interface RankedPerson {
  readonly personId: string;
  readonly fiscalCode: string;
  readonly position: number;
}

export interface SelectionFacts {
  readonly kind: 'NUMERIC' | 'NOMINATIVE';
  /** Positions the request still has open: asked, minus hired, minus referrals awaiting an outcome. */
  readonly openPositions: number;
  /** The ranking list of the request's province and category on the reference date. */
  readonly ranking: readonly RankedPerson[];
  /** NOMINATIVE: the fiscal codes the employer named. */
  readonly nominees: readonly string[];
  /** Already referred for this request, whatever the outcome. */
  readonly referredForRequest: ReadonlySet<string>;
  /** With a referral awaiting an outcome, for any request. */
  readonly awaitingOutcome: ReadonlySet<string>;
  /** People of the list who may not be referred on the day, with the rule that keeps them off. */
  readonly notReferable?: ReadonlyMap<string, NotReferable>;
}

export type SelectionProblem =
  | { readonly rule: 'REFERRAL_NO_OPEN_POSITION'; readonly message: string }
  | { readonly rule: 'REFERRAL_NOMINEE_NOT_ON_LIST'; readonly message: string; readonly fiscalCode: string }
  | { readonly rule: 'REFERRAL_NOMINEE_AWAITING_OUTCOME'; readonly message: string; readonly fiscalCode: string }
  | { readonly rule: 'REFERRAL_LIST_EXHAUSTED'; readonly message: string }
  | (NotReferable & { readonly fiscalCode: string });

export function selectReferrals(facts: SelectionFacts): { people: RankedPerson[] } | SelectionProblem {
  if (facts.openPositions < 1)
    return {
      rule: 'REFERRAL_NO_OPEN_POSITION',
      message: 'Every position of the request is hired or awaiting an outcome',
    };
  if (facts.kind === 'NOMINATIVE') {
    const byCode = new Map(facts.ranking.map((p) => [p.fiscalCode, p]));
    const pending = facts.nominees.filter((code) => !facts.referredForRequest.has(byCode.get(code)?.personId ?? ''));
    const people: RankedPerson[] = [];
    for (const code of pending) {
      const person = byCode.get(code);
      if (!person)
        return {
          rule: 'REFERRAL_NOMINEE_NOT_ON_LIST',
          fiscalCode: code,
          message: 'A person named in the request is not on the ranking list of the province (L. 68/1999 art. 8)',
        };
      if (facts.awaitingOutcome.has(person.personId))
        return {
          rule: 'REFERRAL_NOMINEE_AWAITING_OUTCOME',
          fiscalCode: code,
          message: 'A person named in the request has another referral awaiting its outcome',
        };
      const barred = facts.notReferable?.get(person.personId);
      if (barred) return { ...barred, fiscalCode: code };
      people.push(person);
    }
    if (people.length === 0)
      return { rule: 'REFERRAL_NO_OPEN_POSITION', message: 'Every person named has already been referred' };
    return { people: people.slice(0, facts.openPositions) };
  }
  const people = [...facts.ranking]
    .sort((a, b) => a.position - b.position)
    .filter(
      (p) =>
        !facts.referredForRequest.has(p.personId) &&
        !facts.awaitingOutcome.has(p.personId) &&
        !facts.notReferable?.has(p.personId),
    )
    .slice(0, facts.openPositions);
  if (people.length === 0)
    return { rule: 'REFERRAL_LIST_EXHAUSTED', message: 'Nobody on the ranking list is left to refer for this request' };
  return { people };
}
