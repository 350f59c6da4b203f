import { badInput, conflict, forbidden, inputError, notFound } from '@reg/errors';
import { idempotencyKeyOf, todayInRome } from '@reg/subgraph-kit';
import type { MutationResolvers } from '../generated/graphql.ts';
import { payloadHash } from '../payload-hash.ts';
import { canReport, canSeeInternship, providerKindOf, quotaStatusAtRecording } from '../rules/access.ts';
import { hireFromInternshipProblem } from '../rules/internship.ts';
import { internshipProblemError } from '../use-cases/internship-steps.ts';
import { placementProblems } from '../rules/placement-check.ts';
import { targetGroupsFor } from '../rules/person-dates.ts';

export const recordPlacement: MutationResolvers['recordPlacement'] = async (_, { input }, ctx) => {
  const { identity, stores, remote } = ctx;
  if (!canReport(identity)) throw forbidden('Only a CPI office or an accredited body records placements');
  const org = identity.organisation!;
  const key = idempotencyKeyOf(input.idempotencyKey);
  const { idempotencyKey: _key, ...content } = input;
  const hash = payloadHash(content);
  const [problem] = placementProblems(input, todayInRome());
  if (problem) throw inputError(problem);
  const person = await remote.person(identity, { id: input.personId, days: [input.startedOn] });
  if (!person) throw notFound('Person', input.personId);
  const { employer, vacancy } = await remote.employerAndVacancy(identity, input.employerId, input.vacancyId ?? null);
  if (!employer) throw notFound('Employer', input.employerId);
  if (input.vacancyId && (!vacancy || vacancy.employer?.id !== employer.id))
    throw badInput('input.vacancyId', 'The vacancy is not one of this employer');
  const internshipId = input.internshipId ?? null;
  if (internshipId) {
    const internship = await ctx.loaders.internshipById.load(internshipId);
    if (!internship || !canSeeInternship(identity, internship)) throw notFound('Internship', internshipId);
    const mismatch = hireFromInternshipProblem(
      { personId: person.id, employerId: employer.id, startedOn: input.startedOn },
      internship,
    );
    if (mismatch) throw internshipProblemError(mismatch);
  }
  const quota = {
    employerId: employer.id,
    countsTowardQuota: input.countsTowardQuota,
    employerProvince: employer.province,
    quotaProvince: vacancy?.province ?? employer.province,
  };
  const quotaStatus = quotaStatusAtRecording(identity, quota);
  const { row, created } = await stores.placements.insertOnce({
    reportedByOrg: org,
    idempotencyKey: key,
    payloadHash: hash,
    personId: person.id,
    personProvince: person.residenceProvince,
    employerId: employer.id,
    vacancyId: input.vacancyId ?? null,
    contract: input.contract,
    termMonths: input.termMonths ?? null,
    weeklyHours: input.weeklyHours ?? null,
    fullTimeWeeklyHours: input.weeklyHours == null ? null : (input.fullTimeWeeklyHours ?? null),
    startedOn: input.startedOn,
    targetGroups: targetGroupsFor(person, input.startedOn),
    countsTowardQuota: input.countsTowardQuota,
    employerProvince: quota.employerProvince,
    quotaProvince: quota.quotaProvince,
    quotaStatus,
    ...(quotaStatus === 'CONFIRMED'
      ? { quotaConfirmedBy: identity.subject, quotaConfirmedByOrg: org, quotaConfirmedAt: new Date().toISOString() }
      : {}),
    createdBy: identity.subject,
    providerKind: providerKindOf(identity),
    internshipId,
  });
  if (!created && row.payloadHash !== hash)
    throw conflict('This idempotency key was already used for a different placement', {
      field: 'input.idempotencyKey',
    });
  return row;
};
