import { describe, expect, it } from 'vitest';
import { vacancyOpeningProblems, type VacancyOpening } from './vacancy-opening.ts';

const valid: VacancyOpening = {
  title: 'Impiegato amministrativo',
  occupationCode: '4.1.1.1.0',
  occupationCodeSystem: 'ISTAT_CP2011',
  province: 'MI',
  positions: 2,
};
const fields = (input: VacancyOpening) => vacancyOpeningProblems(input).map((p) => p.field);

describe('vacancy opening', () => {
  it('a complete vacancy has no problems; the occupation code is optional', () => {
    expect(vacancyOpeningProblems(valid)).toEqual([]);
    expect(fields({ title: 'Magazziniere', province: 'BG', positions: 1 })).toEqual([]);
    expect(fields({ ...valid, occupationCodeSystem: 'ESCO', occupationCode: '4311.1' })).toEqual([]);
  });

  it('title must not be blank', () => {
    expect(fields({ ...valid, title: ' ' })).toEqual(['title']);
  });

  it('positions: whole numbers from 1 to 1000', () => {
    expect(fields({ ...valid, positions: 1 })).toEqual([]);
    expect(fields({ ...valid, positions: 1000 })).toEqual([]);
    expect(fields({ ...valid, positions: 0 })).toEqual(['positions']);
    expect(fields({ ...valid, positions: 1001 })).toEqual(['positions']);
    expect(fields({ ...valid, positions: 1.5 })).toEqual(['positions']);
  });

  it('province is a real sigla', () => {
    expect(fields({ ...valid, province: 'XX' })).toEqual(['province']);
  });

  it('occupation code system: ISTAT_CP2011 or ESCO, required with a code', () => {
    expect(fields({ ...valid, occupationCodeSystem: null })).toEqual(['occupationCodeSystem']);
    expect(fields({ ...valid, occupationCodeSystem: 'ISCO08' })).toEqual(['occupationCodeSystem']);
  });

  it('a code system without a code, or a blank code, is refused', () => {
    expect(fields({ ...valid, occupationCode: null })).toEqual(['occupationCode']);
    expect(fields({ ...valid, occupationCode: '  ' })).toEqual(['occupationCode']);
  });
});
