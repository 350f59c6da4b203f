import { badInput, conflict, forbidden, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManagePlacement, canReport, canSeePlacement } from '../rules/access.ts';
import { followUpProblems } from '../rules/follow-up-check.ts';
import { followUpDueOn, type Milestone } from '../rules/follow-up-schedule.ts';
import { problemError } from './placement-problems.ts';
import { Refused, unwrapRefused } from './refused.ts';

/**
 * One check per placement and milestone: (placement, milestone) is the natural idempotency key, so the same check
 * sent again returns the stored one and a different one is a CONFLICT (a check is what was found that day).
 */
export const recordFollowUp: MutationResolvers['recordFollowUp'] = async (_, { input }, { identity, stores }) => {
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body records follow-ups');
  const today = todayInRome();
  const report = {
    milestoneMonths: input.milestoneMonths,
    checkedOn: input.checkedOn ?? today,
    stillEmployed: input.stillEmployed,
    sameEmployer: input.sameEmployer ?? (input.stillEmployed ? null : false),
  };
  const note = input.note?.trim() || null;
  if (note !== null && note.length > 1000) throw badInput('input.note', 'The note is at most 1000 characters');
  return unwrapRefused(() =>
    stores.placements.transaction(async (tx) => {
      const placement = await tx.lock(input.placementId);
      if (!placement || !canSeePlacement(identity, placement))
        throw new Refused(notFound('Placement', input.placementId));
      if (!canManagePlacement(identity, placement))
        throw new Refused(
          forbidden(
            "Only the organisation that recorded the placement or a CPI of the person's province records its follow-ups",
          ),
        );
      const existing = (await tx.followUpsOf([placement.id])).find((f) => f.milestoneMonths === report.milestoneMonths);
      if (existing) {
        const same =
          existing.checkedOn === report.checkedOn &&
          existing.stillEmployed === report.stillEmployed &&
          existing.sameEmployer === report.sameEmployer &&
          existing.note === note;
        if (same) return existing;
        throw new Refused(
          conflict(`The ${report.milestoneMonths}-month follow-up was already recorded on ${existing.checkedOn}`, {
            field: 'input.milestoneMonths',
          }),
        );
      }
      const [problem] = followUpProblems(placement, report, today);
      if (problem) throw new Refused(problemError(problem));
      const milestone = report.milestoneMonths as Milestone;
      return tx.insertFollowUp({
        placementId: placement.id,
        milestoneMonths: milestone,
        dueOn: followUpDueOn(placement.startedOn, milestone),
        checkedOn: report.checkedOn,
        stillEmployed: report.stillEmployed,
        sameEmployer: report.sameEmployer === true,
        note,
        recordedBy: identity.subject,
        recordedByOrg: identity.organisation!,
      });
    }),
  );
};
