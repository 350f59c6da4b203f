import { conflict, forbidden, inputError, notFound, ruleViolation } from '@reg/errors';
import { todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { canManageListsOf } from '../rules/access.ts';
import { afterPreRejection } from '../rules/enrolment-deadlines.ts';
import { checkEnrolmentTransition } from '../rules/enrolment-transitions.ts';
import { actorOf } from './input.ts';
import { requireClinicalAccess, visiblePerson } from './visibility.ts';
import { noticeReceiptProblem } from '../rules/enrolment-application.ts';

export const changeEnrolmentStatus: MutationResolvers['changeEnrolmentStatus'] = async (_, { input }, ctx) => {
  const enrolment = await ctx.loaders.enrolmentById.load(input.enrolmentId);
  if (!enrolment || !(await visiblePerson(ctx, enrolment.personId))) throw notFound('Enrolment', input.enrolmentId);
  if (!canManageListsOf(ctx.identity, enrolment.province))
    throw forbidden('Only the CPI that keeps the list may decide on it');
  const check = checkEnrolmentTransition(enrolment.status, input.to, input.reason, input.on, enrolment.submittedOn);
  if (!check.ok) throw ruleViolation(check.rule, check.message, { from: enrolment.status, to: input.to });
  if (input.to === 'ACCEPTED') {
    // Acceptance rests on the eligibility check (health data), made when the application was received or again on
    // the documents brought by observations: whether it succeeds or is refused tells the check's outcome, so only
    // a caller who may read it decides, and the read is audited whatever the answer.
    requireClinicalAccess(ctx.identity);
    const eligibility = await ctx.loaders.eligibilityByEnrolment.load(enrolment.id);
    ctx.audit.read('Enrolment', enrolment.id, ['eligibility'], enrolment.personId);
    if (eligibility && !eligibility.eligible) {
      throw ruleViolation(
        'ENROLMENT_NOT_ELIGIBLE',
        'The application does not meet the requirements of L. 68/1999: send a pre-rejection notice instead',
        { failures: eligibility.failures.map((f) => f.rule) },
      );
    }
  }
  if (input.to === 'REJECTED' && enrolment.observationsDueOn && input.on <= enrolment.observationsDueOn) {
    const observations = await ctx.loaders.observationsByEnrolment.load(enrolment.id);
    if (observations.length === 0) {
      throw ruleViolation(
        'ENROLMENT_OBSERVATION_WINDOW_OPEN',
        `The person has until ${enrolment.observationsDueOn} to send observations (L. 241/1990 art. 10-bis)`,
      );
    }
  }
  const received = input.noticeReceivedOn ?? input.on;
  const noticeProblem = noticeReceiptProblem(input, todayInRome());
  if (noticeProblem) throw inputError(noticeProblem);
  const deadlines =
    input.to === 'PRE_REJECTED' && enrolment.decisionDueOn
      ? afterPreRejection(input.on, enrolment.decisionDueOn, received)
      : {};
  const updated = await ctx.stores.enrolments.transition(
    enrolment.id,
    enrolment.status,
    input.to,
    input.on,
    check.decides,
    input.reason?.trim() || null,
    actorOf(ctx.identity),
    deadlines,
  );
  if (!updated) throw conflict('The enrolment changed meanwhile: reload it and try again');
  return updated;
};
