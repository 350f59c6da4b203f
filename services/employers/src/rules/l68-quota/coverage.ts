import type { ExclusionRuleKey } from './exclusion-rules.ts';
import { EXCLUSION_RULES } from './exclusion-rules.ts';
import { formatUnits } from './explanation-format.ts';
import type { NormalizedWorker } from './validate-workforce-input.ts';

/** Which of the two quotas a protected worker fills. */
export type QuotaKind = 'DISABLED' | 'ART18';

export type CoverageRuleKey = Extract<
  ExclusionRuleKey,
  | 'HIRED_UNDER_L68'
  | 'ALREADY_DISABLED'
  | 'DISABLED_DURING_EMPLOYMENT'
  | 'WAR_SERVICE_LABOUR_INVALID_1_TO_6'
  | 'AGENCY_MISSION_12_MONTHS'
>;

export type CoverageDecision =
  | { readonly covers: true; readonly quota: QuotaKind; readonly ruleKey: CoverageRuleKey }
  | { readonly covers: false; readonly article: string; readonly reason: string };

/** L. 68/1999 art. 4 c.3-bis: "pari o superiore al 60 per cento". */
export const ALREADY_DISABLED_MIN_REDUCTION_PERCENT = 60;
/** L. 68/1999 art. 4 c.3-bis: psychic or intellectual disability "superiore al 45 per cento". */
export const PSYCHIC_OR_INTELLECTUAL_ABOVE_REDUCTION_PERCENT = 45;
/** L. 68/1999 art. 4 c.4: below 60% the worker "non può essere computato". */
export const DISABLED_DURING_EMPLOYMENT_MIN_REDUCTION_PERCENT = 60;
/** L. 68/1999 art. 4 c.3-bis: war, service and labour invalids "dalla prima alla sesta categoria". */
export const INVALID_CATEGORY_COVERS_UP_TO = 6;
/** D.Lgs. 81/2015 art. 34 c.3: a disabled agency worker counts for the user on a mission "non inferiore a dodici mesi". */
export const AGENCY_MISSION_MIN_MONTHS = 12;
/** DPR 333/2000 art. 3 c.5: employers of 15 to 35 count a part-timer with a reduction above 50% as one unit. */
export const SMALL_EMPLOYER_BASE = { from: 15, to: 35 } as const;
export const SMALL_EMPLOYER_WHOLE_UNIT_ABOVE_REDUCTION_PERCENT = 50;

