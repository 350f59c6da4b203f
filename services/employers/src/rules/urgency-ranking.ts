/** What the ranking reads of each employer's status in a province. */
export interface Rankable {
  readonly employerName: string;
  readonly employerId: string;
  readonly accruedSanction: number | null;
  readonly sanctionablePositions: number;
  readonly uncovered: number;
  readonly uncoveredSince: string | null;
}

/**
 * Urgency for a CPI desk: the largest accrued sanction first (an unknown amount ranks as the largest, it needs a
 * look), then more sanctionable positions, more uncovered positions, the oldest shortfall, and the name for a
 * stable order. Employers with nothing uncovered are left out.
 */
export function rankByUrgency<T extends Rankable>(statuses: readonly T[]): T[] {
  const accrued = (s: Rankable) => s.accruedSanction ?? Number.POSITIVE_INFINITY;
  return statuses
    .filter((s) => s.uncovered > 0)
    .sort(
      (a, b) =>
        accrued(b) - accrued(a) ||
        b.sanctionablePositions - a.sanctionablePositions ||
        b.uncovered - a.uncovered ||
        (a.uncoveredSince ?? '').localeCompare(b.uncoveredSince ?? '') ||
        a.employerName.localeCompare(b.employerName) ||
        a.employerId.localeCompare(b.employerId),
    );
}
