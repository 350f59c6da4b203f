export {
  encodePersonFiscalCode,
  familyNameTriplet,
  fiscalCodeCheckCharacter,
  fiscalCodeMatches,
  givenNameTriplet,
  parsePersonFiscalCode,
} from './fiscal-code.ts';
export type {
  FiscalCodeError,
  FiscalCodeIdentity,
  PersonData,
  PersonFiscalCode,
  PersonFiscalCodeResult,
  Sex,
} from './fiscal-code.ts';

export { isValidVatNumber, parseEmployerFiscalCode, parseVatNumber, vatCheckDigit } from './vat-number.ts';
export type {
  EmployerFiscalCodeError,
  EmployerFiscalCodeResult,
  VatNumberError,
  VatNumberResult,
} from './vat-number.ts';

export { isMunicipalityCode, isProvinceCode, lombardyCapitals, provinceByCode, provinces } from './provinces.ts';
export type { Province, ProvinceCapital } from './provinces.ts';
