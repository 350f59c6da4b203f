import { describe, it, expect } from 'vitest';
import { isValidVatNumber, parseEmployerFiscalCode, parseVatNumber, vatCheckDigit } from './vat-number.ts';
import { encodePersonFiscalCode, fiscalCodeCheckCharacter } from './fiscal-code.ts';

/** Completes 10 digits with the computed check digit. */
function complete(first10: string): string {
  return first10 + vatCheckDigit(first10);
}

function wrongCheckDigit(valid: string): string {
  return valid.slice(0, 10) + String((Number(valid.charAt(10)) + 1) % 10);
}

describe('vatCheckDigit', () => {
  it('check digit: Luhn as specified by the Agenzia delle Entrate (odd digits as is, even digits doubled minus 9)', () => {
    // 0 1 1 9 9 2 5 0 1 5: odd positions 0+1+9+5+1 = 16; even 1,9,2,0,5 -> 2+9+4+0+1 = 16; 32 -> 8.
    expect(vatCheckDigit('0119925015')).toBe('8');
    // A total that is already a multiple of 10 gives 0, not 10.
    expect(vatCheckDigit('0000000000')).toBe('0');
    // 1 2 3 4 5 6 7 0 0 1: odd 1+3+5+7+0 = 16; even 2,4,6,0,1 -> 4+8+3+0+2 = 17 (12 -> 3); 33 -> 7.
    expect(vatCheckDigit('1234567001')).toBe('7');
  });

  it('check digit: input must be exactly 10 digits', () => {
    expect(() => vatCheckDigit('123456789')).toThrow(RangeError);
    expect(() => vatCheckDigit('12345678901')).toThrow(RangeError);
    expect(() => vatCheckDigit('12345A7890')).toThrow(RangeError);
  });
});

describe('isValidVatNumber', () => {
  it('accepts identifiers published by public bodies (each verified by the check digit above)', () => {
    expect(isValidVatNumber('01199250158')).toBe(true); // Comune di Milano
    expect(isValidVatNumber('02121151001')).toBe(true); // INPS, partita IVA
    expect(isValidVatNumber('06363391001')).toBe(true); // Agenzia delle Entrate, codice fiscale
  });

  it('accepts numbers completed with our own check digit, for every admissible office code', () => {
    for (const office of ['001', '015', '058', '100', '120', '121', '888', '999']) {
      expect(isValidVatNumber(complete(`1234567${office}`)), office).toBe(true);
    }
  });

  it('check digit: any other final digit is rejected', () => {
    const valid = complete('1234567015');
    for (let d = 0; d <= 9; d++) {
      const candidate = valid.slice(0, 10) + String(d);
      expect(isValidVatNumber(candidate), candidate).toBe(candidate === valid);
    }
    expect(parseVatNumber(wrongCheckDigit('01199250158'))).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it('office code: digits 8-10 must be 001-100, 120, 121, 888 or 999', () => {
    for (const office of ['000', '101', '119', '122', '500', '887', '998']) {
      expect(parseVatNumber(complete(`1234567${office}`)), office).toEqual({ ok: false, reason: 'OFFICE_CODE' });
    }
  });

  it('serial: the first 7 digits cannot all be zero', () => {
    expect(parseVatNumber(complete('0000000015'))).toEqual({ ok: false, reason: 'SERIAL' });
    expect(isValidVatNumber('00000000000')).toBe(false); // Luhn-valid, but no such number
    expect(isValidVatNumber(complete('0000001015'))).toBe(true);
  });

  it('format: exactly 11 digits; surrounding spaces tolerated, IT prefix not', () => {
    expect(parseVatNumber('0119925015')).toEqual({ ok: false, reason: 'LENGTH' });
    expect(parseVatNumber('011992501580')).toEqual({ ok: false, reason: 'LENGTH' });
    expect(parseVatNumber('0119925015A')).toEqual({ ok: false, reason: 'FORMAT' });
    expect(parseVatNumber('IT01199250158')).toEqual({ ok: false, reason: 'LENGTH' });
    expect(parseVatNumber(' 01199250158 ')).toEqual({ ok: true, value: '01199250158' });
  });
});

describe('parseEmployerFiscalCode', () => {
  it('numeric: an 11-digit code of a company or public body', () => {
    expect(parseEmployerFiscalCode('80078750587')).toEqual({ ok: true, kind: 'NUMERIC', code: '80078750587' }); // INPS
    expect(parseEmployerFiscalCode(' 01199250158 ')).toEqual({ ok: true, kind: 'NUMERIC', code: '01199250158' });
  });

  it('numeric: same rules as the partita IVA', () => {
    expect(parseEmployerFiscalCode(wrongCheckDigit('80078750587'))).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    expect(parseEmployerFiscalCode(complete('1234567500'))).toEqual({ ok: false, reason: 'OFFICE_CODE' });
    expect(parseEmployerFiscalCode('8007875058X')).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('personal: a sole trader is identified by a valid 16-character codice fiscale', () => {
    expect(parseEmployerFiscalCode(' rssmra85t10a562s ')).toEqual({
      ok: true,
      kind: 'PERSONAL',
      code: 'RSSMRA85T10A562S',
    });
    const omocode = 'RSSMRA85T10A56N';
    expect(parseEmployerFiscalCode(omocode + fiscalCodeCheckCharacter(omocode))).toMatchObject({
      ok: true,
      kind: 'PERSONAL',
    });
  });

  it('personal: the person-code errors are passed through', () => {
    expect(parseEmployerFiscalCode('RSSMRA85T10A562T')).toEqual({ ok: false, reason: 'CHECK_CHARACTER' });
    expect(parseEmployerFiscalCode('RSSMRA85Z10A562S')).toEqual({ ok: false, reason: 'MONTH' });
    expect(parseEmployerFiscalCode('RSSMRA8AT10A562S')).toEqual({ ok: false, reason: 'FORMAT' });
  });

  it('personal: validity does not depend on the clock (29 February of a year ending in 00)', () => {
    const code = encodePersonFiscalCode({
      familyName: 'Rossi',
      givenName: 'Maria',
      birthDate: '2000-02-29',
      sex: 'F',
      birthPlaceCode: 'F205',
    });
    expect(parseEmployerFiscalCode(code)).toMatchObject({ ok: true, kind: 'PERSONAL' });
  });

  it('length: neither 11 nor 16 characters', () => {
    expect(parseEmployerFiscalCode('')).toEqual({ ok: false, reason: 'LENGTH' });
    expect(parseEmployerFiscalCode('123456789012')).toEqual({ ok: false, reason: 'LENGTH' });
    expect(parseEmployerFiscalCode('RSSMRA85T10A562')).toEqual({ ok: false, reason: 'LENGTH' });
  });
});
