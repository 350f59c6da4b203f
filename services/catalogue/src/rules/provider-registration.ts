import type { InputProblem } from '@reg/errors';
import { isMunicipalityCode, isProvinceCode } from '@reg/identifiers';

export interface ProviderRegistration {
  name: string;
  province: string;
  municipality?: string | null;
  serviceCodes: readonly string[];
}

/**
 * What a provider registration must satisfy before it is stored: a name, a real province, a well-formed
 * municipality code, and service codes that exist in the catalogue valid on the accreditation date.
 */
export function providerRegistrationProblems(
  input: ProviderRegistration,
  knownServiceCodes: ReadonlySet<string>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.name.trim().length < 2) problems.push({ field: 'name', message: 'A provider needs a name' });
  if (!isProvinceCode(input.province))
    problems.push({ field: 'province', message: `Unknown province ${input.province}` });
  if (input.municipality != null && !isMunicipalityCode(input.municipality)) {
    problems.push({ field: 'municipality', message: `Malformed municipality code ${input.municipality}` });
  }
  const unknown = input.serviceCodes.filter((code) => !knownServiceCodes.has(code));
  if (unknown.length > 0)
    problems.push({ field: 'serviceCodes', message: `Unknown service codes: ${unknown.join(', ')}` });
  if (new Set(input.serviceCodes).size !== input.serviceCodes.length)
    problems.push({ field: 'serviceCodes', message: 'Service codes repeat' });
  return problems;
}
