import type { ExclusionRuleKey } from './exclusion-rules.ts';
import { EXCLUSION_RULES } from './exclusion-rules.ts';
import { formatUnits } from './explanation-format.ts';
import type { NormalizedWorker } from './validate-workforce-input.ts';

/** Which of the two quotas a protected worker fills. */
export type QuotaKind = 'DISABLED' | 'ART18';

export type CoverageRuleKey = Extract<ExclusionRuleKey, 'HIRED_UNDER_L68' | 'ALREADY_DISABLED' | 'DISABLED_DURING_EMPLOYMENT'>;

export type CoverageDecision =
  | { readonly covers: true; readonly quota: QuotaKind; readonly ruleKey: CoverageRuleKey }
  | { readonly covers: false; readonly article: string; readonly reason: string };

/** L. 68/1999 art. 4 c.3-bis: "pari o superiore al 60 per cento". */
export const ALREADY_DISABLED_MIN_REDUCTION_PERCENT = 60;
/** L. 68/1999 art. 4 c.3-bis: psychic or intellectual disability "superiore al 45 per cento". */
export const PSYCHIC_OR_INTELLECTUAL_ABOVE_REDUCTION_PERCENT = 45;
/** L. 68/1999 art. 4 c.4: below 60% the worker "non può essere computato". */
export const DISABLED_DURING_EMPLOYMENT_MIN_REDUCTION_PERCENT = 60;

function alreadyDisabled(reduction: number | undefined, psychic: boolean): CoverageDecision {
  const article = EXCLUSION_RULES.ALREADY_DISABLED.article;
  if (reduction === undefined) {
    return { covers: false, article, reason: 'disabled worker(s) hired outside the lists without a stated capacity reduction do not cover the quota' };
  }
  if (psychic) {
    return reduction > PSYCHIC_OR_INTELLECTUAL_ABOVE_REDUCTION_PERCENT
      ? { covers: true, quota: 'DISABLED', ruleKey: 'ALREADY_DISABLED' }
      : {
          covers: false,
          article,
          reason: `disabled worker(s) hired outside the lists with psychic/intellectual disability and capacity reduction ${reduction}% (not above ${PSYCHIC_OR_INTELLECTUAL_ABOVE_REDUCTION_PERCENT}%) do not cover the quota`,
        };
  }
  return reduction >= ALREADY_DISABLED_MIN_REDUCTION_PERCENT
    ? { covers: true, quota: 'DISABLED', ruleKey: 'ALREADY_DISABLED' }
    : {
        covers: false,
        article,
        reason: `disabled worker(s) hired outside the lists with capacity reduction ${reduction}% (below ${ALREADY_DISABLED_MIN_REDUCTION_PERCENT}%) do not cover the quota`,
      };
}

function disabledDuringEmployment(reduction: number | undefined, employerSafetyBreach: boolean): CoverageDecision {
  const article = EXCLUSION_RULES.DISABLED_DURING_EMPLOYMENT.article;
  // The breach test comes first: the law bars these workers whatever their reduction.
  if (employerSafetyBreach) {
    return { covers: false, article, reason: "worker(s) disabled through the employer's breach of safety rules (ascertained by a court) do not cover the quota" };
  }
  if (reduction === undefined) {
    return { covers: false, article, reason: 'worker(s) disabled during employment without a stated capacity reduction do not cover the quota' };
  }
  // Art. 4 c.4 has no lower threshold for psychic disability: the 45% of c.3-bis is for workers disabled before hiring.
  return reduction >= DISABLED_DURING_EMPLOYMENT_MIN_REDUCTION_PERCENT
    ? { covers: true, quota: 'DISABLED', ruleKey: 'DISABLED_DURING_EMPLOYMENT' }
    : {
        covers: false,
        article,
        reason: `worker(s) disabled during employment with capacity reduction ${reduction}% (below ${DISABLED_DURING_EMPLOYMENT_MIN_REDUCTION_PERCENT}%) do not cover the quota`,
      };
}

/**
 * Whether a worker fills a quota, and under which rule; undefined when the worker is not in a protected category.
 * Contract kinds do not bar coverage (a disabled apprentice or fixed-term worker hired through the lists fills the
 * quota while employed), except two that are not the employer's own employment relationship:
 * - AGENCY: D.Lgs. 81/2015 art. 34 c.3 counts a disabled agency worker for the user only on missions of at least
 *   12 months, which this contract cannot state (termMonths is FIXED_TERM only), so it never covers here;
 * - LSU: socially useful work is not an employment relationship (D.Lgs. 81/2000 art. 8 c.1).
 */
export function quotaCoverage(worker: NormalizedWorker): CoverageDecision | undefined {
  const status = worker.protected;
  if (status === undefined) return undefined;
  if (worker.contract === 'AGENCY') {
    return {
      covers: false,
      article: 'D.Lgs. 81/2015 art. 34 c.3',
      reason: 'protected agency worker(s) cover the user\'s quota only on missions of 12 months or more, not stated here: they do not cover the quota',
    };
  }
  if (worker.contract === 'LSU') {
    return {
      covers: false,
      article: 'D.Lgs. 81/2000 art. 8 c.1',
      reason: 'protected socially useful worker(s) (LSU) are not employees and do not cover the quota',
    };
  }
  if (status.hiredUnderL68) {
    return { covers: true, quota: status.category, ruleKey: 'HIRED_UNDER_L68' };
  }
  if (status.category === 'ART18') {
    return {
      covers: false,
      article: 'L. 68/1999 art. 18 c.2',
      reason: 'art. 18 worker(s) not hired under L. 68/1999 do not cover the art. 18 quota',
    };
  }
  return status.disabledDuringEmployment
    ? disabledDuringEmployment(status.capacityReductionPercent, status.employerSafetyBreach)
    : alreadyDisabled(status.capacityReductionPercent, status.psychicOrIntellectual);
}

