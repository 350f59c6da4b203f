import { conflict } from '@reg/errors';
import { type NotHiredReason, outcomeEffect } from '../rules/referrals/outcome.ts';
import type { ReferralRecord, ReferralStore } from '../store/referral-store.ts';

export interface OutcomeToRecord {
  readonly referralId: string;
  readonly outcome: 'HIRED' | 'NOT_HIRED';
  readonly reason: NotHiredReason | null;
  readonly placementId: string | null;
  readonly on: string;
  readonly recordedBy: string;
  readonly recordedByOrg: string;
}

const sameOutcome = (row: ReferralRecord, next: OutcomeToRecord) =>
  row.outcome === next.outcome && row.notHiredReason === next.reason && row.placementId === next.placementId;

/**
 * Records a referral's outcome once, in one transaction with the referral locked: the same outcome again answers
 * the row (a retry); a different one is a CONFLICT, never an overwrite. A placement named by a hire names one
 * referral only.
 */
export async function recordReferralOutcome(store: ReferralStore, next: OutcomeToRecord): Promise<ReferralRecord> {
  return store.transaction(async (tx) => {
    const row = await tx.lockReferral(next.referralId);
    if (!row) throw new Error(`referral ${next.referralId} vanished`);
    if (row.outcome !== null) {
      if (sameOutcome(row, next)) return row;
      throw conflict('The outcome of this referral is already recorded', { field: 'input.outcome' });
    }
    if (next.placementId !== null) {
      const others = (await tx.referralsOfPeople([row.personId])).filter(
        (r) => r.placementId === next.placementId && r.id !== row.id,
      );
      if (others.length > 0)
        throw conflict('This placement is already the hire of another referral', { field: 'input.placementId' });
    }
    const effect = outcomeEffect(next.outcome, next.reason);
    const recorded = await tx.recordOutcome(row.id, {
      outcome: next.outcome,
      notHiredReason: next.reason,
      placementId: next.placementId,
      outcomeOn: next.on,
      unjustifiedRefusalByPerson: effect.unjustifiedRefusalByPerson,
      unjustifiedRefusalByEmployer: effect.unjustifiedRefusalByEmployer,
      outcomeRecordedBy: next.recordedBy,
      outcomeRecordedByOrg: next.recordedByOrg,
    });
    return recorded!;
  });
}
