/**
 * Seed 003's area 3 is for people with a disability or a certified disadvantage "as the Documento degli Interventi
 * defines it", and 2Cb for people in difficulty who are not: membership is a certification valid on the day, not
 * an L. 68/1999 application. An accepted enrolment counts (the CPI verified the certified disability or art. 18
 * status); an application still SUBMITTED or PRE_REJECTED does not, nor a rejected or cancelled one.
 */
export interface TargetGroupFacts {
  readonly enrolments: ReadonlyArray<{ status: string; decidedOn: string | null }>;
  readonly certifications: ReadonlyArray<{ validFrom: string; validTo: string | null }>;
}

export function inDisadvantageTargetGroup(facts: TargetGroupFacts, on: string): boolean {
  return (
    facts.enrolments.some((e) => e.status === 'ACCEPTED' && e.decidedOn !== null && e.decidedOn <= on) ||
    facts.certifications.some((c) => c.validFrom <= on && (c.validTo === null || on <= c.validTo))
  );
}
