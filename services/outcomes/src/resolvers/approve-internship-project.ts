import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { projectProblems } from '../rules/internship.ts';
import { recordInternshipStep } from '../use-cases/internship-steps.ts';

const role = (text: string | null | undefined) => text?.trim() || null;

/** Progetto formativo individuale: objectives, planned period within the maximum, weekly hours, the two tutors. */
export const approveInternshipProject: MutationResolvers['approveInternshipProject'] = (_, { input }, ctx) => {
  const project = {
    objectives: input.objectives.map((o) => o.trim()),
    plannedStartOn: input.plannedStartOn,
    plannedEndOn: input.plannedEndOn,
    weeklyHours: input.weeklyHours,
    promoterTutor: { name: input.promoterTutor.name.trim(), role: role(input.promoterTutor.role) },
    hostTutor: { name: input.hostTutor.name.trim(), role: role(input.hostTutor.role) },
    approvedOn: input.approvedOn,
  };
  return recordInternshipStep(ctx.stores.internships, ctx.identity, input.internshipId, {
    step: 'approveProject',
    recorded: (row) => row.projectApprovedOn !== null,
    same: (row) =>
      row.projectApprovedOn === project.approvedOn &&
      row.plannedStartOn === project.plannedStartOn &&
      row.plannedEndOn === project.plannedEndOn &&
      row.weeklyHours === project.weeklyHours &&
      JSON.stringify(row.objectives) === JSON.stringify(project.objectives) &&
      row.promoterTutorName === project.promoterTutor.name &&
      row.hostTutorName === project.hostTutor.name,
    problems: (row) =>
      projectProblems(project, {
        signedOn: row.agreementSignedOn,
        maxMonths: row.maxDurationMonths,
        today: todayInRome(),
      }),
    set: () => ({
      status: 'PROJECT_APPROVED',
      objectives: project.objectives,
      plannedStartOn: project.plannedStartOn,
      plannedEndOn: project.plannedEndOn,
      weeklyHours: project.weeklyHours,
      promoterTutorName: project.promoterTutor.name,
      promoterTutorRole: project.promoterTutor.role,
      hostTutorName: project.hostTutor.name,
      hostTutorRole: project.hostTutor.role,
      projectApprovedOn: project.approvedOn,
    }),
  });
};
