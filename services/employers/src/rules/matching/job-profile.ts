import type { ContractKind } from '../l68-quota/types.ts';
import { icfActivities, icfAdjustments } from '../../reference/icf-vocabulary.ts';
import type { InputProblem } from '@reg/errors';

export const shifts = ['DAY', 'NIGHT', 'WEEKEND'] as const;
export type Shift = (typeof shifts)[number];

export interface JobTask {
  description: string;
  /** ICF activity codes (reference/icf-vocabulary.ts). */
  demands: string[];
}

/** What a vacancy asks of the worker and offers: the part of a vacancy that matching reads. */
export interface JobProfile {
  tasks: JobTask[];
  /** ICF environmental-factor codes of the adjustments the workplace has. */
  adjustmentsAvailable: string[];
  /** ESCO skill codes (URIs or their last segment) the job asks for. */
  requiredSkills: string[];
  weeklyHours: number;
  shifts: Shift[];
  contract: ContractKind;
  siteId: string;
}

export const MAX_WEEKLY_HOURS = 48;

const unique = (items: readonly string[]) => [...new Set(items.map((i) => i.trim()).filter((i) => i.length > 0))];

/**
 * A job profile must be decidable: at least one task, each with a description and demands drawn only from the ICF
 * vocabulary, adjustments from the same, hours a week within 1 to 48 (D.Lgs. 66/2003 art. 4: 48 hours is the
 * average weekly maximum including overtime).
 */
export function jobProfileProblems(profile: Omit<JobProfile, 'siteId' | 'contract'>): InputProblem[] {
  const problems: InputProblem[] = [];
  if (profile.tasks.length === 0) problems.push({ field: 'tasks', message: 'A job profile lists at least one task' });
  profile.tasks.forEach((task, i) => {
    if (task.description.trim().length === 0)
      problems.push({ field: `tasks.${i}.description`, message: 'A task needs a description' });
    for (const code of task.demands) {
      if (!icfActivities.has(code.trim()))
        problems.push({
          field: `tasks.${i}.demands`,
          message: `Unknown demand ${code}: expected an ICF activity code of the vocabulary (e.g. d4300 Lifting)`,
        });
    }
  });
  for (const code of profile.adjustmentsAvailable) {
    if (!icfAdjustments.has(code.trim()))
      problems.push({
        field: 'adjustmentsAvailable',
        message: `Unknown adjustment ${code}: expected an ICF environmental-factor code of the vocabulary (e.g. e1351)`,
      });
  }
  if (profile.requiredSkills.some((s) => s.trim().length === 0))
    problems.push({ field: 'requiredSkills', message: 'A required skill is blank' });
  if (!Number.isInteger(profile.weeklyHours) || profile.weeklyHours < 1 || profile.weeklyHours > MAX_WEEKLY_HOURS) {
    problems.push({
      field: 'weeklyHours',
      message: `Weekly hours must be a whole number from 1 to ${MAX_WEEKLY_HOURS}, got ${profile.weeklyHours}`,
    });
  }
  return problems;
}

/** The profile as stored: codes trimmed and without repeats. Call after the problems are cleared. */
export function normaliseJobProfile(profile: JobProfile): JobProfile {
  return {
    ...profile,
    tasks: profile.tasks.map((t) => ({ description: t.description.trim(), demands: unique(t.demands) })),
    adjustmentsAvailable: unique(profile.adjustmentsAvailable),
    requiredSkills: unique(profile.requiredSkills),
    shifts: [...new Set(profile.shifts)],
  };
}

/** Every demand of every task, once. */
export const demandsOf = (profile: Pick<JobProfile, 'tasks'>): string[] =>
  unique(profile.tasks.flatMap((t) => t.demands));
