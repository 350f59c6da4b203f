import { parsePersonFiscalCode } from './fiscal-code.ts';
import type { FiscalCodeError } from './fiscal-code.ts';

export type VatNumberError = 'LENGTH' | 'FORMAT' | 'SERIAL' | 'OFFICE_CODE' | 'CHECK_DIGIT';

export type VatNumberResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: VatNumberError };

export type EmployerFiscalCodeError = VatNumberError | FiscalCodeError;

export type EmployerFiscalCodeResult =
  | { readonly ok: true; readonly kind: 'NUMERIC' | 'PERSONAL'; readonly code: string }
  | { readonly ok: false; readonly reason: EmployerFiscalCodeError };

/**
 * Check digit of an 11-digit partita IVA / numeric codice fiscale (Luhn, as specified by the
 * Agenzia delle Entrate): digits in odd positions count as they are, digits in even positions are
 * doubled and reduced by 9 when above 9; the check digit brings the total to a multiple of 10.
 */
export function vatCheckDigit(first10: string): string {
  if (!/^[0-9]{10}$/.test(first10)) throw new RangeError(`expected 10 digits, got "${first10}"`);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = first10.charCodeAt(i) - 48;
    // 0-based odd index = 1-based even position.
    const doubled = d * 2;
    sum += i % 2 === 0 ? d : doubled > 9 ? doubled - 9 : doubled;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * Digits 8-10 identify the issuing office. The Agenzia's own checker (Sogei "UCheckNum") accepts
 * 001-100, 120, 121, 888 and 999 for VAT numbers and non-natural-person codes; other ranges belong
 * to provisional codes of natural persons.
 */
function isOfficeCode(office: number): boolean {
  return (office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999;
}

/**
 * Validates a partita IVA (11 digits, no 'IT' prefix: that is the VIES form, strip it upstream).
 * Surrounding spaces are tolerated.
 */
export function parseVatNumber(v: string): VatNumberResult {
  const s = v.trim();
  if (s.length !== 11) return { ok: false, reason: 'LENGTH' };
  if (!/^[0-9]{11}$/.test(s)) return { ok: false, reason: 'FORMAT' };
  if (s.startsWith('0000000')) return { ok: false, reason: 'SERIAL' };
  if (!isOfficeCode(Number(s.slice(7, 10)))) return { ok: false, reason: 'OFFICE_CODE' };
  if (vatCheckDigit(s.slice(0, 10)) !== s.charAt(10)) return { ok: false, reason: 'CHECK_DIGIT' };
  return { ok: true, value: s };
}

export function isValidVatNumber(v: string): boolean {
  return parseVatNumber(v).ok;
}

// A personal code's validity depends on the century only for 29 February of a year ending in 00;
// 2000 was a leap year, so resolving every two-digit year to 20yy is the lenient, clock-free choice.
const CENTURY_AGNOSTIC_REFERENCE = '2099-12-31';

/**
 * An employer is identified by an 11-digit numeric codice fiscale (companies, public bodies,
 * associations; same structure and check digit as the partita IVA, which for companies it often
 * equals) or, for sole traders, by the owner's 16-character personal codice fiscale.
 */
export function parseEmployerFiscalCode(code: string): EmployerFiscalCodeResult {
  const s = code.trim().toUpperCase();
  if (s.length === 11) {
    const numeric = parseVatNumber(s);
    return numeric.ok ? { ok: true, kind: 'NUMERIC', code: numeric.value } : numeric;
  }
  if (s.length === 16) {
    const personal = parsePersonFiscalCode(s, CENTURY_AGNOSTIC_REFERENCE);
    return personal.ok ? { ok: true, kind: 'PERSONAL', code: personal.value.code } : personal;
  }
  return { ok: false, reason: 'LENGTH' };
}