/**
 * Units one covering worker is worth (DPR 333/2000 art. 3): a part-timer counts as a whole unit when the hours
 * are above 50% of full time, as half a unit at 50% or below. Unlike the base, there is no pro rata here.
 * Applied to art. 18 workers too: art. 18 c.2 computes that quota "secondo la disciplina" of art. 3 and 4.
 */
export function coverageUnitsPerHead(worker: NormalizedWorker): number {
  if (!worker.isPartTime) return 1;
  // Compare 2h > full time instead of h / ft > 0.5 so that exactly half (20/40, 18.5/37) never drifts.
  return worker.weeklyHours * 2 > worker.fullTimeWeeklyHours ? 1 : 0.5;
}

export interface CoveredUnits {
  readonly disabled: number;
  readonly art18: number;
}

export interface CoverageTally {
  readonly byProvince: ReadonlyMap<string, CoveredUnits>;
  readonly total: CoveredUnits;
  readonly explanation: readonly string[];
}

const COVERAGE_SENTENCES: Record<CoverageRuleKey, (quota: QuotaKind) => string> = {
  HIRED_UNDER_L68: (quota) =>
    quota === 'DISABLED'
      ? 'disabled worker(s) hired under L. 68/1999 cover the disability quota'
      : 'art. 18 worker(s) hired under L. 68/1999 cover the art. 18 quota',
  ALREADY_DISABLED: () =>
    `worker(s) already disabled before hiring, not hired through the lists, with capacity reduction >= ${ALREADY_DISABLED_MIN_REDUCTION_PERCENT}% (or > ${PSYCHIC_OR_INTELLECTUAL_ABOVE_REDUCTION_PERCENT}% psychic/intellectual) cover the disability quota`,
  DISABLED_DURING_EMPLOYMENT: () =>
    `worker(s) disabled during employment with capacity reduction >= ${DISABLED_DURING_EMPLOYMENT_MIN_REDUCTION_PERCENT}%, not through the employer's safety breach, cover the disability quota`,
};

const COVERAGE_ARTICLES: Record<CoverageRuleKey, (quota: QuotaKind) => string> = {
  HIRED_UNDER_L68: (quota) => (quota === 'DISABLED' ? 'L. 68/1999 art. 3 c.1, art. 4 c.1' : 'L. 68/1999 art. 18 c.2'),
  ALREADY_DISABLED: () => EXCLUSION_RULES.ALREADY_DISABLED.article,
  DISABLED_DURING_EMPLOYMENT: () => EXCLUSION_RULES.DISABLED_DURING_EMPLOYMENT.article,
};

/** Sentences keyed by text, with heads summed; Map keeps first-seen order so explanations follow the input. */
class SentenceTally {
  private readonly heads = new Map<string, number>();
  add(prefix: string, suffix: string, heads: number): void {
    const key = JSON.stringify([prefix, suffix]);
    this.heads.set(key, (this.heads.get(key) ?? 0) + heads);
  }
  sentences(): string[] {
    return [...this.heads].map(([key, heads]) => {
      const [prefix, suffix] = JSON.parse(key) as [string, string];
      return `${prefix}: ${heads} ${suffix}`;
    });
  }
}

/** Covered units per province and in total, with one explanation sentence per rule applied. */
export function tallyCoverage(workers: readonly NormalizedWorker[]): CoverageTally {
  const byProvince = new Map<string, { disabled: number; art18: number }>();
  const total = { disabled: 0, art18: 0 };
  const covering = new SentenceTally();
  const partTime = new SentenceTally();
  const notCovering = new SentenceTally();

  for (const worker of workers) {
    const decision = quotaCoverage(worker);
    if (decision === undefined) continue;
    if (!decision.covers) {
      notCovering.add(decision.article, decision.reason, worker.count);
      continue;
    }
    const unit = coverageUnitsPerHead(worker);
    const units = unit * worker.count;
    const slot = byProvince.get(worker.province) ?? { disabled: 0, art18: 0 };
    if (decision.quota === 'DISABLED') {
      slot.disabled += units;
      total.disabled += units;
    } else {
      slot.art18 += units;
      total.art18 += units;
    }
    byProvince.set(worker.province, slot);
    covering.add(COVERAGE_ARTICLES[decision.ruleKey](decision.quota), COVERAGE_SENTENCES[decision.ruleKey](decision.quota), worker.count);
    if (worker.isPartTime) {
      const quotaName = decision.quota === 'DISABLED' ? 'disability' : 'art. 18';
      partTime.add(
        'DPR 333/2000 art. 3',
        unit === 1
          ? `part-timer(s) covering the ${quotaName} quota work more than 50% of full time and count as one unit each`
          : `part-timer(s) covering the ${quotaName} quota work 50% of full time or less and count as half a unit each`,
        worker.count,
      );
    }
  }

  const explanation = [...covering.sentences(), ...partTime.sentences(), ...notCovering.sentences()];
  if (total.disabled > 0 || total.art18 > 0) {
    explanation.push(`L. 68/1999 art. 4: covered units: disability quota ${formatUnits(total.disabled)}, art. 18 quota ${formatUnits(total.art18)}`);
  }
  return { byProvince, total, explanation };
}
