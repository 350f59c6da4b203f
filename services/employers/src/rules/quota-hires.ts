/**
 * Hires recorded in the outcomes subgraph (Placement with countsTowardQuota), as the facts the obligation status
 * needs: when they started and ended, where, and how many quota units they cover. No person is named here.
 */
export interface QuotaHireFact {
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly weeklyHours: number | null;
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

/** Placements carry no full-time reference; the calculator's default (40 hours a week) applies. */
const FULL_TIME_WEEKLY_HOURS = 40;

/** DOMAIN.md ("Who covers the quota"): a disabled part-timer counts as one unit above 50% of full time, as half otherwise. */
export function hireUnits(weeklyHours: number | null): number {
  if (weeklyHours === null) return 1;
  return weeklyHours / FULL_TIME_WEEKLY_HOURS > 0.5 ? 1 : 0.5;
}

/**
 * Places each hire in a province: the province of the vacancy it filled, else the registered office (the
 * outcomes subgraph records no workplace for a hire made without a vacancy).
 */
export function placeHires(facts: readonly QuotaHireFact[], vacancyProvince: ReadonlyMap<string, string>, registeredOffice: string): QuotaHire[] {
  return facts.map((f) => ({
    startedOn: f.startedOn,
    endedOn: f.endedOn,
    province: (f.vacancyId ? vacancyProvince.get(f.vacancyId) : undefined) ?? registeredOffice,
    units: hireUnits(f.weeklyHours),
  }));
}
