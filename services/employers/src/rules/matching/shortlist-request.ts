import type { InputProblem } from '@reg/errors';
import { MAX_SHORTLIST_SIZE } from './shortlist.ts';

/** How many candidates a shortlist asks for, and the day whose ranking list it reads: one that has come. */
export function shortlistRequestProblems(
  input: { size: number; referenceDate: string },
  today: string,
): InputProblem[] {
  if (!Number.isInteger(input.size) || input.size < 1 || input.size > MAX_SHORTLIST_SIZE)
    return [{ field: 'size', message: `size must be from 1 to ${MAX_SHORTLIST_SIZE}` }];
  if (input.referenceDate > today)
    return [{ field: 'referenceDate', message: 'The ranking list cannot be read for a future date' }];
  return [];
}

export interface MatchingRefusal {
  rule: string;
  message: string;
}

/**
 * Whether a vacancy can be matched against the L. 68/1999 lists: it is open, reserved for a protected category (the
 * lists of art. 8 for the disability quota, art. 18 c.2 for the other protected categories), and has a job profile
 * to compare the people's functional profiles with (art. 2, targeted placement).
 */
export function matchingRefusal(vacancy: {
  status: string;
  reservedFor: string | null;
  jobProfile: unknown | null;
}): MatchingRefusal | null {
  if (vacancy.status !== 'OPEN')
    return { rule: 'MATCHING_VACANCY_NOT_OPEN', message: 'Only an open vacancy is matched' };
  if (!vacancy.reservedFor)
    return {
      rule: 'MATCHING_VACANCY_NOT_PROTECTED',
      message: 'Matching draws from the L. 68/1999 lists: the vacancy is reserved for no protected category',
    };
  if (!vacancy.jobProfile)
    return { rule: 'MATCHING_NO_JOB_PROFILE', message: 'The vacancy has no job profile to match against' };
  return null;
}
