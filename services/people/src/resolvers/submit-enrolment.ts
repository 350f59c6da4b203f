import { isUniqueViolation } from '@reg/db';
import { conflict, forbidden, inputError, notFound } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import { decisionDueOn } from '../rules/enrolment-deadlines.ts';
import { checkEnrolmentEligibility } from '../rules/enrolment-eligibility.ts';
import { actorOf } from './input.ts';
import { visiblePerson } from './visibility.ts';
import { unemploymentStatusOf } from '../use-cases/unemployment.ts';
import { applicationAssessment, enrolmentApplicationProblems } from '../rules/enrolment-application.ts';

export const submitEnrolment: MutationResolvers['submitEnrolment'] = async (_, { input }, ctx) => {
  const person = await visiblePerson(ctx, input.personId);
  if (!person) throw notFound('Person', input.personId);
  // The list is kept by the CPI of the province of residence (L. 68/1999 art. 8 c.1).
  if (!canManageListsOf(ctx.identity, person.residenceProvince))
    throw forbidden("Only the CPI of the province of residence keeps the person's list");
  const documents = (input.documents ?? []).map((d) => ({
    kind: d.kind,
    reference: d.reference.trim(),
    presentedOn: d.presentedOn,
  }));
  const [problem] = enrolmentApplicationProblems({ ...input, documents }, todayInRome());
  if (problem) throw inputError(problem);
  // The application is received whatever its merits (seed 001: receipt first); the check is kept with it.
  // "Disoccupate" (art. 8 c.1) is the unemployment status on record on the day of the application.
  const unemployed = (await unemploymentStatusOf(ctx, person.id, input.submittedOn)).state === 'UNEMPLOYED';
  const eligibility = checkEnrolmentEligibility({
    ...input,
    unemployed,
    birthDate: person.birthDate,
    on: input.submittedOn,
  });
  try {
    return await ctx.stores.enrolments.submit(
      {
        personId: person.id,
        list: input.list,
        province: person.residenceProvince,
        submittedOn: input.submittedOn,
        unemployed,
        documents,
        decisionDueOn: decisionDueOn(input.submittedOn),
        assessment: applicationAssessment(input),
        eligibility: { ...eligibility, checkedOn: input.submittedOn },
      },
      actorOf(ctx.identity),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'enrolment_open_uq'))
      throw conflict(`The person already has an open application or enrolment in the ${input.list} list`);
    throw error;
  }
};
