import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { startProblems } from '../rules/internship.ts';
import { recordInternshipStep } from '../use-cases/internship-steps.ts';

export const startInternship: MutationResolvers['startInternship'] = (_, { input }, ctx) =>
  recordInternshipStep(ctx.stores.internships, ctx.identity, input.internshipId, {
    step: 'start',
    recorded: (row) => row.startedOn !== null,
    same: (row) => row.startedOn === input.startedOn,
    problems: (row) =>
      startProblems(
        input.startedOn,
        { plannedStartOn: row.plannedStartOn!, plannedEndOn: row.plannedEndOn! },
        todayInRome(),
      ),
    set: () => ({ status: 'STARTED', startedOn: input.startedOn }),
  });
