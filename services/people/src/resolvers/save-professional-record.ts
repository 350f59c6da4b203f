import { inputError } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { professionalRecordProblems } from '../rules/profiling.ts';
import { personManagedByCaller } from './visibility.ts';
import { recordView } from './types/profiling.ts';

export const saveProfessionalRecord: MutationResolvers['saveProfessionalRecord'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const { personId: _id, ...content } = input;
  const record = {
    education: content.education ?? [],
    training: (content.training ?? []).map((t) => ({ ...t, certified: t.certified ?? false })),
    experiences: content.experiences ?? [],
    skills: content.skills ?? [],
    languages: content.languages ?? [],
    drivingLicences: (content.drivingLicences ?? []).map((d) => d.trim().toUpperCase()),
    availability: {
      weeklyHours: content.availability.weeklyHours ?? null,
      maxDistanceKm: content.availability.maxDistanceKm ?? null,
      shifts: content.availability.shifts ?? [],
    },
    cvDocuments: content.cvDocuments ?? [],
  };
  const [problem] = professionalRecordProblems(record);
  if (problem) throw inputError(problem);
  return recordView(
    await ctx.stores.profiles.addProfessionalRecord({
      personId: person.id,
      content: record,
      recordedBy: ctx.identity.subject,
    }),
  );
};
