import { addDays, daysBetween } from '@reg/calendar';
import { HIRING_DEADLINE_DAYS } from '../obligation-status.ts';

/**
 * The 60-day term of L. 68/1999 art. 9 c.1 ("entro sessanta giorni dal momento in cui sono obbligati
 * all'assunzione"): the employer asks for its hires within 60 days of the obligation arising. When no hire is made
 * that way within the term, the CPI refers workers from the ranking list in order for the qualification asked or
 * agreed (art. 7 c.1-bis, inserted by D.Lgs. 151/2015): a numeric referral the CPI starts itself. The same term is
 * the one after which the art. 15 c.4 sanction accrues (see obligation-status.ts, which shares the constant).
 */
export interface ReferralTerm {
  readonly obligationArisenOn: string;
  /** The last day of the term: the obligation's day plus 60. */
  readonly endsOn: string;
  readonly daysElapsed: number;
  /** True from the 61st day: the CPI may refer from the list without the employer's request. */
  readonly expired: boolean;
}

export function referralTerm(obligationArisenOn: string, on: string): ReferralTerm {
  const endsOn = addDays(obligationArisenOn, HIRING_DEADLINE_DAYS);
  return {
    obligationArisenOn,
    endsOn,
    daysElapsed: daysBetween(obligationArisenOn, on),
    expired: on > endsOn,
  };
}
