import { isMunicipalityCode } from './provinces.ts';

export type Sex = 'F' | 'M';

export type FiscalCodeError = 'LENGTH' | 'FORMAT' | 'MONTH' | 'DAY' | 'CHECK_CHARACTER';

export interface PersonFiscalCode {
  /** Normalised (trimmed, upper case) code exactly as issued, omocodia letters included. */
  readonly code: string;
  /** ISO YYYY-MM-DD; the century is inferred, see parsePersonFiscalCode. */
  readonly birthDate: string;
  readonly sex: Sex;
  /** Belfiore code with omocodia letters turned back into digits. */
  readonly birthPlaceCode: string;
  readonly omocode: boolean;
}

export type PersonFiscalCodeResult =
  | { readonly ok: true; readonly value: PersonFiscalCode }
  | { readonly ok: false; readonly reason: FiscalCodeError };

export interface PersonData {
  readonly familyName: string;
  readonly givenName: string;
  /** ISO YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: Sex;
  /** Belfiore code of the birth municipality, or Z-code of the foreign state. */
  readonly birthPlaceCode: string;
}

export interface FiscalCodeIdentity {
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  /** Optional: the code's place is compared only when given. */
  readonly birthPlaceCode?: string;
}

// D.M. 23/12/1976, allegato: month letters in calendar order.
const MONTH_LETTERS = 'ABCDEHLMPRST';

// Omocodia replaces digits with these letters, 0 -> L … 9 -> V, in the numeric positions only.
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
const NUMERIC_POSITIONS: readonly number[] = [6, 7, 9, 10, 12, 13, 14];

// Value of A..Z in odd positions (1st, 3rd, … 15th). Digits 0..9 take the values of A..J, and in
// even positions both digits and letters are worth their ordinal (0..9, A=0..Z=25), so one table
// plus an ordinal covers the whole official pair of tables.
const ODD_POSITION_VALUES: readonly number[] = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

// Position 11 is always a letter (the Belfiore initial); the other numeric slots may be omocodic.
const OMO = '[0-9LMNPQRSTUV]';
const CODE_FORMAT = new RegExp(`^[A-Z]{6}${OMO}{2}[A-Z]${OMO}{2}[A-MZ]${OMO}{3}[A-Z]$`);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function ordinal(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** Check character for the first 15 characters (upper case, omocodia letters as they appear). */
export function fiscalCodeCheckCharacter(first15: string): string {
  if (!/^[0-9A-Z]{15}$/.test(first15)) throw new RangeError(`expected 15 upper-case alphanumerics, got "${first15}"`);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const n = ordinal(first15.charAt(i));
    // i is 0-based, so even i is an odd (1-based) position.
    sum += i % 2 === 0 ? (ODD_POSITION_VALUES[n] ?? 0) : n;
  }
  return String.fromCharCode(65 + (sum % 26));
}

function decodeOmocodia(code: string): string {
  const chars = code.split('');
  for (const i of NUMERIC_POSITIONS) {
    const c = chars[i] ?? '';
    const digit = OMOCODIA_LETTERS.indexOf(c);
    if (digit >= 0) chars[i] = String(digit);
  }
  return chars.join('');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function referenceYear(referenceDate: Date | string): number {
  const year =
    typeof referenceDate === 'string' ? Number(ISO_DATE.exec(referenceDate)?.[1]) : referenceDate.getUTCFullYear();
  if (!Number.isInteger(year)) throw new RangeError(`invalid reference date: ${String(referenceDate)}`);
  return year;
}

/** Two-digit years are ambiguous; the code cannot tell a centenarian from a newborn, so we pick the latest century not in the future. */
function resolveYear(yy: number, refYear: number): number {
  return 2000 + yy <= refYear ? 2000 + yy : 1900 + yy;
}

/**
 * Parses a personal codice fiscale (D.M. 23/12/1976; DPR 605/1973).
 * Accepts lower case, surrounding spaces and omocodia. The century of the birth year is resolved
 * against `referenceDate` (ISO string or Date; defaults to now): yy means 20yy unless that is after
 * the reference year. Errors are reported in the order LENGTH, FORMAT, MONTH, DAY, CHECK_CHARACTER,
 * so the most specific structural problem wins over a (then inevitable) check-character mismatch.
 */
export function parsePersonFiscalCode(code: string, referenceDate: Date | string = new Date()): PersonFiscalCodeResult {
  const normalised = code.trim().toUpperCase();
  if (normalised.length !== 16) return { ok: false, reason: 'LENGTH' };
  if (!CODE_FORMAT.test(normalised)) return { ok: false, reason: 'FORMAT' };

  const decoded = decodeOmocodia(normalised);
  const month = MONTH_LETTERS.indexOf(decoded.charAt(8)) + 1;
  if (month === 0) return { ok: false, reason: 'MONTH' };

  const year = resolveYear(Number(decoded.slice(6, 8)), referenceYear(referenceDate));
  const dayField = Number(decoded.slice(9, 11));
  const sex: Sex = dayField > 40 ? 'F' : 'M';
  const day = sex === 'F' ? dayField - 40 : dayField;
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'DAY' };

  if (fiscalCodeCheckCharacter(normalised.slice(0, 15)) !== normalised.charAt(15)) {
    return { ok: false, reason: 'CHECK_CHARACTER' };
  }
  return {
    ok: true,
    value: {
      code: normalised,
      birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
      sex,
      birthPlaceCode: decoded.slice(11, 15),
      omocode: normalised !== decoded,
    },
  };
}

