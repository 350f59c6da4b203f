/**
 * What refusing a referral without a justified reason does to a person's place on the list, as dated
 * configuration: the seeds are silent, and the rule below is L. 68/1999 art. 10 c.6 as this project reads it from
 * the law's text (not from a seed): the worker who "per due volte consecutive, senza giustificato motivo, non
 * risponda alle convocazioni ovvero rifiuti il posto di lavoro offerto corrispondente ai suoi requisiti
 * professionali e alle disponibilità dichiarate" is struck off the lists for six months (the loss of the
 * unemployment benefit in the same sentence is not the graph's). A Region or a later text that says otherwise adds
 * a row (closing this one's validTo); rows are never edited in place.
 */
export interface RefusalSuspensionRule {
  /** How many unjustified refusals (or no-shows) in a row, with no other outcome between them. */
  readonly consecutiveRefusals: number;
  /** Calendar months off the referrals, counted from the day of the last of them. */
  readonly months: number;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly source: string;
}

export const REFUSAL_SUSPENSION_RULES: readonly RefusalSuspensionRule[] = [
  {
    consecutiveRefusals: 2,
    months: 6,
    // L. 68/1999 art. 23: in force 300 days after its publication (Gazzetta Ufficiale 23 March 1999).
    validFrom: '2000-01-18',
    validTo: null,
    source: 'L. 68/1999 art. 10 c.6 (read from the law, not from the seeds)',
  },
];

/** The rule valid on a day, or null before the first (no effect is guessed). */
export function refusalSuspensionRuleOn(
  day: string,
  rules: readonly RefusalSuspensionRule[] = REFUSAL_SUSPENSION_RULES,
): RefusalSuspensionRule | null {
  return rules.find((r) => r.validFrom <= day && (r.validTo === null || day <= r.validTo)) ?? null;
}
