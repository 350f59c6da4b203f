import { describe, it, expect } from 'vitest';
import { isMunicipalityCode, isProvinceCode, lombardyCapitals, provinceByCode, provinces } from './provinces.ts';
import { encodePersonFiscalCode, parsePersonFiscalCode } from './fiscal-code.ts';

const REGIONS: Record<string, { name: string; provinces: number }> = {
  '01': { name: 'Piemonte', provinces: 8 },
  '02': { name: "Valle d'Aosta/Vallée d'Aoste", provinces: 1 },
  '03': { name: 'Lombardia', provinces: 12 },
  '04': { name: 'Trentino-Alto Adige/Südtirol', provinces: 2 },
  '05': { name: 'Veneto', provinces: 7 },
  '06': { name: 'Friuli-Venezia Giulia', provinces: 4 },
  '07': { name: 'Liguria', provinces: 4 },
  '08': { name: 'Emilia-Romagna', provinces: 9 },
  '09': { name: 'Toscana', provinces: 10 },
  '10': { name: 'Umbria', provinces: 2 },
  '11': { name: 'Marche', provinces: 5 },
  '12': { name: 'Lazio', provinces: 5 },
  '13': { name: 'Abruzzo', provinces: 4 },
  '14': { name: 'Molise', provinces: 2 },
  '15': { name: 'Campania', provinces: 5 },
  '16': { name: 'Puglia', provinces: 6 },
  '17': { name: 'Basilicata', provinces: 2 },
  '18': { name: 'Calabria', provinces: 5 },
  '19': { name: 'Sicilia', provinces: 9 },
  '20': { name: 'Sardegna', provinces: 5 },
};

describe('provinces', () => {
  it('lists the 107 provinces and metropolitan cities with unique two-letter siglas', () => {
    expect(provinces).toHaveLength(107);
    const codes = provinces.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('region: each of the 20 ISTAT region codes has its name and number of provinces', () => {
    for (const [istat, region] of Object.entries(REGIONS)) {
      const inRegion = provinces.filter((p) => p.regionIstatCode === istat);
      expect(inRegion, istat).toHaveLength(region.provinces);
      for (const p of inRegion) expect(p.region, p.code).toBe(region.name);
    }
    expect(new Set(provinces.map((p) => p.regionIstatCode)).size).toBe(20);
  });

  it('metropolitan cities: the 14 of L. 56/2014 and the special-statute regions', () => {
    const metropolitan = provinces
      .filter((p) => p.metropolitanCity)
      .map((p) => p.code)
      .sort();
    expect(metropolitan).toEqual(['BA', 'BO', 'CA', 'CT', 'FI', 'GE', 'ME', 'MI', 'NA', 'PA', 'RC', 'RM', 'TO', 'VE']);
  });

  it('siglas of recent provinces are present, those abolished in Sardinia in 2016 are not', () => {
    for (const code of ['MB', 'FM', 'BT', 'SU', 'VB', 'KR', 'VV']) expect(isProvinceCode(code), code).toBe(true);
    for (const code of ['OT', 'OG', 'VS', 'CI', 'FO', 'PS']) expect(isProvinceCode(code), code).toBe(false);
  });

  it('isProvinceCode is exact; provinceByCode normalises user input', () => {
    expect(isProvinceCode('MI')).toBe(true);
    expect(isProvinceCode('mi')).toBe(false);
    expect(isProvinceCode('XX')).toBe(false);
    expect(provinceByCode(' mb ')).toEqual({
      code: 'MB',
      name: 'Monza e della Brianza',
      region: 'Lombardia',
      regionIstatCode: '03',
      metropolitanCity: false,
    });
    expect(provinceByCode('SU')?.name).toBe('Sud Sardegna');
    expect(provinceByCode('XX')).toBeUndefined();
  });
});

describe('lombardyCapitals', () => {
  it('one capital for each of the 12 Lombardy provinces', () => {
    const lombardy = provinces
      .filter((p) => p.regionIstatCode === '03')
      .map((p) => p.code)
      .sort();
    expect(lombardyCapitals.map((c) => c.provinceCode).sort()).toEqual(lombardy);
  });

  it('Belfiore codes are the cadastral codes of the capitals', () => {
    const byName = Object.fromEntries(lombardyCapitals.map((c) => [c.name, c.belfioreCode]));
    expect(byName).toEqual({
      Milano: 'F205',
      Bergamo: 'A794',
      Brescia: 'B157',
      Como: 'C933',
      Cremona: 'D150',
      Lecco: 'E507',
      Lodi: 'E648',
      Mantova: 'E897',
      Monza: 'F704',
      Pavia: 'G388',
      Sondrio: 'I829',
      Varese: 'L682',
    });
    for (const c of lombardyCapitals) expect(isMunicipalityCode(c.belfioreCode), c.name).toBe(true);
  });

  it('ISTAT codes start with the ISTAT code of the province', () => {
    const istatProvince: Record<string, string> = {
      VA: '012',
      CO: '013',
      SO: '014',
      MI: '015',
      BG: '016',
      BS: '017',
      PV: '018',
      CR: '019',
      MN: '020',
      LC: '097',
      LO: '098',
      MB: '108',
    };
    for (const c of lombardyCapitals) {
      expect(c.istatCode, c.name).toMatch(/^[0-9]{6}$/);
      expect(c.istatCode.slice(0, 3), c.name).toBe(istatProvince[c.provinceCode]);
    }
    expect(lombardyCapitals.find((c) => c.name === 'Milano')?.istatCode).toBe('015146');
  });

  it('capitals work as birth places in a codice fiscale', () => {
    for (const c of lombardyCapitals) {
      const code = encodePersonFiscalCode({
        familyName: 'Colombo',
        givenName: 'Giulia',
        birthDate: '1992-09-17',
        sex: 'F',
        birthPlaceCode: c.belfioreCode,
      });
      const r = parsePersonFiscalCode(code, '2025-01-01');
      expect(r.ok && r.value.birthPlaceCode, c.name).toBe(c.belfioreCode);
    }
  });
});

describe('isMunicipalityCode', () => {
  it('Belfiore format: a letter A-M (Italian municipality) or Z (foreign state) and 3 digits', () => {
    for (const ok of ['A001', 'F205', 'M432', 'Z404', 'Z100']) expect(isMunicipalityCode(ok), ok).toBe(true);
    for (const bad of ['N205', 'Y123', 'f205', 'F20', 'F2055', '1205', 'FA05', ' F205', ''])
      expect(isMunicipalityCode(bad), bad).toBe(false);
  });
});
