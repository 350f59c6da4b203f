import { badInput, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import { observationOutcome } from '../rules/enrolment-transitions.ts';
import { visiblePerson } from './visibility.ts';
import { documentProblems } from '../rules/enrolment-application.ts';

export const recordEnrolmentObservation: MutationResolvers['recordEnrolmentObservation'] = async (
  _,
  { input },
  ctx,
) => {
  const enrolment = await ctx.loaders.enrolmentById.load(input.enrolmentId);
  if (!enrolment || !(await visiblePerson(ctx, enrolment.personId))) throw notFound('Enrolment', input.enrolmentId);
  if (!canManageListsOf(ctx.identity, enrolment.province))
    throw forbidden('Only the CPI that keeps the list records observations');
  if (enrolment.status !== 'PRE_REJECTED')
    throw ruleViolation(
      'OBSERVATIONS_ONLY_AFTER_PRE_REJECTION',
      'Observations answer a pre-rejection notice (L. 241/1990 art. 10-bis)',
    );
  if (!input.text.trim()) throw badInput('input.text', 'Observations need their text');
  if (input.receivedOn > todayInRome())
    throw badInput('input.receivedOn', 'Observations cannot be received in the future');
  const documents = (input.documents ?? []).map((d) => ({
    kind: d.kind,
    reference: d.reference.trim(),
    presentedOn: d.presentedOn,
  }));
  const [documentProblem] = documentProblems(documents);
  if (documentProblem) throw inputError(documentProblem);
  const [person, transitions, earlier] = await Promise.all([
    ctx.loaders.personById.load(enrolment.personId),
    ctx.loaders.transitionsByEnrolment.load(enrolment.id),
    ctx.loaders.observationsByEnrolment.load(enrolment.id),
  ]);
  const notice = transitions.filter((t) => t.toStatus === 'PRE_REJECTED').at(-1);
  const outcome = observationOutcome({
    enrolment,
    noticeOn: notice?.on ?? enrolment.submittedOn,
    birthDate: person!.birthDate,
    earlierObservationsOn: earlier.map((o) => o.receivedOn),
    receivedOn: input.receivedOn,
    newDocuments: documents.length,
    reassessment: input.reassessment ?? null,
  });
  if (!outcome.ok) throw badInput(outcome.field, outcome.message);
  const reassessment =
    input.reassessment && outcome.eligibility
      ? {
          personId: enrolment.personId,
          assessment: {
            category: input.reassessment.category,
            invalidityPercent: input.reassessment.invalidityPercent ?? null,
            pensionCategory: input.reassessment.pensionCategory ?? null,
            psychicOrIntellectual: input.reassessment.psychicOrIntellectual ?? false,
            commissionReportDate: input.reassessment.commissionReportDate ?? null,
            commissionReportRef: input.reassessment.commissionReportRef ?? null,
          },
          eligibility: outcome.eligibility,
        }
      : null;
  return ctx.stores.enrolments.addObservation(
    {
      enrolmentId: enrolment.id,
      receivedOn: input.receivedOn,
      text: input.text.trim(),
      recordedBy: ctx.identity.subject,
    },
    { decisionDueOn: outcome.decisionDueOn, documents, reassessment },
  );
};
