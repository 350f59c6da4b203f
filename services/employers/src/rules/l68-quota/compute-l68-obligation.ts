import { computeComputationBase } from './computation-base.ts';
import type { CoveredUnits } from './coverage.ts';
import { tallyCoverage } from './coverage.ts';
import { formatUnits } from './explanation-format.ts';
import type { QuotaName } from './quota.ts';
import { art18QuotaRegime, disabledQuotaRegime, distributeQuota } from './quota.ts';
import { ceilWholePositions } from './rounding.ts';
import type { L68Obligation, ProvinceObligation, WorkforceInput } from './types.ts';
import { validateWorkforceInput } from './validate-workforce-input.ts';

const NO_COVERAGE: CoveredUnits = { disabled: 0, art18: 0 };

const QUOTA_ARTICLE: Record<QuotaName, string> = {
  disability: 'L. 68/1999 art. 3 c.1',
  'art. 18': 'L. 68/1999 art. 18 c.2',
};

/**
 * One sentence on what is left to fill. Uncovered positions are whole positions: covered units can be halves
 * (part-timers at 50% or less), and a shortfall of half a unit still means hiring someone, so a positive
 * shortfall rounds up (ceil); a surplus gives 0.
 */
function uncoveredSentence(
  article: string,
  scope: string,
  quota: QuotaName,
  required: number,
  covered: number,
  uncovered: number,
): string {
  const shortfall = required - covered;
  if (shortfall <= 0) {
    return `${article}: ${scope}${quota} quota ${required}, covered ${formatUnits(covered)} -> 0 uncovered`;
  }
  const rounded = Number.isInteger(shortfall) ? '' : ' (a partial shortfall is still a whole position to fill)';
  return `${article}: ${scope}${quota} quota ${required} - covered ${formatUnits(covered)} = ${formatUnits(shortfall)} -> ${uncovered} uncovered${rounded}`;
}

/** Quota, covered and uncovered of one province for one quota. */
type ProvinceFigures = (
  province: ProvinceObligation,
) => readonly [required: number, covered: number, uncovered: number];

/** Uncovered sentences: one per province that has something to say, then the national offset (several provinces only). */
function explainUncovered(
  quota: QuotaName,
  byProvince: readonly ProvinceObligation[],
  required: number,
  covered: number,
  uncovered: number,
  figures: ProvinceFigures,
): string[] {
  if (required === 0 && covered === 0) return [];
  const article = QUOTA_ARTICLE[quota];
  if (byProvince.length <= 1) return [uncoveredSentence(article, '', quota, required, covered, uncovered)];
  const lines: string[] = [];
  for (const province of byProvince) {
    const [pRequired, pCovered, pUncovered] = figures(province);
    if (pRequired === 0 && pCovered === 0) continue;
    lines.push(uncoveredSentence(article, `province ${province.province} `, quota, pRequired, pCovered, pUncovered));
  }
  lines.push(
    uncoveredSentence(
      'L. 68/1999 art. 5 c.8',
      'nationally, surpluses offsetting shortfalls across provinces: ',
      quota,
      required,
      covered,
      uncovered,
    ),
  );
  return lines;
}

/**
 * The employer's obligation under L. 68/1999 arts. 3, 4, 5 and 18 for a snapshot of its workforce.
 * Pure: the same input always gives the same output, explanation included. Throws WorkforceInputError on bad input.
 *
 * National totals: each quota is the sum of the provincial quotas; the uncovered positions are computed on the
 * national totals, because art. 5 c.8 lets private employers offset a surplus in one province against a shortfall
 * in another automatically. Each ProvinceObligation shows its own shortfall without that offset.
 */
export function computeL68Obligation(input: WorkforceInput): L68Obligation {
  const workforce = validateWorkforceInput(input);
  const office = workforce.registeredOfficeProvince;
  const base = computeComputationBase(workforce.workers);
  const nationalBase = base.national.base;

  // The registered office is listed even without staff: the fixed units of the quotas land there.
  const codes = [...new Set([...base.byProvince.keys(), ...(office === undefined ? [] : [office])])].sort();
  const provinceBases = new Map(codes.map((code) => [code, base.byProvince.get(code)?.base ?? 0] as const));

  const disabled = distributeQuota(disabledQuotaRegime(nationalBase), nationalBase, provinceBases, office);
  const art18 = distributeQuota(art18QuotaRegime(nationalBase), nationalBase, provinceBases, office);
  const coverage = tallyCoverage(workforce.workers, nationalBase);

  const explanation: string[] = [
    ...base.explanation,
    ...disabled.explanation,
    ...art18.explanation,
    ...coverage.explanation,
  ];

  const byProvince: ProvinceObligation[] = codes.map((code) => {
    const covered = coverage.byProvince.get(code) ?? NO_COVERAGE;
    const disabledQuota = disabled.byProvince.get(code) ?? 0;
    const art18Quota = art18.byProvince.get(code) ?? 0;
    return {
      province: code,
      computationBase: provinceBases.get(code) ?? 0,
      disabledQuota,
      art18Quota,
      disabledCovered: covered.disabled,
      art18Covered: covered.art18,
      disabledUncovered: ceilWholePositions(disabledQuota - covered.disabled),
      art18Uncovered: ceilWholePositions(art18Quota - covered.art18),
    };
  });

  // Art. 5 c.8: private employers and public economic bodies offset provinces automatically; a public employer
  // only when authorised (c.8-bis), otherwise each province's shortfall stands on its own.
  const offsets = workforce.employerKind !== 'PUBLIC' || workforce.offsetAuthorised;
  const sumOf = (pick: (p: ProvinceObligation) => number) => byProvince.reduce((s, p) => s + pick(p), 0);
  const disabledUncovered = offsets
    ? ceilWholePositions(disabled.total - coverage.total.disabled)
    : sumOf((p) => p.disabledUncovered);
  const art18Uncovered = offsets
    ? ceilWholePositions(art18.total - coverage.total.art18)
    : sumOf((p) => p.art18Uncovered);
  if (!offsets && byProvince.length > 1) {
    explanation.push(
      "L. 68/1999 art. 5 c.8-bis: a public employer offsets provinces only when authorised: the uncovered positions are the sum of each province's",
    );
  }

  explanation.push(
    ...explainUncovered('disability', byProvince, disabled.total, coverage.total.disabled, disabledUncovered, (p) => [
      p.disabledQuota,
      p.disabledCovered,
      p.disabledUncovered,
    ]),
    ...explainUncovered('art. 18', byProvince, art18.total, coverage.total.art18, art18Uncovered, (p) => [
      p.art18Quota,
      p.art18Covered,
      p.art18Uncovered,
    ]),
  );

  return {
    computationBase: nationalBase,
    disabledQuota: disabled.total,
    art18Quota: art18.total,
    disabledCovered: coverage.total.disabled,
    art18Covered: coverage.total.art18,
    disabledUncovered,
    art18Uncovered,
    excluded: base.excluded,
    byProvince,
    explanation,
  };
}
