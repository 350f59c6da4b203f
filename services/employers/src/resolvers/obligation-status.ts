import { badInput } from '@reg/errors';
import type { QueryResolvers } from '../generated/graphql.ts';
import { canReadObligationStatus } from '../rules/access.ts';
import { statusDateProblem } from '../rules/status-date.ts';
import { todayInRome } from '@reg/calendar';
import { obligationStatusOf, presenceOf } from './obligation-context.ts';

export const obligationStatus: QueryResolvers['obligationStatus'] = async (_, { employerId, province, on }, ctx) => {
  const dateProblem = statusDateProblem(on, todayInRome());
  if (dateProblem) throw badInput('on', dateProblem);
  const employer = await ctx.loaders.employerById.load(employerId);
  if (!employer) return null;
  const presence = await presenceOf(ctx, employer);
  // Not told apart from a missing employer, as for `employer(id)`.
  if (!canReadObligationStatus(ctx.identity, employerId, presence)) return null;
  return obligationStatusOf(ctx, employer, province, on);
};
