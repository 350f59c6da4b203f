import type { Context } from '../context.ts';
import type { EnrolmentList } from '../generated/graphql.ts';
import { seniorityStart } from '../rules/enrolment-transfer.ts';
import { rankCandidates, weightsOn, type RankingCandidate } from '../rules/ranking-criteria.ts';

/**
 * The ranked list of a province for a reference date. Who is on it is read from the recorded history (accepted
 * on or before the date, not removed by then), so a past list is reproducible. Every person's ranking facts
 * read are audited: they are health-related data.
 */
export async function rankedList(
  { stores, audit }: Pick<Context, 'stores' | 'audit'>,
  province: string,
  list: EnrolmentList,
  referenceDate: string,
) {
  const enrolments = await stores.enrolments.acceptedIn(province, list);
  const transitions = await stores.enrolments.transitionsOf(enrolments.map((e) => e.id));
  const removedOn = new Map(
    transitions.filter((t) => t.toStatus === 'CANCELLED').map((t) => [t.enrolmentId, t.on ?? t.at.slice(0, 10)]),
  );
  const onList = enrolments.filter(
    (e) =>
      e.decidedOn !== null && e.decidedOn <= referenceDate && !((removedOn.get(e.id) ?? '9999-12-31') <= referenceDate),
  );
  const personIds = onList.map((e) => e.personId);
  const [persons, disabilities, facts] = await Promise.all([
    stores.persons.byIds(personIds),
    stores.profiles.disabilityOf(personIds),
    stores.profiles.rankingFactsOn(personIds, referenceDate),
  ]);
  const personById = new Map(persons.map((p) => [p.id, p]));
  const disabilityById = new Map(disabilities.map((d) => [d.personId, d]));
  const factsById = new Map(facts.map((f) => [f.personId, f]));
  const weights = weightsOn(referenceDate);
  const candidates: RankingCandidate[] = onList.map((e) => ({
    personId: e.personId,
    birthDate: personById.get(e.personId)!.birthDate,
    enrolledOn: seniorityStart(e, weights.transferKeepsSeniority)!,
    dependants: factsById.get(e.personId)?.dependants ?? null,
    annualIncome: factsById.has(e.personId) ? factsById.get(e.personId)!.annualIncomeCents / 100 : null,
    invalidityPercent: disabilityById.get(e.personId)?.invalidityPercent ?? null,
  }));
  for (const candidate of candidates)
    audit.read(
      'RankingList',
      `${province}/${list}/${referenceDate}`,
      ['invalidityPercent', 'annualIncome', 'dependants'],
      candidate.personId,
    );
  return {
    weights,
    entries: rankCandidates(candidates, referenceDate, weights).map((entry) => ({
      ...entry,
      person: personById.get(entry.personId)!,
    })),
  };
}
