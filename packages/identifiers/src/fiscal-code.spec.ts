import { describe, it, expect } from 'vitest';
import {
  encodePersonFiscalCode,
  familyNameTriplet,
  fiscalCodeCheckCharacter,
  fiscalCodeMatches,
  givenNameTriplet,
  parsePersonFiscalCode,
} from './fiscal-code.ts';
import type { PersonData } from './fiscal-code.ts';

const REF = '2025-06-30';

// Agenzia delle Entrate's sample: Mario Rossi, male, born 10/12/1985 in A562.
const MARIO: PersonData = {
  familyName: 'Rossi',
  givenName: 'Mario',
  birthDate: '1985-12-10',
  sex: 'M',
  birthPlaceCode: 'A562',
};
const MARIO_CODE = 'RSSMRA85T10A562S';

/** Replaces the characters at the given indices and recomputes the check character. */
function withChars(code: string, changes: Record<number, string>): string {
  const chars = code.slice(0, 15).split('');
  for (const [i, c] of Object.entries(changes)) chars[Number(i)] = c;
  const first15 = chars.join('');
  return first15 + fiscalCodeCheckCharacter(first15);
}

function reason(code: string, ref: string = REF): string | undefined {
  const r = parsePersonFiscalCode(code, ref);
  return r.ok ? undefined : r.reason;
}

describe('check character', () => {
  it('check character: odd/even tables of D.M. 23/12/1976', () => {
    // Odd positions R,S,R,8,T,0,5,2 -> 8+12+8+19+14+1+13+5 = 80; even S,M,A,5,1,A,6 -> 18+12+0+5+1+0+6 = 42;
    // 122 mod 26 = 18 -> 'S'.
    expect(fiscalCodeCheckCharacter('RSSMRA85T10A562')).toBe('S');
    expect(encodePersonFiscalCode(MARIO)).toBe(MARIO_CODE);
  });

  it('check character: every single-character substitution is detected', () => {
    for (let i = 0; i < 15; i++) {
      const original = MARIO_CODE.charAt(i);
      const replacement = /[0-9]/.test(original) ? String((Number(original) + 1) % 10) : original === 'A' ? 'B' : 'A';
      const tampered = MARIO_CODE.slice(0, i) + replacement + MARIO_CODE.slice(i + 1);
      expect(parsePersonFiscalCode(tampered, REF).ok, `position ${i}`).toBe(false);
    }
  });

  it('check character: a wrong final letter is CHECK_CHARACTER', () => {
    expect(reason('RSSMRA85T10A562T')).toBe('CHECK_CHARACTER');
  });
});

