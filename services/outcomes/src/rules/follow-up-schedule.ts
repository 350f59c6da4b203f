import { addDays, addMonths, daysBetween } from '@reg/calendar';

/**
 * Post-placement monitoring (monitoraggio post-inserimento): seed 000 insists that "l'accompagnamento
 * post-inserimento riduce il rischio di uscita precoce dal mercato del lavoro" and "contribuisce a stabilizzare il
 * rapporto di lavoro"; seed 001 lists tutoring (tutoraggio) in job accompaniment. The team set the
 * checks at 3, 6 and 12 months from the start: early enough to catch a placement at risk, spread over the first year.
 */
export const FOLLOW_UP_MILESTONES = [3, 6, 12] as const;
export type Milestone = (typeof FOLLOW_UP_MILESTONES)[number];

export const isMilestone = (months: number): months is Milestone =>
  (FOLLOW_UP_MILESTONES as readonly number[]).includes(months);

/** Calendar months from the start, clamped to the month's end: started 31 Aug, the 6-month check is due 28/29 Feb. */
export const followUpDueOn = (startedOn: string, months: Milestone): string => addMonths(startedOn, months);

/**
 * A check not done within this many days of its due date is overdue. The seeds give no window: a month lets the
 * operator reach the person and the employer without flagging every check the day after it falls due.
 */
export const FOLLOW_UP_GRACE_DAYS = 30;

export interface PlacementSchedule {
  startedOn: string;
  endedOn: string | null;
}

export interface DueFollowUp {
  milestoneMonths: Milestone;
  dueOn: string;
  daysOverdue: number;
  status: 'DUE' | 'OVERDUE';
}

/**
 * The checks of a placement due on `on` and not yet recorded. A check that falls after the placement ended is
 * not asked for: the end already answers it (the person no longer works there); it may still be recorded.
 */
export function dueFollowUps(placement: PlacementSchedule, recorded: readonly number[], on: string): DueFollowUp[] {
  return FOLLOW_UP_MILESTONES.flatMap((months) => {
    const dueOn = followUpDueOn(placement.startedOn, months);
    if (dueOn > on || recorded.includes(months)) return [];
    if (placement.endedOn !== null && placement.endedOn < dueOn) return [];
    const daysOverdue = daysBetween(dueOn, on);
    return [
      {
        milestoneMonths: months,
        dueOn,
        daysOverdue,
        status: on > addDays(dueOn, FOLLOW_UP_GRACE_DAYS) ? ('OVERDUE' as const) : ('DUE' as const),
      },
    ];
  });
}
