import type { L68Amount, L68AmountKind } from '../reference/l68-amounts.ts';

/** The amount of a kind valid on a date, or null when no configured amount covers it. */
export function amountOn(amounts: readonly L68Amount[], kind: L68AmountKind, date: string): L68Amount | null {
  return (
    amounts.find((a) => a.kind === kind && a.validFrom <= date && (a.validTo === null || date <= a.validTo)) ?? null
  );
}

/** Money is summed in cents, so a thousand days of 196.05 do not drift by a float error. */
export const toCents = (euros: number): number => Math.round(euros * 100);
export const fromCents = (cents: number): number => cents / 100;
