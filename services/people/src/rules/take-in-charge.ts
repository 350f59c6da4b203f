import type { InputProblem } from '@reg/errors';

/**
 * What a take-in-charge records (seed 002: a person taken in charge by an accredited body within a funded programme,
 * the "dote", with its budget): the programme it belongs to, a start that has happened, a budget of zero or more.
 */
export function takeInChargeProblems(
  input: { programme: string; startedOn: string; budget?: number | null },
  today: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!input.programme.trim()) problems.push({ field: 'programme', message: 'A programme is required' });
  if (input.startedOn > today)
    problems.push({ field: 'startedOn', message: 'A take-in-charge cannot start in the future' });
  problems.push(...budgetProblems(input.budget));
  return problems;
}

/** An end states why, and falls between the start and today (a take-in-charge never ends before it began). */
export function takeInChargeEndProblems(
  input: { reason: string; endedOn: string },
  takeInCharge: { startedOn: string },
  today: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!input.reason.trim()) problems.push({ field: 'reason', message: 'A reason is required' });
  if (input.endedOn < takeInCharge.startedOn || input.endedOn > today)
    problems.push({ field: 'endedOn', message: 'The end date must be between the start date and today' });
  return problems;
}

/**
 * A hand-over ends one take-in-charge and starts the next with another provider on the same day: the provider must
 * change, the reason is stated, the day falls between the start and today, the new budget is zero or more.
 */
export function handOverProblems(
  input: { toProviderId: string; reason: string; on: string; budget?: number | null },
  current: { providerId: string; startedOn: string },
  today: string,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.toProviderId === current.providerId)
    problems.push({ field: 'toProviderId', message: 'The person is already in charge of this provider' });
  if (!input.reason.trim()) problems.push({ field: 'reason', message: 'A hand-over states its reason' });
  if (input.on < current.startedOn || input.on > today)
    problems.push({ field: 'on', message: 'The hand-over date must be between the start and today' });
  problems.push(...budgetProblems(input.budget));
  return problems;
}

function budgetProblems(budget: number | null | undefined): InputProblem[] {
  return budget != null && !(budget >= 0) ? [{ field: 'budget', message: 'A budget is zero or more euro' }] : [];
}