/** Letters A-Z only: accents are folded (È -> E), apostrophes, spaces and anything else dropped. */
function plainLetters(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function consonantsAndVowels(name: string): { consonants: string; vowels: string } {
  const letters = plainLetters(name);
  return { consonants: letters.replace(/[AEIOU]/g, ''), vowels: letters.replace(/[^AEIOU]/g, '') };
}

/** Surname triplet: consonants, then vowels, then X padding. */
export function familyNameTriplet(familyName: string): string {
  const { consonants, vowels } = consonantsAndVowels(familyName);
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** Given-name triplet: as the surname, except that 4+ consonants give the 1st, 3rd and 4th. */
export function givenNameTriplet(givenName: string): string {
  const { consonants, vowels } = consonantsAndVowels(givenName);
  if (consonants.length >= 4) return `${consonants.charAt(0)}${consonants.charAt(2)}${consonants.charAt(3)}`;
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * The theoretical code for a person (no omocodia: only the Agenzia delle Entrate can assign those).
 * Throws RangeError on an impossible date or a malformed Belfiore code, since a generator must not
 * silently emit codes that its own parser rejects.
 */
export function encodePersonFiscalCode(p: PersonData): string {
  const date = parseIsoDate(p.birthDate);
  if (!date) throw new RangeError(`invalid birth date: "${p.birthDate}"`);
  const place = p.birthPlaceCode.trim().toUpperCase();
  if (!isMunicipalityCode(place)) throw new RangeError(`invalid Belfiore code: "${p.birthPlaceCode}"`);

  const first15 =
    familyNameTriplet(p.familyName) +
    givenNameTriplet(p.givenName) +
    pad2(date.year % 100) +
    MONTH_LETTERS.charAt(date.month - 1) +
    pad2(p.sex === 'F' ? date.day + 40 : date.day) +
    place;
  return first15 + fiscalCodeCheckCharacter(first15);
}

/**
 * Whether a (valid) code agrees with the given identity: name triplets, birth date, sex and, if
 * provided, birth place. Omocodia is tolerated because only the numeric positions change.
 * A mismatch is not proof of a wrong code: the code the Agenzia issued is authoritative even when
 * it differs from the theoretical one (old transcription errors, foreign names).
 */
export function fiscalCodeMatches(code: string, identity: FiscalCodeIdentity): boolean {
  if (!parseIsoDate(identity.birthDate)) return false;
  // With the claimed birth date as reference, the code's two-digit year resolves to the claimed
  // century whenever the years agree, so no clock is involved.
  const parsed = parsePersonFiscalCode(code, identity.birthDate);
  if (!parsed.ok) return false;
  const v = parsed.value;
  return (
    v.code.slice(0, 3) === familyNameTriplet(identity.familyName) &&
    v.code.slice(3, 6) === givenNameTriplet(identity.givenName) &&
    v.birthDate === identity.birthDate &&
    v.sex === identity.sex &&
    (identity.birthPlaceCode === undefined || v.birthPlaceCode === identity.birthPlaceCode.trim().toUpperCase())
  );
}
