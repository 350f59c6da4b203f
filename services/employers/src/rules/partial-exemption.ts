import type { L68Amount } from '../reference/l68-amounts.ts';
import { addDays, addMonths, daysBetween } from '@reg/calendar';
import { amountOn, fromCents, toCents } from './dated-amount.ts';
import type { InputProblem } from '@reg/errors';
import { isWorkingDay } from './working-days.ts';

/** Esonero parziale (L. 68/1999 art. 5 c.3; DOMAIN.md): the request as a CPI authorises it. */
export interface PartialExemptionRequest {
  /** Share of the disability quota exempted, 1-100 (bounded below by the rule). */
  readonly percentage: number;
  readonly from: string;
  readonly to: string;
  /** Security/vigilance or private transport: the ceiling rises to 80% (DOMAIN.md). Declared by the CPI. */
  readonly securityOrTransportSector: boolean;
}

export const MAX_EXEMPTION_PERCENT = 60;
export const MAX_EXEMPTION_PERCENT_SECURITY_TRANSPORT = 80;
export const MAX_EXEMPTION_MONTHS = 24;

/** Shape problems (BAD_USER_INPUT), before any rule of the law is asked. */
export function exemptionInputProblems(request: PartialExemptionRequest): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!Number.isInteger(request.percentage) || request.percentage < 1 || request.percentage > 100) {
    problems.push({
      field: 'percentage',
      message: `percentage must be a whole number from 1 to 100, got ${request.percentage}`,
    });
  }
  if (request.to < request.from)
    problems.push({ field: 'to', message: `the period ends (${request.to}) before it starts (${request.from})` });
  return problems;
}

/** Why the law refuses the exemption (RULE_VIOLATION), or null. */
export function exemptionRuleViolation(request: PartialExemptionRequest): { rule: string; message: string } | null {
  const ceiling = request.securityOrTransportSector ? MAX_EXEMPTION_PERCENT_SECURITY_TRANSPORT : MAX_EXEMPTION_PERCENT;
  if (request.percentage > ceiling) {
    return {
      rule: request.securityOrTransportSector
        ? 'L68_ART5_C3_MAX_80_PERCENT_SECURITY_TRANSPORT'
        : 'L68_ART5_C3_MAX_60_PERCENT',
      message: `L. 68/1999 art. 5 c.3: a partial exemption covers at most ${ceiling}% of the disability quota, asked ${request.percentage}%`,
    };
  }
  // "Up to 24 months": the last day may be at most the day before the same date 24 months later.
  const lastAllowed = addDays(addMonths(request.from, MAX_EXEMPTION_MONTHS), -1);
  if (request.to > lastAllowed) {
    return {
      rule: 'L68_ART5_C3_MAX_24_MONTHS',
      message: `L. 68/1999 art. 5 c.3: an exemption is authorised for at most ${MAX_EXEMPTION_MONTHS} months (${request.from} to ${lastAllowed} at most), asked to ${request.to}`,
    };
  }
  return null;
}

/**
 * Exempted positions for a quota: the percentage is a ceiling, so a fraction of a position is not exempted
 * (rounded down: 60% of 7 = 4.2 -> 4). The law is silent on the rounding; down is the reading that never
 * exempts more than authorised.
 */
export function exemptedPositions(disabledQuota: number, percentage: number): number {
  // Integer arithmetic first: 60% of 5 is exactly 3, never 2.9999.
  return Math.floor((disabledQuota * percentage) / 100 + 1e-9);
}

export interface ExemptionContribution {
  readonly workingDays: number;
  /** EUR; null when a working day of the period has no configured amount. */
  readonly euros: number | null;
  readonly explanation: string;
}

/** The contribution the exemption implies: per working day per exempted position, at the amount valid that day. */
export function exemptionContribution(
  from: string,
  to: string,
  positions: number,
  amounts: readonly L68Amount[],
): ExemptionContribution {
  let cents = 0;
  let workingDays = 0;
  let missing = false;
  for (let i = 0, span = daysBetween(from, to); i <= span; i++) {
    const day = addDays(from, i);
    if (!isWorkingDay(day)) continue;
    workingDays++;
    const amount = amountOn(amounts, 'EXEMPTION_CONTRIBUTION_PER_WORKING_DAY', day);
    if (!amount) missing = true;
    else cents += positions * toCents(amount.euros);
  }
  const euros = missing ? null : fromCents(cents);
  const explanation =
    euros === null
      ? `L. 68/1999 art. 5 c.3: ${positions} exempted positions x ${workingDays} working days; no contribution amount configured for part of the period`
      : `L. 68/1999 art. 5 c.3: ${positions} exempted positions x ${workingDays} working days from ${from} to ${to} at the amount valid each day = EUR ${euros.toFixed(2)}`;
  return { workingDays, euros, explanation };
}
