/**
 * Hires recorded in the outcomes subgraph (Placement with countsTowardQuota), as the facts the obligation status
 * needs: when they started and ended, where, and how many quota units they cover. No person is named here.
 */
export interface QuotaHireFact {
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly weeklyHours: number | null;
  /** The contract's own full-time week; outcomes requires it with part-time hours. */
  readonly fullTimeWeeklyHours?: number | null;
  /** The vacancy it filled, when recorded: the vacancy's province places the hire. */
  readonly vacancyId: string | null;
}

export interface QuotaHire {
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly province: string;
  /** 1, or 0.5 for a part-timer at 50% of full time or less. */
  readonly units: number;
}

/** D.Lgs. 66/2003 art. 3 c.1: the normal working week is 40 hours; collective agreements may only shorten it. */
export const LEGAL_FULL_TIME_WEEKLY_HOURS = 40;

/**
 * DOMAIN.md ("Who covers the quota"), DPR 333/2000 art. 3: a disabled part-timer counts as one unit when the hours
 * are above 50% of the contract's own full time (36, 38, 40...), as half otherwise. A part-time hire recorded
 * before outcomes asked for the full time counts whole only when it is above half of any lawful full time.
 */
export function hireUnits(weeklyHours: number | null, fullTimeWeeklyHours: number | null = null): number {
  if (weeklyHours === null) return 1;
  // 2h > full time rather than h / ft > 0.5, so that exactly half (19/38) never drifts.
  return weeklyHours * 2 > (fullTimeWeeklyHours ?? LEGAL_FULL_TIME_WEEKLY_HOURS) ? 1 : 0.5;
}

/**
 * Places each hire in a province: the province of the vacancy it filled, else the registered office (the
 * outcomes subgraph records no workplace for a hire made without a vacancy).
 */
export function placeHires(
  facts: readonly QuotaHireFact[],
  vacancyProvince: ReadonlyMap<string, string>,
  registeredOffice: string,
): QuotaHire[] {
  return facts.map((f) => ({
    startedOn: f.startedOn,
    endedOn: f.endedOn,
    province: (f.vacancyId ? vacancyProvince.get(f.vacancyId) : undefined) ?? registeredOffice,
    units: hireUnits(f.weeklyHours, f.fullTimeWeeklyHours ?? null),
  }));
}