describe('parsePersonFiscalCode', () => {
  it('decodes birth date, sex and birth place of the Agenzia sample', () => {
    expect(parsePersonFiscalCode(MARIO_CODE, REF)).toEqual({
      ok: true,
      value: { code: MARIO_CODE, birthDate: '1985-12-10', sex: 'M', birthPlaceCode: 'A562', omocode: false },
    });
  });

  it('normalisation: lower case and surrounding spaces are accepted, the code comes back upper case', () => {
    const r = parsePersonFiscalCode('  rssmra85t10a562s\t', REF);
    expect(r.ok && r.value.code).toBe(MARIO_CODE);
  });

  it('LENGTH: anything but 16 characters after trimming', () => {
    expect(reason('RSSMRA85T10A562')).toBe('LENGTH');
    expect(reason('RSSMRA85T10A562SX')).toBe('LENGTH');
    expect(reason('')).toBe('LENGTH');
    expect(reason('RSSMRA 85T10A562S')).toBe('LENGTH');
  });

  it('FORMAT: letters and digits must sit in their slots', () => {
    expect(reason('R5SMRA85T10A562S')).toBe('FORMAT'); // digit in the surname triplet
    expect(reason('RSSMRA85T10A56AS')).toBe('FORMAT'); // A is not an omocodia letter
    expect(reason('RSSMRA85T10256AS')).toBe('FORMAT'); // place must start with a letter
    expect(reason('RSSMRA85T10N562S')).toBe('FORMAT'); // Belfiore initials are A-M or Z
    expect(reason('RSSMRA85T10A5625')).toBe('FORMAT'); // check character must be a letter
    expect(reason('RSSMRA85T10A562-')).toBe('FORMAT');
  });

  it('MONTH: only the letters ABCDEHLMPRST are months', () => {
    for (const letter of 'FGIJKNOQUVWXYZ') {
      expect(reason(withChars(MARIO_CODE, { 8: letter })), letter).toBe('MONTH');
    }
    const months = 'ABCDEHLMPRST'.split('').map((letter) => {
      const r = parsePersonFiscalCode(withChars(MARIO_CODE, { 8: letter }), REF);
      return r.ok ? r.value.birthDate.slice(5, 7) : letter;
    });
    expect(months).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  });

  it('DAY: impossible calendar dates are rejected (31 Feb, 31 Apr, 00, 32-40, 72+)', () => {
    expect(reason(withChars(MARIO_CODE, { 8: 'B', 9: '3', 10: '1' }))).toBe('DAY'); // 31 February
    expect(reason(withChars(MARIO_CODE, { 8: 'B', 9: '7', 10: '0' }))).toBe('DAY'); // 30 February, female
    expect(reason(withChars(MARIO_CODE, { 8: 'D', 9: '3', 10: '1' }))).toBe('DAY'); // 31 April
    expect(reason(withChars(MARIO_CODE, { 9: '0', 10: '0' }))).toBe('DAY');
    expect(reason(withChars(MARIO_CODE, { 9: '3', 10: '2' }))).toBe('DAY');
    expect(reason(withChars(MARIO_CODE, { 9: '4', 10: '0' }))).toBe('DAY');
    expect(reason(withChars(MARIO_CODE, { 9: '7', 10: '2' }))).toBe('DAY');
    expect(reason(withChars(MARIO_CODE, { 9: '9', 10: '9' }))).toBe('DAY');
    expect(reason(withChars(MARIO_CODE, { 9: '3', 10: '1' }))).toBeUndefined(); // 31 December
    expect(reason(withChars(MARIO_CODE, { 9: '7', 10: '1' }))).toBeUndefined(); // 31 December, female
  });

  it('DAY: 29 February only in leap years, with the century taken into account', () => {
    const feb29 = (yy: string): string =>
      withChars(MARIO_CODE, { 6: yy.charAt(0), 7: yy.charAt(1), 8: 'B', 9: '2', 10: '9' });
    expect(reason(feb29('84'))).toBeUndefined();
    expect(reason(feb29('85'))).toBe('DAY');
    expect(reason(feb29('00'), '2025-01-01')).toBeUndefined(); // 2000 was leap
    expect(reason(feb29('00'), '1999-12-31')).toBe('DAY'); // 1900 was not
  });

  it('women: day + 40 means female, the real day is recovered', () => {
    const maria = encodePersonFiscalCode({ ...MARIO, givenName: 'Maria', sex: 'F' });
    expect(maria.slice(9, 11)).toBe('50');
    const r = parsePersonFiscalCode(maria, REF);
    expect(r.ok && r.value).toMatchObject({ birthDate: '1985-12-10', sex: 'F' });
    const first = parsePersonFiscalCode(encodePersonFiscalCode({ ...MARIO, birthDate: '1990-03-01', sex: 'F' }), REF);
    expect(first.ok && first.value.code.slice(9, 11)).toBe('41');
  });

  it('century: yy is 20yy unless that is after the reference year, else 19yy', () => {
    const withYear = (yy: string): string => withChars(MARIO_CODE, { 6: yy.charAt(0), 7: yy.charAt(1) });
    const birthYear = (yy: string, ref: Date | string): string | false => {
      const r = parsePersonFiscalCode(withYear(yy), ref);
      return r.ok && r.value.birthDate.slice(0, 4);
    };
    expect(birthYear('85', '2025-06-30')).toBe('1985');
    expect(birthYear('05', '2025-06-30')).toBe('2005');
    expect(birthYear('25', '2025-01-01')).toBe('2025');
    expect(birthYear('26', '2025-12-31')).toBe('1926');
    expect(birthYear('00', '1999-06-30')).toBe('1900');
    expect(birthYear('26', new Date(Date.UTC(2026, 5, 1)))).toBe('2026');
  });

  it('century: an unusable reference date is a programming error', () => {
    expect(() => parsePersonFiscalCode(MARIO_CODE, 'yesterday')).toThrow(RangeError);
    expect(() => parsePersonFiscalCode(MARIO_CODE, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('omocodia', () => {
  it('omocodia: the last numeric position substituted first (2 -> N) decodes to the same data', () => {
    const code = withChars(MARIO_CODE, { 14: 'N' });
    expect(code.slice(0, 15)).toBe('RSSMRA85T10A56N');
    expect(parsePersonFiscalCode(code, REF)).toEqual({
      ok: true,
      value: { code, birthDate: '1985-12-10', sex: 'M', birthPlaceCode: 'A562', omocode: true },
    });
  });

  it('omocodia: all seven numeric positions substituted (LMNPQRSTUV for 0-9)', () => {
    // 8,5 | 1,0 | 5,6,2 -> U,R | M,L | R,S,N
    const code = withChars(MARIO_CODE, { 6: 'U', 7: 'R', 9: 'M', 10: 'L', 12: 'R', 13: 'S', 14: 'N' });
    expect(code.slice(0, 15)).toBe('RSSMRAURTMLARSN');
    const r = parsePersonFiscalCode(code.toLowerCase(), REF);
    expect(r.ok && r.value).toEqual({ code, birthDate: '1985-12-10', sex: 'M', birthPlaceCode: 'A562', omocode: true });
  });

  it('omocodia: substituted letters still have to form a valid date', () => {
    expect(reason(withChars(MARIO_CODE, { 9: 'P', 10: 'N' }))).toBe('DAY'); // 32
    expect(reason(withChars(MARIO_CODE, { 9: 'R', 10: 'M' }))).toBeUndefined(); // 51 = female, 11th
  });

  it('omocodia: the check character is computed on the letters, not on the decoded digits', () => {
    const omocode = withChars(MARIO_CODE, { 14: 'N' });
    const decodedCheck = MARIO_CODE.charAt(15);
    expect(omocode.charAt(15)).not.toBe(decodedCheck);
    expect(reason(omocode.slice(0, 15) + decodedCheck)).toBe('CHECK_CHARACTER');
  });
});

describe('name triplets', () => {
  it('surname: consonants, then vowels, then X', () => {
    expect(familyNameTriplet('Rossi')).toBe('RSS');
    expect(familyNameTriplet('Bianchi')).toBe('BNC');
    expect(familyNameTriplet('Masi')).toBe('MSA');
    expect(familyNameTriplet('Fo')).toBe('FOX');
    expect(familyNameTriplet('Hu')).toBe('HUX');
    expect(familyNameTriplet('Oe')).toBe('OEX');
    expect(familyNameTriplet('Bo')).toBe('BOX');
  });

  it('given name: 4 or more consonants take the 1st, 3rd and 4th', () => {
    expect(givenNameTriplet('Gianfranco')).toBe('GFR'); // G N F R N C
    expect(givenNameTriplet('Alberto')).toBe('LRT'); // L B R T -> 1st, 3rd, 4th
    expect(givenNameTriplet('Mario')).toBe('MRA');
    expect(givenNameTriplet('Luca')).toBe('LCU');
    expect(givenNameTriplet('Eva')).toBe('VEA');
    expect(givenNameTriplet('Ugo')).toBe('GUO');
    expect(givenNameTriplet('Al')).toBe('LAX');
  });

  it('surname: 4 or more consonants simply take the first three', () => {
    expect(familyNameTriplet('Bernardi')).toBe('BRN');
  });

  it('names: accents folded, apostrophes and spaces dropped, compound names joined', () => {
    expect(familyNameTriplet("D'Angelo")).toBe('DNG');
    expect(familyNameTriplet('De Luca')).toBe('DLC');
    expect(familyNameTriplet('Dell’Acqua')).toBe('DLL');
    expect(givenNameTriplet('Nicolò')).toBe('NCL');
    expect(givenNameTriplet('Anna Maria')).toBe('NMR'); // N N M R -> 1st, 3rd, 4th
    expect(givenNameTriplet('  josé  ')).toBe('JSO');
    expect(familyNameTriplet('Çelik')).toBe('CLK');
  });
});

describe('encodePersonFiscalCode', () => {
  it('month letters ABCDEHLMPRST and zero-padded year and day', () => {
    const code = encodePersonFiscalCode({
      familyName: 'Verdi',
      givenName: 'Giuseppe',
      birthDate: '2003-06-05',
      sex: 'M',
      birthPlaceCode: 'F205',
    });
    expect(code.slice(0, 15)).toBe('VRDGPP03H05F205');
  });

  it('round trip: encode -> parse returns the same birth date, sex and place', () => {
    const people: PersonData[] = [
      MARIO,
      { familyName: 'Esposito', givenName: 'Anna', birthDate: '1970-02-28', sex: 'F', birthPlaceCode: 'F839' },
      { familyName: 'Bianchi', givenName: 'Gianfranco', birthDate: '2000-02-29', sex: 'M', birthPlaceCode: 'A794' },
      { familyName: 'Russo', givenName: 'Chiara', birthDate: '1999-07-31', sex: 'F', birthPlaceCode: 'L682' },
      { familyName: 'Ng', givenName: 'Li', birthDate: '2010-01-01', sex: 'F', birthPlaceCode: 'Z210' },
      { familyName: "Dell'Orto", givenName: 'Niccolò', birthDate: '1956-11-09', sex: 'M', birthPlaceCode: 'e507' },
    ];
    for (const p of people) {
      const code = encodePersonFiscalCode(p);
      const r = parsePersonFiscalCode(code, REF);
      expect(r, code).toEqual({
        ok: true,
        value: {
          code,
          birthDate: p.birthDate,
          sex: p.sex,
          birthPlaceCode: p.birthPlaceCode.toUpperCase(),
          omocode: false,
        },
      });
      expect(fiscalCodeMatches(code, p)).toBe(true);
    }
  });

  it('rejects impossible dates and malformed Belfiore codes instead of emitting a bad code', () => {
    expect(() => encodePersonFiscalCode({ ...MARIO, birthDate: '1985-02-29' })).toThrow(RangeError);
    expect(() => encodePersonFiscalCode({ ...MARIO, birthDate: '1985-13-01' })).toThrow(RangeError);
    expect(() => encodePersonFiscalCode({ ...MARIO, birthDate: '10/12/1985' })).toThrow(RangeError);
    expect(() => encodePersonFiscalCode({ ...MARIO, birthPlaceCode: 'N562' })).toThrow(RangeError);
    expect(() => encodePersonFiscalCode({ ...MARIO, birthPlaceCode: 'A56' })).toThrow(RangeError);
  });
});

describe('fiscalCodeMatches', () => {
  it('agrees with the person the code was computed for, whatever the century', () => {
    expect(fiscalCodeMatches(MARIO_CODE, MARIO)).toBe(true);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, birthPlaceCode: undefined })).toBe(true);
    const old = { ...MARIO, birthDate: '1905-12-10' };
    expect(fiscalCodeMatches(encodePersonFiscalCode(old), old)).toBe(true);
    const young = { ...MARIO, birthDate: '2005-12-10' };
    expect(fiscalCodeMatches(encodePersonFiscalCode(young), young)).toBe(true);
  });

  it('tolerates omocodia and input normalisation', () => {
    const omocode = withChars(MARIO_CODE, { 6: 'U', 14: 'N' });
    expect(fiscalCodeMatches(` ${omocode.toLowerCase()} `, { ...MARIO, familyName: 'ROSSI', givenName: 'mario' })).toBe(
      true,
    );
  });

  it('detects a different name, birth date, sex or birth place', () => {
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, familyName: 'Bianchi' })).toBe(false);
    // Same triplet, so indistinguishable by design: Russo -> RSS like Rossi.
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, familyName: 'Russo' })).toBe(true);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, givenName: 'Marco' })).toBe(false);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, birthDate: '1985-12-11' })).toBe(false);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, birthDate: '1885-12-10' })).toBe(false);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, sex: 'F' })).toBe(false);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, birthPlaceCode: 'F205' })).toBe(false);
  });

  it('is false for an invalid code or an invalid claimed date', () => {
    expect(fiscalCodeMatches('RSSMRA85T10A562T', MARIO)).toBe(false);
    expect(fiscalCodeMatches(MARIO_CODE, { ...MARIO, birthDate: 'not a date' })).toBe(false);
  });
});
