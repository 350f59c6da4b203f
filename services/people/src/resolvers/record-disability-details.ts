import { ruleViolation } from '@reg/errors';
import type { MutationResolvers } from '../generated/graphql.ts';
import { personManagedByCaller, requireClinicalAccess } from './visibility.ts';

export const recordDisabilityDetails: MutationResolvers['recordDisabilityDetails'] = async (_, { input }, ctx) => {
  requireClinicalAccess(ctx.identity);
  const person = await personManagedByCaller(ctx, input.personId);
  const updated = await ctx.stores.profiles.recordClinicalDetails(
    person.id,
    {
      functionalDiagnosis: input.functionalDiagnosis?.trim() || null,
      clinicalNotes: input.clinicalNotes?.trim() || null,
    },
    ctx.identity.subject,
  );
  if (!updated) {
    // "No assessment recorded" is itself a health fact about the person: audited as the read it is.
    ctx.audit.read('Person', person.id, ['disability'], person.id);
    throw ruleViolation(
      'NO_DISABILITY_ASSESSMENT',
      'Clinical details complete the assessment recorded with an enrolment application',
    );
  }
  return person;
};
