import { isProvinceCode } from '@reg/identifiers';
import type { InputProblem } from '@reg/errors';

/** ISTAT CP2011 (Classificazione delle professioni) or the European ESCO classification. */
export const occupationCodeSystems = ['ISTAT_CP2011', 'ESCO'] as const;
export type OccupationCodeSystem = (typeof occupationCodeSystems)[number];

export const MAX_POSITIONS = 1000;

export interface VacancyOpening {
  title: string;
  occupationCode?: string | null;
  occupationCodeSystem?: string | null;
  province: string;
  positions: number;
}

export const isOccupationCodeSystem = (value: string): value is OccupationCodeSystem =>
  (occupationCodeSystems as readonly string[]).includes(value);

/**
 * What a vacancy must satisfy before it opens: a title, 1 to 1000 positions, a real province, and an occupation
 * code that says which classification it belongs to (a bare code is ambiguous between CP2011 and ESCO).
 */
export function vacancyOpeningProblems(input: VacancyOpening): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.title.trim().length === 0) problems.push({ field: 'title', message: 'A vacancy needs a title' });
  if (!Number.isInteger(input.positions) || input.positions < 1 || input.positions > MAX_POSITIONS) {
    problems.push({
      field: 'positions',
      message: `Positions must be a whole number from 1 to ${MAX_POSITIONS}, got ${input.positions}`,
    });
  }
  if (!isProvinceCode(input.province))
    problems.push({ field: 'province', message: `Unknown province ${input.province}` });
  const code = input.occupationCode?.trim() ?? '';
  const system = input.occupationCodeSystem ?? null;
  if (code.length > 0) {
    if (system === null) {
      problems.push({
        field: 'occupationCodeSystem',
        message: `An occupation code needs its code system (${occupationCodeSystems.join(' or ')})`,
      });
    } else if (!isOccupationCodeSystem(system)) {
      problems.push({
        field: 'occupationCodeSystem',
        message: `Unknown occupation code system ${system}; expected ${occupationCodeSystems.join(' or ')}`,
      });
    }
  } else if (input.occupationCode != null) {
    problems.push({ field: 'occupationCode', message: 'The occupation code is blank' });
  } else if (system !== null) {
    problems.push({
      field: 'occupationCode',
      message: 'An occupation code system was given without an occupation code',
    });
  }
  return problems;
}

/** The occupation as stored: trimmed, and absent rather than blank. Call after the problems are cleared. */
export function normaliseOccupation(input: VacancyOpening): {
  occupationCode: string | null;
  occupationCodeSystem: OccupationCodeSystem | null;
} {
  const code = input.occupationCode?.trim() || null;
  const system = input.occupationCodeSystem ?? null;
  return {
    occupationCode: code,
    occupationCodeSystem: code !== null && system !== null && isOccupationCodeSystem(system) ? system : null,
  };
}
