import { municipalityDistanceKm } from './distance.ts';
import { adjustmentsToArrange, conflictingDemands, describeDemand } from './compatibility.ts';
import { distanceFit, hoursAndShiftsFit, rankingFit, skillsFit, type Fit } from './fit.ts';
import { demandsOf, type JobProfile } from './job-profile.ts';
import type { MatchingCriterion, MatchingWeights } from './weights.ts';

/** What matching needs to know about one person on the ranking list, as the people subgraph answers it. */
export interface CandidateFacts {
  personId: string;
  rankingPosition: number;
  rankingSize: number;
  residenceMunicipality: string;
  functionalProfile: { tasksToAvoid: readonly string[]; workplaceAdjustments: readonly string[] } | null;
  skills: ReadonlyArray<{ codeSystem: string; code: string | null }>;
  occupations: ReadonlyArray<{ codeSystem: string | null; code: string | null }>;
  availability: { weeklyHours: number | null; maxDistanceKm: number | null; shifts: readonly string[] } | null;
}

export interface MatchingJob {
  occupationCode: string | null;
  occupationCodeSystem: string | null;
  profile: JobProfile;
  siteMunicipality: string;
}

export type ExclusionReason = 'NO_FUNCTIONAL_PROFILE' | 'INCOMPATIBLE_DEMAND' | 'BEYOND_STATED_DISTANCE';

export interface Exclusion {
  reason: ExclusionReason;
  explanation: string;
}

export interface ScoreComponent {
  criterion: MatchingCriterion;
  weight: number;
  fit: number;
  points: number;
  explanation: string;
}

export interface ScoredCandidate {
  personId: string;
  score: number;
  components: ScoreComponent[];
  adjustmentsToArrange: string[];
  rankingPosition: number;
}

export type Assessment =
  | { personId: string; excluded: Exclusion[] }
  | { personId: string; excluded: []; scored: ScoredCandidate };

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Excludes or scores one person for a job. Exclusions (any one is enough): no functional profile, since
 * compatibility cannot then be established (L. 68/1999 art. 2); a job demand the profile says to avoid; a site
 * farther than the distance the person stated (their own availability, D.Lgs. 150/2015 art. 25 c.1). Everyone else
 * gets weight x fit points for each criterion of the weights version.
 */
export function assessCandidate(job: MatchingJob, person: CandidateFacts, weights: MatchingWeights): Assessment {
  const excluded: Exclusion[] = [];
  if (!person.functionalProfile) {
    excluded.push({
      reason: 'NO_FUNCTIONAL_PROFILE',
      explanation: 'no functional profile: compatibility with the job cannot be established',
    });
  } else {
    const conflicts = conflictingDemands(demandsOf(job.profile), person.functionalProfile);
    if (conflicts.length > 0)
      excluded.push({
        reason: 'INCOMPATIBLE_DEMAND',
        explanation: `job demands to avoid: ${conflicts.map(describeDemand).join(', ')}`,
      });
  }
  const distanceKm = municipalityDistanceKm(person.residenceMunicipality, job.siteMunicipality);
  const statedMax = person.availability?.maxDistanceKm ?? null;
  if (distanceKm !== null && statedMax !== null && distanceKm > statedMax) {
    excluded.push({
      reason: 'BEYOND_STATED_DISTANCE',
      explanation: `the site is ${distanceKm} km away, beyond the stated ${statedMax} km`,
    });
  }
  if (excluded.length > 0) return { personId: person.personId, excluded };

  const unknown = [person.residenceMunicipality, job.siteMunicipality].filter(
    (m) => municipalityDistanceKm(m, m) === null,
  );
  const fits: Record<MatchingCriterion, Fit> = {
    SKILLS: skillsFit(
      {
        occupationCode: job.occupationCode,
        occupationCodeSystem: job.occupationCodeSystem,
        requiredSkills: job.profile.requiredSkills,
      },
      person,
    ),
    DISTANCE: distanceFit(
      distanceKm,
      statedMax,
      weights.defaultMaxDistanceKm,
      `municipality ${unknown.join(', ')} not in the reference table`,
    ),
    HOURS_AND_SHIFTS: hoursAndShiftsFit(job.profile, person.availability),
    RANKING: rankingFit(person.rankingPosition, person.rankingSize),
  };
  const components = (Object.keys(weights.weights) as MatchingCriterion[]).map((criterion) => {
    const weight = weights.weights[criterion];
    const { fit, explanation } = fits[criterion];
    return { criterion, weight, fit: round2(fit), points: round2(weight * fit), explanation };
  });
  return {
    personId: person.personId,
    excluded: [],
    scored: {
      personId: person.personId,
      score: round2(components.reduce((sum, c) => sum + c.points, 0)),
      components,
      adjustmentsToArrange: adjustmentsToArrange(
        person.functionalProfile!.workplaceAdjustments,
        job.profile.adjustmentsAvailable,
      ),
      rankingPosition: person.rankingPosition,
    },
  };
}

export interface RankedCandidate extends ScoredCandidate {
  rank: number;
}

export interface ShortlistResult {
  candidates: RankedCandidate[];
  excluded: Array<{ personId: string; exclusions: Exclusion[] }>;
  considered: number;
}

export const MAX_SHORTLIST_SIZE = 50;

/**
 * The shortlist: excluded people left out, the rest by score (highest first); equal scores by ranking-list
 * position (the list's order decides, L. 68/1999 art. 8), then by person id so the order is reproducible.
 * At most `size` candidates.
 */
export function buildShortlist(
  job: MatchingJob,
  people: readonly CandidateFacts[],
  weights: MatchingWeights,
  size: number,
): ShortlistResult {
  const assessments = people.map((p) => assessCandidate(job, p, weights));
  const scored = assessments.flatMap((a) => ('scored' in a ? [a.scored] : []));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.rankingPosition - b.rankingPosition ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
  return {
    candidates: scored.slice(0, size).map((c, i) => ({ ...c, rank: i + 1 })),
    excluded: assessments
      .filter((a) => a.excluded.length > 0)
      .map((a) => ({ personId: a.personId, exclusions: a.excluded })),
    considered: people.length,
  };
}
