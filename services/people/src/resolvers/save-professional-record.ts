import { inputError } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { professionalRecordContent, professionalRecordProblems } from '../rules/profiling.ts';
import { personManagedByCaller } from './visibility.ts';
import { recordView } from './types/profiling.ts';

export const saveProfessionalRecord: MutationResolvers['saveProfessionalRecord'] = async (_, { input }, ctx) => {
  const person = await personManagedByCaller(ctx, input.personId);
  const { personId: _id, ...content } = input;
  const record = professionalRecordContent(content);
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
