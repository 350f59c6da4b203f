/**
 * Ranking list (graduatoria) criteria. They are set regionally, so the weights are dated configuration:
 * the version valid on the reference date is used, which keeps a past list reproducible. The default
 * follows the open-source Emilia-Romagna scheme as DOMAIN.md summarises it (initial points, seniority,
 * dependants, income, invalidity; lower ranks first), with one correction: DOMAIN.md writes "+ months of
 * seniority", which with lower-first would push the longest-waiting people down the list. The regional text
 * is not among the sources, so the direction is stated in each version (`seniorityFavours`) and checked
 * against the sign of its weight; the default favours the longer enrolment (one point less per month), as
 * the classic scheme of L. 56/1987 art. 16 does and as this module's own tie-break already did.
 */
export interface RankingWeights {
  id: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  initialPoints: number;
  /** Which enrolment the seniority criterion favours; perMonthOfSeniority's sign must agree (lower ranks first). */
  seniorityFavours: 'LONGER_ENROLMENT' | 'SHORTER_ENROLMENT';
  perMonthOfSeniority: number;
  perDependant: number;
  /** Points per full 1,000 euro of declared yearly income (ISEE). */
  perThousandEuroOfIncome: number;
  /** Income points when no income was declared: the least favourable reading, so silence is not rewarded. */
  undeclaredIncomePoints: number;
  /** Points per full 10 points of invalidity percentage. */
  perTenPercentOfInvalidity: number;
  /**
   * Whether an enrolment moved from another province's list (L. 68/1999 art. 8 c.1) keeps the seniority of the one it
   * continues (rules/enrolment-transfer.ts says why the default keeps it; the law is silent).
   */
  transferKeepsSeniority: boolean;
}

export const rankingWeightVersions: readonly RankingWeights[] = [
  {
    id: 'ER-DOMAIN-2000',
    validFrom: '2000-01-01',
    validTo: null,
    source:
      'DOMAIN.md, "Ranking list": Emilia-Romagna open-source scheme (initial points, seniority, dependants, income, invalidity); seniority favours the longer enrolment (not confirmed from the regional text)',
    initialPoints: 100,
    seniorityFavours: 'LONGER_ENROLMENT',
    perMonthOfSeniority: -1,
    perDependant: -1,
    perThousandEuroOfIncome: 1,
    undeclaredIncomePoints: 50,
    perTenPercentOfInvalidity: -1,
    transferKeepsSeniority: true,
  },
];

/** Whether a version's seniority weight points the way it says (lower scores rank first). */
export const seniorityDirectionHolds = (w: RankingWeights): boolean =>
  w.seniorityFavours === 'LONGER_ENROLMENT' ? w.perMonthOfSeniority < 0 : w.perMonthOfSeniority > 0;

export function weightsOn(date: string, versions: readonly RankingWeights[] = rankingWeightVersions): RankingWeights {
  const found = versions.find((w) => w.validFrom <= date && (w.validTo === null || w.validTo >= date));
  if (!found) throw new Error(`No ranking criteria valid on ${date}`);
  if (!seniorityDirectionHolds(found))
    throw new Error(
      `Ranking criteria ${found.id}: the seniority weight ${found.perMonthOfSeniority} does not favour the ${found.seniorityFavours.toLowerCase().replace('_', ' ')}`,
    );
  return found;
}

export interface RankingCandidate {
  personId: string;
  birthDate: string;
  enrolledOn: string;
  dependants: number | null;
  annualIncome: number | null;
  invalidityPercent: number | null;
}

export interface RankedCriterion {
  name: string;
  value: number;
  points: number;
  explanation: string;
}
export interface RankedEntry {
  position: number;
  personId: string;
  score: number;
  criteria: RankedCriterion[];
}

/** Full months from one date to another (the 15th to the 14th of the next month is 0 months). */
export function fullMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

export function scoreCandidate(
  candidate: RankingCandidate,
  referenceDate: string,
  weights: RankingWeights,
): { score: number; criteria: RankedCriterion[] } {
  const months = fullMonthsBetween(candidate.enrolledOn, referenceDate);
  const dependants = candidate.dependants ?? 0;
  const thousands = candidate.annualIncome === null ? null : Math.floor(candidate.annualIncome / 1000);
  const tens = Math.floor((candidate.invalidityPercent ?? 0) / 10);
  const criteria: RankedCriterion[] = [
    {
      name: 'INITIAL',
      value: 1,
      points: weights.initialPoints,
      explanation: `Initial points ${weights.initialPoints}`,
    },
    {
      name: 'SENIORITY_MONTHS',
      value: months,
      points: months * weights.perMonthOfSeniority,
      explanation: `${months} full months on the list since ${candidate.enrolledOn} x ${weights.perMonthOfSeniority}`,
    },
    {
      name: 'DEPENDANTS',
      value: dependants,
      points: dependants * weights.perDependant,
      explanation:
        candidate.dependants === null ? 'No dependants declared' : `${dependants} dependants x ${weights.perDependant}`,
    },
    thousands === null
      ? {
          name: 'INCOME',
          value: 0,
          points: weights.undeclaredIncomePoints,
          explanation: `No income declared: ${weights.undeclaredIncomePoints} points`,
        }
      : {
          name: 'INCOME',
          value: candidate.annualIncome!,
          points: thousands * weights.perThousandEuroOfIncome,
          explanation: `${thousands} full thousands of euro of yearly income x ${weights.perThousandEuroOfIncome}`,
        },
    {
      name: 'INVALIDITY',
      value: candidate.invalidityPercent ?? 0,
      points: tens * weights.perTenPercentOfInvalidity,
      explanation: `${candidate.invalidityPercent ?? 0}% invalidity: ${tens} tens x ${weights.perTenPercentOfInvalidity}`,
    },
  ];
  return { score: criteria.reduce((sum, c) => sum + c.points, 0), criteria };
}

/**
 * Ranks candidates: lower score first; ties go to the longer enrolment, then the older person, then the
 * id, so the same inputs always give the same list.
 */
export function rankCandidates(
  candidates: readonly RankingCandidate[],
  referenceDate: string,
  weights: RankingWeights,
): RankedEntry[] {
  return candidates
    .map((c) => ({ candidate: c, ...scoreCandidate(c, referenceDate, weights) }))
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.candidate.enrolledOn.localeCompare(b.candidate.enrolledOn) ||
        a.candidate.birthDate.localeCompare(b.candidate.birthDate) ||
        a.candidate.personId.localeCompare(b.candidate.personId),
    )
    .map((r, i) => ({ position: i + 1, personId: r.candidate.personId, score: r.score, criteria: r.criteria }));
}
