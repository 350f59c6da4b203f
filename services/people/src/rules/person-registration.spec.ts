import { encodePersonFiscalCode } from '@reg/identifiers';
import { describe, expect, it } from 'vitest';
import { personRegistrationProblems } from './person-registration.ts';

const valid = {
  fiscalCode: encodePersonFiscalCode({
    givenName: 'Mario',
    familyName: 'Rossi',
    birthDate: '1985-12-10',
    sex: 'M',
    birthPlaceCode: 'A562',
  }),
  givenName: 'Mario',
  familyName: 'Rossi',
  birthDate: '1985-12-10',
  sex: 'M' as const,
  residenceProvince: 'MI',
  residenceMunicipality: 'F205',
};
const fields = (input: typeof valid & { email?: string }) =>
  personRegistrationProblems(input, '2026-11-23').map((p) => p.field);

describe('person registration', () => {
  it('D.M. 23/12/1976: the Agenzia delle Entrate sample RSSMRA85T10A562S is valid for Mario Rossi, 10/12/1985', () => {
    expect(valid.fiscalCode).toBe('RSSMRA85T10A562S');
    expect(fields(valid)).toEqual([]);
  });

  it('D.M. 23/12/1976: a wrong check character is refused', () => {
    expect(fields({ ...valid, fiscalCode: 'RSSMRA85T10A562T' })).toEqual(['fiscalCode']);
  });

  it('the code must agree with the name, birth date and sex given', () => {
    expect(fields({ ...valid, givenName: 'Luigi' })).toEqual(['fiscalCode']);
    expect(fields({ ...valid, birthDate: '1985-12-11' })).toEqual(['fiscalCode']);
    expect(fields({ ...valid, sex: 'F' as never })).toEqual(['fiscalCode']);
  });

  it('province, municipality, e-mail and birth date are checked', () => {
    expect(fields({ ...valid, residenceProvince: 'XX' })).toEqual(['residenceProvince']);
    expect(fields({ ...valid, residenceMunicipality: 'Milano' })).toEqual(['residenceMunicipality']);
    expect(fields({ ...valid, email: 'not-an-address' })).toEqual(['email']);
  });
});
