import { badInput, conflict, forbidden, notFound, ruleViolation } from '@reg/errors';
import { inDisadvantageTargetGroup } from '@reg/target-groups';
import { idempotencyKeyOf, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import { canReport, providerKindOf } from '../rules/access.ts';
import { agreementProblems, maxDurationMonths } from '../rules/internship.ts';
import { internshipProblemError } from '../use-cases/internship-steps.ts';

/**
 * Convenzione di tirocinio (seed 003 2Cc/3Bc "Formalizzare la Convenzione"): recorded by the promoter, checked at
 * write time against the owners' facts, asked with the caller's token: the person exists and the caller may see them
 * (an accredited body has them in charge), the promoter is accredited on the day for the service that delivers the
 * internship, 3Bc's target group holds, and the host employer exists. The maximum duration is fixed now from the
 * person's disability list enrolment (national guidelines 2017: 24 months instead of 12).
 */
export const signInternshipAgreement: MutationResolvers['signInternshipAgreement'] = async (_, { input }, ctx) => {
  const { identity, remote, stores } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body promotes an internship');
  const promoterId = identity.organisation!;
  const key = idempotencyKeyOf(input.idempotencyKey);
  const { idempotencyKey: _key, ...content } = input;
  const hash = payloadHash(content);
  const [problem] = agreementProblems(input, todayInRome());
  if (problem) throw internshipProblemError(problem);

  const facts = await remote.deliveryFacts(
    identity,
    promoterId,
    [{ id: input.personId, days: [] }],
    [{ code: input.serviceCode, on: input.signedOn }],
  );
  const person = facts.persons.get(input.personId) ?? null;
  if (!person) throw notFound('Person', input.personId);
  if (identity.orgKind === 'accredited' && !person.takeInCharges.some((t) => t.provider.id === promoterId))
    throw ruleViolation('PERSON_NOT_IN_CHARGE', 'The provider does not have this person in charge');
  const standard = facts.standards.get(`${input.serviceCode}|${input.signedOn}`);
  if (!standard?.standard)
    throw badInput('input.serviceCode', `No service ${input.serviceCode} in the catalogue valid on ${input.signedOn}`);
  if (!standard.accredited)
    throw ruleViolation(
      'PROVIDER_NOT_ACCREDITED',
      `The promoter is not accredited for ${input.serviceCode} on ${input.signedOn}`,
      { serviceCode: input.serviceCode },
    );
  const enrolments = person.enrolments.map((e) => ({ status: e.status, decidedOn: e.decidedOn ?? null }));
  if (
    standard.standard.targetGroup === 'DISABLED_OR_DISADVANTAGED' &&
    !inDisadvantageTargetGroup({ enrolments, certifications: person.disadvantageCertifications ?? [] }, input.signedOn)
  )
    throw ruleViolation(
      'TARGET_GROUP',
      `Service ${input.serviceCode} is only for people with a certified disability or disadvantage (seed 003, area 3)`,
    );
  const { employer } = await remote.employerAndVacancy(identity, input.hostEmployerId, null);
  if (!employer) throw notFound('Employer', input.hostEmployerId);

  const disability = person.enrolments.some(
    (e) => e.list === 'DISABILITY' && e.status === 'ACCEPTED' && e.decidedOn != null && e.decidedOn <= input.signedOn,
  );
  const { row, created } = await stores.internships.insertOnce({
    promoterId,
    promoterKind: providerKindOf(identity),
    idempotencyKey: key,
    payloadHash: hash,
    personId: person.id,
    personProvince: person.residenceProvince,
    hostEmployerId: employer.id,
    serviceCode: input.serviceCode,
    agreementReference: input.agreementReference.trim(),
    agreementSignedOn: input.signedOn,
    maxDurationMonths: maxDurationMonths(disability, input.signedOn),
    createdBy: identity.subject,
    updatedBy: identity.subject,
  });
  if (!created && row.payloadHash !== hash)
    throw conflict('This idempotency key was already used for a different agreement', {
      field: 'input.idempotencyKey',
    });
  return row;
};
