import {
  isMunicipalityCode,
  isProvinceCode,
  parseEmployerFiscalCode,
  type EmployerFiscalCodeError,
} from '@reg/identifiers';
import type { InputProblem } from '@reg/errors';

export interface SiteRegistration {
  name: string;
  province: string;
  municipality: string;
  address?: string | null;
}

export interface EmployerRegistration {
  name: string;
  fiscalCode: string;
  kind: 'PRIVATE' | 'PUBLIC_ECONOMIC' | 'PUBLIC';
  atecoCode: string;
  province: string;
  sites?: readonly SiteRegistration[] | null;
}

const fiscalCodeReasons: Record<EmployerFiscalCodeError, string> = {
  LENGTH: 'must be 11 digits (companies, public bodies) or 16 characters (sole traders)',
  FORMAT: 'has characters out of place',
  SERIAL: 'has no serial number',
  OFFICE_CODE: 'names no issuing office',
  CHECK_DIGIT: 'fails its check digit',
  CHECK_CHARACTER: 'fails its check character',
  MONTH: 'has no valid month of birth',
  DAY: 'has no valid day of birth',
};

/**
 * ATECO 2007 (the Italian NACE Rev. 2) written at any level below the section letter: division '62', group '62.0',
 * class '62.01', category '62.01.0', subcategory '62.01.00'. The section letter is not part of the code.
 */
const ATECO_2007 = /^\d{2}(\.\d(\d(\.\d{1,2})?)?)?$/;

export function isAtecoCode(code: string): boolean {
  return ATECO_2007.test(code);
}

const blank = (value: string) => value.trim().length === 0;

/**
 * What an employer registration must satisfy before it is stored: a name, a fiscal code that passes the
 * Agenzia delle Entrate checks, an ATECO 2007 code, real provinces and well-formed Belfiore codes for its sites.
 */
export function employerRegistrationProblems(input: EmployerRegistration): InputProblem[] {
  const problems: InputProblem[] = [];
  if (blank(input.name)) problems.push({ field: 'name', message: 'An employer needs a name' });
  const fiscalCode = parseEmployerFiscalCode(input.fiscalCode);
  if (!fiscalCode.ok) {
    problems.push({ field: 'fiscalCode', message: `Fiscal code ${fiscalCodeReasons[fiscalCode.reason]}` });
  } else if (input.kind !== 'PRIVATE' && fiscalCode.kind === 'PERSONAL') {
    // Public bodies are legal persons: their fiscal code is always the 11-digit numeric one.
    problems.push({
      field: 'fiscalCode',
      message: 'A public employer has an 11-digit fiscal code, not a personal one',
    });
  }
  if (!isAtecoCode(input.atecoCode)) {
    problems.push({
      field: 'atecoCode',
      message: `ATECO 2007 code expected (e.g. 62.01 or 62.01.00), got ${JSON.stringify(input.atecoCode)}`,
    });
  }
  if (!isProvinceCode(input.province))
    problems.push({ field: 'province', message: `Unknown province ${input.province}` });
  (input.sites ?? []).forEach((site, i) => {
    if (blank(site.name)) problems.push({ field: `sites[${i}].name`, message: 'A site needs a name' });
    if (!isProvinceCode(site.province))
      problems.push({ field: `sites[${i}].province`, message: `Unknown province ${site.province}` });
    // Z codes name foreign states, not municipalities: a site with an Italian province is in Italy.
    if (!isMunicipalityCode(site.municipality) || site.municipality.startsWith('Z')) {
      problems.push({
        field: `sites[${i}].municipality`,
        message: `Malformed municipality (Belfiore) code ${site.municipality}`,
      });
    }
  });
  return problems;
}

/** The registration as stored: text trimmed, the fiscal code in its canonical upper-case form, blank addresses absent. */
export function normaliseRegistration(input: EmployerRegistration) {
  return {
    name: input.name.trim(),
    fiscalCode: input.fiscalCode.trim().toUpperCase(),
    kind: input.kind,
    atecoCode: input.atecoCode,
    province: input.province,
    sites: (input.sites ?? []).map((site) => ({
      name: site.name.trim(),
      province: site.province,
      municipality: site.municipality,
      address: site.address?.trim() || null,
    })),
  };
}
