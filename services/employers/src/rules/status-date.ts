import { addDays } from '@reg/calendar';

/** How far ahead a status may be projected: bounds the days one request walks. */
export const MAX_STATUS_YEARS_AHEAD = 10;

/** Why a status date is refused, or null. A projection is allowed (what will be owed by then), within bounds. */
export function statusDateProblem(on: string, today: string): string | null {
  const limit = addDays(today, MAX_STATUS_YEARS_AHEAD * 366);
  return on > limit
    ? `a status is projected at most ${MAX_STATUS_YEARS_AHEAD} years ahead (to ${limit}), asked ${on}`
    : null;
}
