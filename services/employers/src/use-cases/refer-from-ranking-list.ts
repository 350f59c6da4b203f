import { ruleViolation } from '@reg/errors';
import { requestProgress } from '../rules/referrals/progress.ts';
import { type NotReferable, notReferable } from '../rules/referrals/referability.ts';
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
  readonly ranking: ReadonlyArray<
    RankedPerson & { givenName: string; familyName: string; psychicOrIntellectual: boolean }
  >;
  /** Last day of the placements of earlier hires through referrals, read in outcomes (null while running). */
  readonly placementEnds: ReadonlyMap<string, string | null>;
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
    const barred = await notReferableOnList(tx, request, act);
    const chosen = selectReferrals({
      kind: request.kind,
      openPositions: progress.openPositions,
      ranking: act.ranking,
      nominees: request.nominees,
      referredForRequest: new Set(ofRequest.map((r) => r.personId)),
      awaitingOutcome: awaiting,
      notReferable: barred,
    });
    if ('rule' in chosen)
      throw ruleViolation(chosen.rule, chosen.message, {
        ...('fiscalCode' in chosen ? { nominee: chosen.fiscalCode } : {}),
        ...('until' in chosen ? { until: chosen.until } : {}),
      });
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

/** The people of the list `referability.ts` keeps off on the day, from their outcomes read in the transaction. */
async function notReferableOnList(
  tx: Parameters<Parameters<ReferralStore['transaction']>[0]>[0],
  request: ReferralRequestRecord,
  act: ReferralAct,
): Promise<Map<string, NotReferable>> {
  const history = await tx.referralsOfPeople(act.ranking.map((p) => p.personId));
  const agreementInForce =
    request.kind === 'NOMINATIVE' && act.ranking.some((p) => p.psychicOrIntellectual)
      ? await tx.agreementInForce(request.employerId, request.province, act.referredOn)
      : false;
  const barred = new Map<string, NotReferable>();
  for (const person of act.ranking) {
    const problem = notReferable(
      {
        personId: person.personId,
        psychicOrIntellectual: person.psychicOrIntellectual,
        outcomes: history.flatMap((r) =>
          r.personId === person.personId && r.outcome !== null && r.outcomeOn !== null
            ? [
                {
                  outcome: r.outcome,
                  outcomeOn: r.outcomeOn,
                  unjustifiedRefusalByPerson: r.unjustifiedRefusalByPerson ?? false,
                  placementId: r.placementId,
                },
              ]
            : [],
        ),
      },
      { on: act.referredOn, kind: request.kind, agreementInForce, placementEnds: act.placementEnds },
    );
    if (problem) barred.set(person.personId, problem);
  }
  return barred;
}
