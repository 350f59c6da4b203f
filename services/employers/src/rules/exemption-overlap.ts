/** Two periods share at least one day (both ends included). */
export function periodsOverlap(
  a: { validFrom: string; validTo: string },
  b: { validFrom: string; validTo: string },
): boolean {
  return a.validFrom <= b.validTo && b.validFrom <= a.validTo;
}
