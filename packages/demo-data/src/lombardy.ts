import { lombardyCapitals } from '@reg/identifiers';

export interface DemoProvince {
  code: string;
  capitalName: string;
  /** Belfiore code of the capital: every demo address is in a capital. */
  capital: string;
  /** Residents in thousands (ISTAT, 2024, approximate): the weight of the province in the demo. */
  population: number;
  /** Office code (digits 8-10) of the VAT numbers issued there. */
  vatOfficeCode: string;
}

const populationThousands: Record<string, number> = {
  MI: 3214,
  BS: 1253,
  BG: 1103,
  VA: 880,
  MB: 872,
  CO: 596,
  PV: 533,
  MN: 404,
  CR: 352,
  LC: 333,
  LO: 228,
  SO: 180,
};

/**
 * The office code of an Italian VAT number (digits 8-10) is the ISTAT code of the province of the issuing office
 * (Milano 015, Lecco 097). Monza e Brianza (ISTAT 108) is outside the range the Agenzia's checker accepts
 * (001-100, see vat-number.ts), so the demo gives its firms Milano's code, the office they were registered with
 * before the province existed.
 */
function vatOfficeCode(istatMunicipalityCode: string): string {
  const provinceCode = Number(istatMunicipalityCode.slice(0, 3));
  return provinceCode >= 1 && provinceCode <= 100 ? istatMunicipalityCode.slice(0, 3) : '015';
}

/** The 12 provinces of Lombardy, most populous first. */
export const lombardy: readonly DemoProvince[] = lombardyCapitals
  .map((c) => ({
    code: c.provinceCode,
    capitalName: c.name,
    capital: c.belfioreCode,
    population: populationThousands[c.provinceCode] ?? 100,
    vatOfficeCode: vatOfficeCode(c.istatCode),
  }))
  .sort((a, b) => b.population - a.population);

export function provinceOf(code: string): DemoProvince {
  const province = lombardy.find((p) => p.code === code);
  if (!province) throw new RangeError(`not a province of Lombardy: ${code}`);
  return province;
}

/**
 * Birth places other than the province of residence, for the people of the demo: the internal migration of the
 * last decades (Southern cities) and children of Italian emigrants born abroad.
 */
export const otherBirthPlaces: readonly { code: string; name: string }[] = [
  { code: 'H501', name: 'Roma' },
  { code: 'F839', name: 'Napoli' },
  { code: 'G273', name: 'Palermo' },
  { code: 'A662', name: 'Bari' },
  { code: 'C351', name: 'Catania' },
  { code: 'L219', name: 'Torino' },
  { code: 'D969', name: 'Genova' },
  { code: 'B354', name: 'Cagliari' },
  { code: 'Z133', name: 'Svizzera' },
  { code: 'Z112', name: 'Germania' },
  { code: 'Z103', name: 'Belgio' },
  { code: 'Z600', name: 'Argentina' },
];
