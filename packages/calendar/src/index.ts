/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) as plain integers (days since 1970-01-01), so no time zone,
 * daylight saving or clock ever shifts a deadline; and the one "today" of the graph, in Europe/Rome.
 * Every subgraph, the demo data and the tests use this module: dates computed in two places must agree.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days since 1970-01-01 from a civil date and back (H. Hinnant, "chrono-compatible low-level date algorithms"):
// integer arithmetic, several times faster than Date objects over a large region's millions of steps.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Whether the text is a real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && fromDays(daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]))) === text;
}

/** Days since 1970-01-01. */
export function toDays(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`invalid ISO date: "${iso}"`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function fromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function addDays(date: string, days: number): string {
  return fromDays(toDays(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: string): number {
  return (((toDays(date) + 4) % 7) + 7) % 7;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, monthLength(year, month)), 2)}`;
}

/** The same day `years` earlier or later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Completed years of age on `on` for someone born on `birthDate` (born 29 February: a year older on 1 March). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** 31 December of the year: the situation date of a yearly workforce report. */
export const yearEnd = (year: number): string => `${year}-12-31`;

const romeDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let lastMinute = Number.NaN;
let lastDay = '';

/**
 * Today in the Region's time zone, as YYYY-MM-DD: the dates of services, reports and deadlines are Italian
 * calendar dates, so between 22:00 and 24:00 UTC "today" is already tomorrow's UTC date. The only clock of
 * the graph: rules take the day as an argument and never read it themselves.
 */
export function todayInRome(now: Date = new Date()): string {
  // Formatting in a time zone costs microseconds and a subgraph asks it per entity: remembered for the minute, which
  // is exact since Rome's offset from UTC is a whole number of hours (the day changes only on a minute's start).
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = romeDate.format(now);
    lastMinute = minute;
  }
  return lastDay;
}
