import { addDays, daysBetween, weekday } from '@reg/calendar';

/**
 * Working days (giorni lavorativi) for the L. 68/1999 daily sanctions and contributions: Monday to Friday,
 * except the Italian national holidays (L. 260/1949 as amended by L. 54/1977, DPR 792/1985, L. 336/2000).
 * Patron saints' days are local and left out: one national calendar for the whole graph.
 */

/** Fixed national holidays, MM-DD. */
const FIXED_HOLIDAYS = [
  '01-01', // Capodanno
  '01-06', // Epifania
  '04-25', // Festa della Liberazione
  '05-01', // Festa del Lavoro
  '06-02', // Festa della Repubblica
  '08-15', // Ferragosto
  '11-01', // Ognissanti
  '12-08', // Immacolata Concezione
  '12-25', // Natale
  '12-26', // Santo Stefano
] as const;

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The national holidays of a year, sorted: the fixed ones and Easter Monday (Lunedì dell'Angelo). */
export function nationalHolidays(year: number): string[] {
  return [...FIXED_HOLIDAYS.map((md) => `${year}-${md}`), addDays(easterSunday(year), 1)].sort();
}

const holidayCache = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(nationalHolidays(year));
    holidayCache.set(year, set);
  }
  return set;
}

export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string): number {
  const span = daysBetween(from, to);
  let count = 0;
  for (let i = 0; i <= span; i++) if (isWorkingDay(addDays(from, i))) count++;
  return count;
}
