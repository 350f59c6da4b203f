/** Number formatting for explanation sentences; kept in one place so specs can quote sentences exactly. */

/** Unit counts and bases: up to 3 decimals, trailing zeros dropped (35.575, 35.5, 35), float noise hidden. */
export function formatUnits(value: number): string {
  return String(Number(value.toFixed(3)));
}

/** Unrounded percentage quotas always with two decimals, as the law reads them (10.50, 10.57, 7.00). */
export function formatPercentageValue(value: number): string {
  return value.toFixed(2);
}

/** Hours as given (20, 20.5); float noise hidden. */
export function formatHours(value: number): string {
  return String(Number(value.toFixed(2)));
}
