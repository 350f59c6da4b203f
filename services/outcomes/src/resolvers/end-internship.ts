import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { currentEndOf, endProblems } from '../rules/internship.ts';
import { recordInternshipStep } from '../use-cases/internship-steps.ts';

/** Completed (the attestation may follow) or interrupted (why, in the note); recorded once. */
export const endInternship: MutationResolvers['endInternship'] = (_, { input }, ctx) => {
  const note = input.note?.trim() || null;
  const end = { endedOn: input.endedOn, reason: input.reason, note };
  return recordInternshipStep(ctx.stores.internships, ctx.identity, input.internshipId, {
    step: 'end',
    recorded: (row) => row.endedOn !== null,
    same: (row) => row.endedOn === end.endedOn && row.endReason === end.reason && row.endNote === note,
    problems: (row) => endProblems(end, { startedOn: row.startedOn!, plannedEndOn: currentEndOf(row)! }, todayInRome()),
    set: () => ({ status: end.reason, endedOn: end.endedOn, endReason: end.reason, endNote: note }),
  });
};
