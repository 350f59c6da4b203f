/**
 * How many of an employer's hires may be asked by name (richiesta nominativa) rather than taken from the ranking
 * list in order (richiesta numerica): L. 68/1999 art. 7.
 *
 * Current text (art. 7 c.1 as replaced by D.Lgs. 151/2015 art. 6 c.1, in force from 24 September 2015): private
 * employers and public economic bodies hire "mediante richiesta nominativa di avviamento" or an art. 11 agreement,
 * whatever their size: every hire may be nominative. Public administrations hire through public competitions and,
 * for jobs needing only compulsory schooling, through numeric referral (art. 7 c.2; D.Lgs. 165/2001 art. 35 c.2;
 * L. 56/1987 art. 16): no nominative request outside an art. 11 agreement.
 *
 * The text before the amendment set a share by size (employers of 15-35 and parties, unions and non-profits of
 * art. 3 c.3 all nominative; 36-50 half; above 50 sixty per cent). It still prices acts dated before 24 September
 * 2015 and is kept for them, dated; the current law wins for anything later.
 */

/** The day D.Lgs. 151/2015 came into force (published in G.U. 23 September 2015, in force the day after). */
export const GENERAL_NOMINATIVE_FROM = '2015-09-24';

export interface NominativeShareFacts {
  /** The day of the request. */
  readonly on: string;
  readonly employerKind: 'PRIVATE' | 'PUBLIC_ECONOMIC' | 'PUBLIC';
  /** Art. 3 c.3: parties, unions, non-profits in social solidarity, assistance or rehabilitation. */
  readonly partyUnionNonProfit: boolean;
  /** Staff counted for the obligation (the computation base of the latest report); null when unknown. */
  readonly staff: number | null;
}

export interface NominativeShare {
  /** 0 to 1: the share of the quota that may be hired by name. */
  readonly share: number;
  readonly source: string;
  readonly explanation: string;
}

export type NominativeShareProblem = { readonly problem: 'STAFF_UNKNOWN'; readonly explanation: string };

export function nominativeShare(facts: NominativeShareFacts): NominativeShare | NominativeShareProblem {
  if (facts.employerKind === 'PUBLIC')
    return {
      share: 0,
      source: 'L. 68/1999 art. 7 c.2',
      explanation:
        'L. 68/1999 art. 7 c.2: a public administration hires by public competition or numeric referral, never by name outside an art. 11 agreement',
    };
  if (facts.on >= GENERAL_NOMINATIVE_FROM)
    return {
      share: 1,
      source: 'L. 68/1999 art. 7 c.1 as replaced by D.Lgs. 151/2015 art. 6',
      explanation:
        'L. 68/1999 art. 7 c.1 (D.Lgs. 151/2015): a private employer or public economic body may ask every hire by name, whatever its size',
    };
  const before = 'L. 68/1999 art. 7 c.1, text before D.Lgs. 151/2015';
  if (facts.partyUnionNonProfit)
    return {
      share: 1,
      source: before,
      explanation: `${before}: parties, unions and non-profits ask every hire by name`,
    };
  if (facts.staff === null)
    return {
      problem: 'STAFF_UNKNOWN',
      explanation: `${before}: the share depends on the staff, which no report states`,
    };
  if (facts.staff <= 35)
    return {
      share: 1,
      source: before,
      explanation: `${before}: 15 to 35 employees (${facts.staff}), every hire by name`,
    };
  if (facts.staff <= 50)
    return { share: 0.5, source: before, explanation: `${before}: 36 to 50 employees (${facts.staff}), half by name` };
  return { share: 0.6, source: before, explanation: `${before}: more than 50 employees (${facts.staff}), 60% by name` };
}

/**
 * Positions of a quota that may be asked by name: the share of the quota, rounded down (a nominative position is a
 * whole person; the rest goes to the ranking list).
 */
export function nominativePositions(share: number, quota: number): number {
  return Math.floor(share * quota + 1e-9);
}
