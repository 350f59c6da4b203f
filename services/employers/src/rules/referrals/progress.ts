/**
 * Where a referral request stands: positions hired (the outcome HIRED), referrals awaiting an outcome, and the
 * positions the CPI may still refer for. A position whose referral ended NOT_HIRED is open again.
 */
export interface RequestProgress {
  readonly hired: number;
  readonly awaitingOutcome: number;
  readonly openPositions: number;
  readonly status: 'OPEN' | 'FILLED';
}

export function requestProgress(
  positions: number,
  referrals: ReadonlyArray<{ outcome: 'HIRED' | 'NOT_HIRED' | null }>,
): RequestProgress {
  const hired = referrals.filter((r) => r.outcome === 'HIRED').length;
  const awaitingOutcome = referrals.filter((r) => r.outcome === null).length;
  return {
    hired,
    awaitingOutcome,
    openPositions: Math.max(0, positions - hired - awaitingOutcome),
    status: hired >= positions ? 'FILLED' : 'OPEN',
  };
}
