import { describe, expect, it } from 'vitest';
import {
  employerRegistrationProblems,
  isAtecoCode,
  normaliseRegistration,
  type EmployerRegistration,
} from './employer-registration.ts';

const valid: EmployerRegistration = {
  name: 'Officine Brambilla S.r.l.',
  fiscalCode: '12345670017',
  kind: 'PRIVATE',
  atecoCode: '62.01.00',
  province: 'MI',
  sites: [{ name: 'Sede', province: 'MI', municipality: 'F205', address: 'Via Roma 1' }],
};

const fields = (input: EmployerRegistration) => employerRegistrationProblems(input).map((p) => p.field);

describe('employer registration', () => {
  it('a complete registration has no problems', () => {
    expect(employerRegistrationProblems(valid)).toEqual([]);
  });

  it("a sole trader registers with the owner's 16-character fiscal code", () => {
    expect(fields({ ...valid, fiscalCode: 'RSSMRA80A01F205X' })).toEqual([]);
  });

  it('fiscal code: 11 digits with the Agenzia delle Entrate check digit', () => {
    expect(employerRegistrationProblems({ ...valid, fiscalCode: '12345670018' })).toEqual([
      { field: 'fiscalCode', message: 'Fiscal code fails its check digit' },
    ]);
    expect(fields({ ...valid, fiscalCode: '1234567001' })).toEqual(['fiscalCode']);
    expect(fields({ ...valid, fiscalCode: 'RSSMRA80A01F205Y' })).toEqual(['fiscalCode']);
  });

  it('a public employer cannot have a personal fiscal code', () => {
    expect(fields({ ...valid, kind: 'PUBLIC', fiscalCode: 'RSSMRA80A01F205X' })).toEqual(['fiscalCode']);
  });

  it('ATECO 2007: division, group, class, category, subcategory; no section letter', () => {
    for (const code of ['62', '01.1', '62.01', '62.01.0', '62.01.00']) expect(isAtecoCode(code)).toBe(true);
    for (const code of ['J62.01', 'J', '6201', '62.001', '62.0.1', '62.01.000', '62,01', ' 62.01'])
      expect(isAtecoCode(code)).toBe(false);
    expect(fields({ ...valid, atecoCode: 'J62.01' })).toEqual(['atecoCode']);
  });

  it('name must not be blank', () => {
    expect(fields({ ...valid, name: '   ' })).toEqual(['name']);
  });

  it('province is a real sigla, in canonical upper case', () => {
    expect(fields({ ...valid, province: 'XX' })).toEqual(['province']);
    expect(fields({ ...valid, province: 'mi' })).toEqual(['province']);
  });

  it('sites: name, province and Belfiore municipality code, with the site index in the field', () => {
    const sites = [valid.sites![0]!, { name: ' ', province: 'ZZ', municipality: 'F20' }];
    expect(fields({ ...valid, sites })).toEqual(['sites[1].name', 'sites[1].province', 'sites[1].municipality']);
  });

  it('a foreign-state Belfiore code (Z...) is not a site municipality', () => {
    expect(fields({ ...valid, sites: [{ name: 'Filiale', province: 'MI', municipality: 'Z404' }] })).toEqual([
      'sites[0].municipality',
    ]);
  });

  it('stored form: trimmed, fiscal code upper case, blank address absent', () => {
    const stored = normaliseRegistration({
      ...valid,
      name: ' Ditta Rossi ',
      fiscalCode: ' rssmra80a01f205x ',
      sites: [{ name: ' Bottega ', province: 'MI', municipality: 'F205', address: '  ' }],
    });
    expect(stored).toMatchObject({
      name: 'Ditta Rossi',
      fiscalCode: 'RSSMRA80A01F205X',
      sites: [{ name: 'Bottega', address: null }],
    });
  });
});
