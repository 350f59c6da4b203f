/**
 * Weights of the matching score, as dated configuration: a shortlist records the version it used, so it can be
 * explained later even after the weights change. Fits are in [0, 1]; a criterion contributes weight x fit points,
 * so a perfect candidate scores 100.
 *
 * MATCHING-2026-11 (team decision of 2026-11-23, when matching was introduced): skills fit weighs most because the shortlist
 * answers a specific job (L. 68/1999 art. 2: "collocamento mirato" places the person in the "posto adatto");
 * the ranking-list position keeps a quarter of the score because numeric hires follow the list (art. 7-9) and a
 * shortlist must not bury it; distance and hours/shifts weigh the person's stated availability (D.Lgs. 150/2015
 * art. 25, suitable offer) without replacing the exclusions.
 */
export type MatchingCriterion = 'SKILLS' | 'DISTANCE' | 'HOURS_AND_SHIFTS' | 'RANKING';

export interface MatchingWeights {
  id: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  weights: Readonly<Record<MatchingCriterion, number>>;
  /** Reference distance when the person stated no maximum: D.M. 10 April 2018 (offerta congrua), 50 km. */
  defaultMaxDistanceKm: number;
}

export const matchingWeightVersions: readonly MatchingWeights[] = [
  {
    id: 'MATCHING-2026-11',
    validFrom: '2000-01-01',
    validTo: null,
    source:
      'Team decision of 2026-11-23 (introduction of matching); default distance from D.M. 10 April 2018 (offerta congrua)',
    weights: { SKILLS: 35, DISTANCE: 25, HOURS_AND_SHIFTS: 15, RANKING: 25 },
    defaultMaxDistanceKm: 50,
  },
];

export function matchingWeightsOn(
  date: string,
  versions: readonly MatchingWeights[] = matchingWeightVersions,
): MatchingWeights {
  const found = versions.find((w) => w.validFrom <= date && (w.validTo === null || w.validTo >= date));
  if (!found) throw new Error(`No matching weights valid on ${date}`);
  return found;
}