function alreadyDisabled(reduction: number | undefined, psychic: boolean): CoverageDecision {
  const article = EXCLUSION_RULES.ALREADY_DISABLED.article;
  if (reduction === undefined) {
    return {
      covers: false,
      article,
      reason: 'disabled worker(s) hired outside the lists without a stated capacity reduction do not cover the quota',
    };
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
    return {
      covers: false,
      article,
      reason:
        "worker(s) disabled through the employer's breach of safety rules (ascertained by a court) do not cover the quota",
    };
  }
  if (reduction === undefined) {
    return {
      covers: false,
      article,
      reason: 'worker(s) disabled during employment without a stated capacity reduction do not cover the quota',
    };
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
 * - AGENCY: D.Lgs. 81/2015 art. 34 c.3 counts a disabled agency worker for the user only on a mission of at least
 *   12 months (missionMonths); shorter or unstated missions, and art. 18 workers, do not cover;
 * - LSU: socially useful work is not an employment relationship (D.Lgs. 81/2000 art. 8 c.1).
 * Art. 4 c.3-bis also counts war, service and labour invalids of categories 1 to 6 hired outside the lists;
 * categories 7 and 8 fall back to the capacity-reduction test.
 */
export function quotaCoverage(worker: NormalizedWorker): CoverageDecision | undefined {
  const status = worker.protected;
  if (status === undefined) return undefined;
  if (worker.contract === 'AGENCY') {
    if (
      status.category === 'DISABLED' &&
      worker.missionMonths !== undefined &&
      worker.missionMonths >= AGENCY_MISSION_MIN_MONTHS
    ) {
      return { covers: true, quota: 'DISABLED', ruleKey: 'AGENCY_MISSION_12_MONTHS' };
    }
    return {
      covers: false,
      article: 'D.Lgs. 81/2015 art. 34 c.3',
      reason:
        worker.missionMonths === undefined
          ? "protected agency worker(s) cover the user's disability quota only on missions of 12 months or more, not stated here: they do not cover the quota"
          : status.category === 'DISABLED'
            ? `disabled agency worker(s) on a mission of ${worker.missionMonths} months (under ${AGENCY_MISSION_MIN_MONTHS}) do not cover the user's quota`
            : "art. 18 agency worker(s) do not cover the user's quota",
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
  if (status.pensionCategory !== undefined && status.pensionCategory <= INVALID_CATEGORY_COVERS_UP_TO) {
    return { covers: true, quota: 'DISABLED', ruleKey: 'WAR_SERVICE_LABOUR_INVALID_1_TO_6' };
  }
  return status.disabledDuringEmployment
    ? disabledDuringEmployment(status.capacityReductionPercent, status.employerSafetyBreach)
    : alreadyDisabled(status.capacityReductionPercent, status.psychicOrIntellectual);
}

/** Whether DPR 333/2000 art. 3 c.5 makes this part-timer a whole unit at an employer of 15 to 35 (by base). */
export function smallEmployerWholeUnit(worker: NormalizedWorker, nationalBase: number | undefined): boolean {
  const reduction = worker.protected?.capacityReductionPercent;
  return (
    worker.isPartTime &&
    nationalBase !== undefined &&
    nationalBase >= SMALL_EMPLOYER_BASE.from &&
    nationalBase <= SMALL_EMPLOYER_BASE.to &&
    reduction !== undefined &&
    reduction > SMALL_EMPLOYER_WHOLE_UNIT_ABOVE_REDUCTION_PERCENT
  );
}

/**
 * Units one covering worker is worth (DPR 333/2000 art. 3): a part-timer counts as a whole unit when the hours
 * are above 50% of full time, as half a unit at 50% or below; at employers of 15 to 35 (computation base) a
 * part-timer with a capacity reduction above 50% is a whole unit whatever the hours (art. 3 c.5). Unlike the base,
 * there is no pro rata here. Applied to art. 18 workers too: art. 18 c.2 computes that quota "secondo la
 * disciplina" of art. 3 and 4.
 */
export function coverageUnitsPerHead(worker: NormalizedWorker, nationalBase?: number): number {
  if (!worker.isPartTime) return 1;
  if (smallEmployerWholeUnit(worker, nationalBase)) return 1;
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
  WAR_SERVICE_LABOUR_INVALID_1_TO_6: () =>
    `war, service or labour invalid(s) of categories 1 to ${INVALID_CATEGORY_COVERS_UP_TO}, hired outside the lists, cover the disability quota`,
  AGENCY_MISSION_12_MONTHS: () =>
    `disabled agency worker(s) on missions of ${AGENCY_MISSION_MIN_MONTHS} months or more cover the user company's disability quota`,
};

const COVERAGE_ARTICLES: Record<CoverageRuleKey, (quota: QuotaKind) => string> = {
  HIRED_UNDER_L68: (quota) => (quota === 'DISABLED' ? 'L. 68/1999 art. 3 c.1, art. 4 c.1' : 'L. 68/1999 art. 18 c.2'),
  ALREADY_DISABLED: () => EXCLUSION_RULES.ALREADY_DISABLED.article,
  DISABLED_DURING_EMPLOYMENT: () => EXCLUSION_RULES.DISABLED_DURING_EMPLOYMENT.article,
  WAR_SERVICE_LABOUR_INVALID_1_TO_6: () => EXCLUSION_RULES.WAR_SERVICE_LABOUR_INVALID_1_TO_6.article,
  AGENCY_MISSION_12_MONTHS: () => EXCLUSION_RULES.AGENCY_MISSION_12_MONTHS.article,
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

/**
 * Covered units per province and in total, with one explanation sentence per rule applied. `nationalBase` is the
 * employer's computation base, which decides the DPR 333/2000 art. 3 c.5 rule for employers of 15 to 35.
 */
export function tallyCoverage(workers: readonly NormalizedWorker[], nationalBase?: number): CoverageTally {
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
    const unit = coverageUnitsPerHead(worker, nationalBase);
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
    covering.add(
      COVERAGE_ARTICLES[decision.ruleKey](decision.quota),
      COVERAGE_SENTENCES[decision.ruleKey](decision.quota),
      worker.count,
    );
    if (worker.isPartTime) {
      const quotaName = decision.quota === 'DISABLED' ? 'disability' : 'art. 18';
      partTime.add(
        smallEmployerWholeUnit(worker, nationalBase) ? 'DPR 333/2000 art. 3 c.5' : 'DPR 333/2000 art. 3',
        smallEmployerWholeUnit(worker, nationalBase)
          ? `part-timer(s) with capacity reduction above ${SMALL_EMPLOYER_WHOLE_UNIT_ABOVE_REDUCTION_PERCENT}% at an employer of ${SMALL_EMPLOYER_BASE.from} to ${SMALL_EMPLOYER_BASE.to} count as one unit each whatever the hours`
          : unit === 1
            ? `part-timer(s) covering the ${quotaName} quota work more than 50% of full time and count as one unit each`
            : `part-timer(s) covering the ${quotaName} quota work 50% of full time or less and count as half a unit each`,
        worker.count,
      );
    }
  }

  const explanation = [...covering.sentences(), ...partTime.sentences(), ...notCovering.sentences()];
  if (total.disabled > 0 || total.art18 > 0) {
    explanation.push(
      `L. 68/1999 art. 4: covered units: disability quota ${formatUnits(total.disabled)}, art. 18 quota ${formatUnits(total.art18)}`,
    );
  }
  return { byProvince, total, explanation };
}
