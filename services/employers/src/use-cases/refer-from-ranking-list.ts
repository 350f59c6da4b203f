import { ruleViolation } from '@reg/errors';
import { requestProgress } from '../rules/referrals/progress.ts';
import { type RankedPerson, selectReferrals } from '../rules/referrals/selection.ts';
import type { ReferralRecord, ReferralRequestRecord, ReferralStore } from '../store/referral-store.ts';

export interface ReferralAct {
  readonly requestId: string;
  readonly referenceDate: string;
  readonly referredOn: string;
  readonly idempotencyKey: string;
  readonly referredByOrg: string;
  readonly referredBy: string;
  /** The ranking list of the request's province and category on the reference date, read before the transaction. */
  readonly ranking: ReadonlyArray<RankedPerson & { givenName: string; familyName: string }>;
}

/**
 * The CPI's referral act (avviamento) in one transaction: the request is locked, so two acts on it are decided one
 * after the other; who is referred is the pure rule's answer on the request's referrals and on the people of the
 * list awaiting another outcome (read in the same transaction); the referrals are written together or not at all.
 */
export async function referFromRankingList(
  store: ReferralStore,
  act: ReferralAct,
): Promise<{ request: ReferralRequestRecord; referred: ReferralRecord[] }> {
  return store.transaction(async (tx) => {
    const request = await tx.lockRequest(act.requestId);
    if (!request) throw new Error(`referral request ${act.requestId} vanished`);
    const ofRequest = await tx.referralsOf([request.id]);
    const progress = requestProgress(request.positions, ofRequest);
    const awaiting = await tx.awaitingOutcome(act.ranking.map((p) => p.personId));
    const chosen = selectReferrals({
      kind: request.kind,
      openPositions: progress.openPositions,
      ranking: act.ranking,
      nominees: request.nominees,
      referredForRequest: new Set(ofRequest.map((r) => r.personId)),
      awaitingOutcome: awaiting,
    });
    if ('rule' in chosen)
      throw ruleViolation(chosen.rule, chosen.message, 'fiscalCode' in chosen ? { nominee: chosen.fiscalCode } : {});
    const names = new Map(act.ranking.map((p) => [p.personId, p]));
    const referred = await tx.insertReferrals(
      chosen.people.map((p) => ({
        requestId: request.id,
        personId: p.personId,
        givenName: names.get(p.personId)!.givenName,
        familyName: names.get(p.personId)!.familyName,
        rankingPosition: p.position,
        referenceDate: act.referenceDate,
        referredOn: act.referredOn,
        idempotencyKey: act.idempotencyKey,
        referredByOrg: act.referredByOrg,
        referredBy: act.referredBy,
      })),
    );
    return { request, referred };
  });
}
