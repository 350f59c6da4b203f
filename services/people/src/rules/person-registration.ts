import type { InputProblem } from '@reg/errors';
import { fiscalCodeMatches, isMunicipalityCode, isProvinceCode, parsePersonFiscalCode } from '@reg/identifiers';
import { isIsoDate } from '@reg/subgraph-kit';

export interface PersonRegistration {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'F' | 'M';
  residenceProvince: string;
  residenceMunicipality: string;
  email?: string | null;
  phone?: string | null;
}

const fiscalCodeMessages: Record<string, string> = {
  LENGTH: 'a fiscal code has 16 characters',
  FORMAT: 'the characters are not in the fiscal code pattern',
  MONTH: 'the month letter is not one of ABCDEHLMPRST',
  DAY: 'the day is not a real day (1-31, or 41-71 for women)',
  CHECK_CHARACTER: 'the check character does not match (D.M. 23/12/1976)',
};

/**
 * A person is registered only with a valid codice fiscale that agrees with the name, birth date and sex
 * given, so the same person cannot enter twice under two spellings and a typo in the code is caught.
 */
export function personRegistrationProblems(input: PersonRegistration, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const parsed = parsePersonFiscalCode(input.fiscalCode, today);
  if (!parsed.ok) {
    problems.push({
      field: 'fiscalCode',
      message: `Malformed fiscal code: ${fiscalCodeMessages[parsed.reason] ?? parsed.reason}`,
    });
  } else if (!fiscalCodeMatches(parsed.value.code, input)) {
    problems.push({
      field: 'fiscalCode',
      message: 'The fiscal code does not match the name, birth date and sex given',
    });
  }
  if (input.givenName.trim() === '') problems.push({ field: 'givenName', message: 'Given name is required' });
  if (input.familyName.trim() === '') problems.push({ field: 'familyName', message: 'Family name is required' });
  if (!isIsoDate(input.birthDate) || input.birthDate > today)
    problems.push({ field: 'birthDate', message: 'Birth date must be a past date' });
  if (!isProvinceCode(input.residenceProvince))
    problems.push({ field: 'residenceProvince', message: `Unknown province ${input.residenceProvince}` });
  if (!isMunicipalityCode(input.residenceMunicipality))
    problems.push({
      field: 'residenceMunicipality',
      message: `Malformed municipality code ${input.residenceMunicipality}`,
    });
  if (input.email != null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
    problems.push({ field: 'email', message: 'Malformed e-mail address' });
  if (input.phone != null && !/^\+?[0-9 ]{6,20}$/.test(input.phone))
    problems.push({ field: 'phone', message: 'Malformed phone number' });
  return problems;
}
